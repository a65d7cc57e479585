package org.lif.training.followup;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.Filter;
import org.hibernate.annotations.TenantId;
import org.lif.platform.tenancy.AgencyScope;
import org.lif.training.booking.Booking;

import java.time.OffsetDateTime;
import java.util.UUID;

/** "Has the training changed your practice?", asked a number of months after attending. */
@Entity
@Table(name = "impact_follow_up")
@Filter(name = AgencyScope.FILTER, condition = AgencyScope.OWNER_AGENCY)
public class ImpactFollowUp extends PanacheEntityBase {
    @Id
    public UUID id;
    @TenantId
    @Column(name = "partnership_id")
    public String partnershipId;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "booking_id")
    public Booking booking;
    @Column(name = "owner_agency")
    public String ownerAgency;
    @Column(name = "months_after")
    public int monthsAfter;
    @Enumerated(EnumType.STRING)
    public FollowUpStatus status;
    @Column(name = "issued_at")
    public OffsetDateTime issuedAt;
    @Column(name = "expires_at")
    public OffsetDateTime expiresAt;
    @Column(name = "last_reminded_at")
    public OffsetDateTime lastRemindedAt;
    @Column(name = "reminders_sent")
    public int remindersSent;
    @Column(name = "answered_at")
    public OffsetDateTime answeredAt;
    @Column(name = "practice_changed")
    public Integer practiceChanged;
    @Column(name = "confidence_now")
    public Integer confidenceNow;
    public String example;
    @Column(name = "line_manager_score")
    public Integer lineManagerScore;
    @Column(name = "line_manager_comment")
    public String lineManagerComment;
    @Column(name = "line_manager_recorded_by")
    public String lineManagerRecordedBy;
    @Version
    public long version;
}
