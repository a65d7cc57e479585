package org.lif.training.booking;

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
import org.lif.training.session.TrainingSession;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A person's place (or place on the waiting list) on a session, owned by their agency. */
@Entity
@Table(name = "booking")
@Filter(name = AgencyScope.FILTER, condition = AgencyScope.OWNER_AGENCY)
public class Booking extends PanacheEntityBase {
    @Id
    public UUID id;
    @TenantId
    @Column(name = "partnership_id")
    public String partnershipId;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "session_id")
    public TrainingSession session;
    /** A copy of the session's start (which never changes): bookings are listed in this order, from an index. */
    @Column(name = "session_starts_at")
    public OffsetDateTime sessionStartsAt;
    @Column(name = "owner_agency")
    public String ownerAgency;
    @Enumerated(EnumType.STRING)
    public Sector sector;
    /** The attendee's username (preferred_username in the token). */
    public String practitioner;
    @Column(name = "practitioner_name")
    public String practitionerName;
    public String email;
    @Column(name = "line_manager_email")
    public String lineManagerEmail;
    @Enumerated(EnumType.STRING)
    public BookingStatus status;
    @Column(name = "waiting_position")
    public Long waitingPosition;
    @Column(name = "booked_by")
    public String bookedBy;
    @Column(name = "created_at")
    public OffsetDateTime createdAt;
    @Column(name = "confirmed_at")
    public OffsetDateTime confirmedAt;
    @Column(name = "cancelled_at")
    public OffsetDateTime cancelledAt;
    @Column(name = "late_cancellation")
    public boolean lateCancellation;
    @Enumerated(EnumType.STRING)
    public Attendance attendance;
    @Enumerated(EnumType.STRING)
    @Column(name = "charge_reason")
    public ChargeReason chargeReason;
    @Column(name = "charge_amount")
    public BigDecimal chargeAmount;
    @Version
    public long version;
}
