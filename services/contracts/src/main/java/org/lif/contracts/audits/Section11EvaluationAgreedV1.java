package org.lif.contracts.audits;

import java.time.LocalDate;
import java.util.List;

/**
 * The Section 11 panel agreed its evaluation of one agency's self-assessment in one partnership's cycle (the
 * partnership is the envelope's). Ratings only: narrative and evidence stay in the audits service.
 *
 * @param cycleId    id of the Section 11 cycle
 * @param cycleTitle e.g. "Section 11 2025-27"
 * @param startYear  first year of the cycle
 * @param agency     the agency evaluated
 * @param agreedOn   date the outcome was agreed
 * @param outcome    agreed outcome, e.g. COMPLIANT, PARTIALLY_COMPLIANT, NOT_COMPLIANT
 * @param ratings    per standard: the agency's self-rating and the moderated rating (RED, AMBER, GREEN)
 */
public record Section11EvaluationAgreedV1(String cycleId, String cycleTitle, int startYear, String agency,
                                          LocalDate agreedOn, String outcome, List<StandardRating> ratings) {

    /** @param standard code of the standard, e.g. "S1" */
    public record StandardRating(String standard, String title, String selfRating, String moderatedRating) {
    }
}
