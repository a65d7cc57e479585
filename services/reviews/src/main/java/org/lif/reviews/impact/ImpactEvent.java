package org.lif.reviews.impact;

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

/** An evidencing-impact event: practitioners test, 12 to 24 months after publication, whether practice changed. */
@Entity
@Table(name = "impact_event")
public class ImpactEvent extends PanacheEntityBase {
    @Id
    public UUID id;
    @TenantId
    @Column(name = "partnership_id")
    public String partnershipId;
    public UUID reviewId;
    public String title;
    public LocalDate plannedOn;
    public LocalDate heldOn;
    @Enumerated(EnumType.STRING)
    public Status status;
    public Integer participants;
    @Enumerated(EnumType.STRING)
    public PracticeChanged practiceChanged;
    public String findings;
    public String createdBy;
    public OffsetDateTime createdAt;

    public enum Status {
        PLANNED, HELD
    }

    public enum PracticeChanged {
        YES, PARTLY, NO
    }
}
