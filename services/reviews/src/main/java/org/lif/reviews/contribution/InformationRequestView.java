package org.lif.reviews.contribution;

import java.time.LocalDate;
import java.util.UUID;

/** An information request and, once submitted, the agency's contribution; {@code late}: submitted after its due day. */
public record InformationRequestView(UUID id, UUID reviewId, String agency, LocalDate requestedOn, LocalDate dueOn,
                                     String note, InformationRequest.RequestStatus status, String chronology,
                                     String summary, LocalDate submittedOn, String submittedBy, boolean late) {

    static InformationRequestView of(InformationRequest r) {
        return new InformationRequestView(r.id, r.reviewId, r.agency, r.requestedOn, r.dueOn, r.note, r.status,
                r.chronology, r.summary, r.submittedOn, r.submittedBy, r.submittedOn != null && r.submittedOn.isAfter(r.dueOn));
    }
}
