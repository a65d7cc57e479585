package org.lif.reviews.rapidreview;

import java.time.LocalDate;
import java.util.UUID;

public record SignOffView(UUID id, PartnerType partner, String signatory, LocalDate signedOn, String comment, String recordedBy) {
    static SignOffView of(PartnerSignOff s) {
        return new SignOffView(s.id, s.partner, s.signatory, s.signedOn, s.comment, s.recordedBy);
    }
}
