package org.lif.reporting.readmodel;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.TenantId;

import java.time.LocalDate;

/** A cancelled training session. */
@Entity
@Table(name = "rm_session_cancelled")
public class SessionCancelledRow extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @TenantId
    @Column(name = "partnership_id")
    public String partnershipId;
    @Column(name = "session_id")
    public String sessionId;
    @Column(name = "course_id")
    public String courseId;
    @Column(name = "starts_on")
    public LocalDate startsOn;
    @Column(name = "bookings_released")
    public int bookingsReleased;
}
