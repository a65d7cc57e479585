package org.lif.reviews.rapidreview;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.TenantId;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/** One safeguarding partner's sign-off of a rapid review (one per partner organisation type). */
@Entity
@Table(name = "partner_sign_off")
public class PartnerSignOff extends PanacheEntityBase {
    @Id
    public UUID id;
    @TenantId
    @Column(name = "partnership_id")
    public String partnershipId;
    public UUID reviewId;
    @Enumerated(EnumType.STRING)
    public PartnerType partner;
    /** Role of the person who signed for the partner, e.g. "Director of Children's Services". */
    public String signatory;
    public LocalDate signedOn;
    public String comment;
    public String recordedBy;
    public OffsetDateTime recordedAt;
}
