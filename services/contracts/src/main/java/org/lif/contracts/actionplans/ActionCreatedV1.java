package org.lif.contracts.actionplans;

import org.lif.contracts.SourceType;

import java.time.LocalDate;

public record ActionCreatedV1(String actionId, String planId, String ownerAgency, LocalDate dueDate,
                              SourceType sourceType, String sourceId, String recommendationId) {
}
