package org.lif.training.session;

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
import org.hibernate.annotations.TenantId;
import org.lif.training.course.Course;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * One delivery of a course. {@link #booked} counts confirmed places; it changes only under a row lock on the session
 * and the database refuses it above {@link #capacity} (check constraint), so a session is never overbooked.
 */
@Entity
@Table(name = "training_session")
public class TrainingSession extends PanacheEntityBase {
    @Id
    public UUID id;
    @TenantId
    @Column(name = "partnership_id")
    public String partnershipId;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "course_id")
    public Course course;
    @Column(name = "starts_at")
    public OffsetDateTime startsAt;
    @Column(name = "ends_at")
    public OffsetDateTime endsAt;
    public String venue;
    @Column(name = "online_link")
    public String onlineLink;
    public String trainer;
    public int capacity;
    public int booked;
    @Column(name = "waiting_seq")
    public long waitingSeq;
    @Enumerated(EnumType.STRING)
    public SessionStatus status;
    @Column(name = "cancel_reason")
    public String cancelReason;
    @Column(name = "created_at")
    public OffsetDateTime createdAt;
    @Column(name = "created_by")
    public String createdBy;
    @Version
    public long version;

    public int placesLeft() {
        return Math.max(0, capacity - booked);
    }
}
