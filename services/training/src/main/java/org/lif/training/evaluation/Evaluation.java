package org.lif.training.evaluation;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Filter;
import org.hibernate.annotations.TenantId;
import org.lif.platform.tenancy.AgencyScope;

import java.time.OffsetDateTime;
import java.util.UUID;

/** An attendee's post-course evaluation of their booking (one per booking). */
@Entity
@Table(name = "evaluation")
@Filter(name = AgencyScope.FILTER, condition = AgencyScope.OWNER_AGENCY)
public class Evaluation extends PanacheEntityBase {
    @Id
    @Column(name = "booking_id")
    public UUID bookingId;
    @TenantId
    @Column(name = "partnership_id")
    public String partnershipId;
    @Column(name = "owner_agency")
    public String ownerAgency;
    @Column(name = "confidence_before")
    public int confidenceBefore;
    @Column(name = "confidence_after")
    public int confidenceAfter;
    @Enumerated(EnumType.STRING)
    @Column(name = "outcomes_met")
    public OutcomesMet outcomesMet;
    public String comments;
    @Column(name = "submitted_at")
    public OffsetDateTime submittedAt;
}
