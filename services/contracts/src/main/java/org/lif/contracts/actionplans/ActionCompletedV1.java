package org.lif.contracts.actionplans;

import org.lif.contracts.SourceType;

import java.time.LocalDate;

/** The partnership signed off an action as completed (not merely marked complete by its owner). */
public record ActionCompletedV1(String actionId, String planId, String ownerAgency, SourceType sourceType,
                                String sourceId, String recommendationId, LocalDate signedOffOn) {
}
