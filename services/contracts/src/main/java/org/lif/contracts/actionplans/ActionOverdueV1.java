package org.lif.contracts.actionplans;

import org.lif.contracts.SourceType;

import java.time.LocalDate;

/** An action passed its due date without being completed; raised once per due date. */
public record ActionOverdueV1(String actionId, String planId, String ownerAgency, LocalDate dueDate, String subgroup,
                              SourceType sourceType, String sourceId, String recommendationId) {
}
