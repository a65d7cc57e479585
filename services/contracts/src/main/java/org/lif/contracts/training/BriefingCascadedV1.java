package org.lif.contracts.training;

import java.time.LocalDate;

/**
 * An agency confirmed it cascaded a briefing to its teams.
 *
 * @param countReached number of staff the cascade reached
 */
public record BriefingCascadedV1(String briefingId, String cascadeId, String agency, int countReached, LocalDate cascadedOn) {
}
