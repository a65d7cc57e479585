package org.lif.audits.section11;

import org.lif.audits.common.Rag;
import org.lif.audits.standards.StandardsSet;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** What the API answers about Section 11. */
public final class Section11Views {

    private Section11Views() {
    }

    /** Where an agency is in the cycle: NOT_STARTED, or its entry's evaluation status. */
    public record AgencyStatus(String agency, String status, boolean shared, LocalDate submittedOn, boolean overdue,
                               Section11Entry.Outcome outcome) {
    }

    public record Cycle(UUID id, String title, int startYear, int lengthYears, Section11Cycle.Phase phase, UUID previousCycleId,
                        UUID standardsSetId, int standardsVersion, List<StandardsSet.Standard> standards,
                        LocalDate submissionsDueOn, LocalDate openedOn, LocalDate closedOn, List<AgencyStatus> agencies) {
    }

    /**
     * The agency's self-assessment as this partnership sees it, with this partnership's evaluation. The answers are
     * shown to the partnership once submitted (the draft is the agency's own work in progress).
     */
    public record Entry(UUID cycleId, String agency, UUID assessmentId, Section11Assessment.Status assessmentStatus,
                        String sharedFrom, LocalDate submittedOn, UUID carriedForwardFrom,
                        List<Section11Assessment.Answer> answers, Section11Entry.Evaluation evaluationStatus,
                        List<Section11Entry.Moderation> moderated, Section11Entry.Outcome outcome, LocalDate agreedOn,
                        String chairFeedback, Section11Entry.StaffSurvey staffSurvey, List<Challenge> challenges) {
    }

    public record Challenge(UUID id, String standard, String question, String askedBy, LocalDate askedOn, String answer,
                            LocalDate answeredOn) {
        static Challenge of(Section11Challenge c) {
            return new Challenge(c.id, c.standard, c.question, c.askedBy, c.askedOn, c.answer, c.answeredOn);
        }
    }

    /** The agency's own self-assessments, and the partnerships each is in. */
    public record MyAssessment(UUID id, int startYear, String homePartnership, Section11Assessment.Status status,
                               LocalDate submittedOn, List<String> sharedTo) {
    }

    /** RAG of every standard across agencies: self-rating and moderated rating. */
    public record Overview(UUID cycleId, List<StandardsSet.Standard> standards, List<AgencyRow> agencies,
                           Map<String, Map<Rag, Long>> moderatedCounts) {
    }

    public record AgencyRow(String agency, Section11Entry.Evaluation evaluationStatus, Section11Entry.Outcome outcome,
                            Map<String, Ratings> ratings) {
    }

    public record Ratings(Rag self, Rag moderated) {
    }

    /** Year-2 tracking: per agency, the actions from its evaluation and how far they got. */
    public record Tracking(UUID cycleId, Section11Cycle.Phase phase, List<AgencyActions> agencies) {
    }

    public record AgencyActions(String agency, Section11Entry.Outcome outcome, long actionsIssued, long actions,
                                long actionsCompleted, long actionsOverdue) {
    }
}
