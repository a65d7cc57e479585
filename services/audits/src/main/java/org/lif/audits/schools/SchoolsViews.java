package org.lif.audits.schools;

import org.lif.audits.standards.StandardsSet;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** What the API answers about schools audits. */
public final class SchoolsViews {

    private SchoolsViews() {
    }

    /** NOT_YET_OPEN, OPEN, PAST_CLOSING_DATE (late returns still accepted) or CLOSED. */
    public record Window(UUID id, String academicYear, LocalDate opensOn, LocalDate closesOn, String state, int standardsVersion,
                         List<StandardsSet.Standard> standards, List<SchoolStatus> schools) {
    }

    public record SchoolStatus(String school, String status, LocalDate submittedOn, Boolean onTime, boolean overdue) {
    }

    public record Return(UUID id, UUID windowId, String school, SchoolsReturn.Status status, List<SchoolsReturn.Answer> answers,
                         String leadName, String governorName, LocalDate governorSignedOn, LocalDate submittedOn, Boolean onTime,
                         List<SchoolsReturn.Visit> visits) {
        static Return of(SchoolsReturn r) {
            return new Return(r.id, r.windowId, r.ownerAgency, r.status, r.answers, r.leadName, r.governorName, r.governorSignedOn,
                    r.submittedOn, r.onTime, r.visits);
        }
    }
}
