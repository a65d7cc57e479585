package org.lif.reviews.conduct;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.TenantId;

import java.time.LocalDate;
import java.util.UUID;

/** A practitioner or family member's involvement in a review, by role only (no personal data). */
@Entity
@Table(name = "involvement")
public class Involvement extends PanacheEntityBase {
    @Id
    public UUID id;
    @TenantId
    @Column(name = "partnership_id")
    public String partnershipId;
    public UUID reviewId;
    @Enumerated(EnumType.STRING)
    public Participant participant;
    /** e.g. "health visitor", "mother", "designated safeguarding lead". */
    public String role;
    public String agency;
    @Enumerated(EnumType.STRING)
    public Outcome outcome;
    public LocalDate recordedOn;
    public String recordedBy;

    public enum Participant {
        PRACTITIONER, FAMILY
    }

    public enum Outcome {
        INVITED, TOOK_PART, DECLINED
    }
}
