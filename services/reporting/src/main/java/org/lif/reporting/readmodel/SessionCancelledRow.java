package org.lif.reporting.readmodel;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import java.time.LocalDate;

/** A cancelled training session. */
@Entity
@Table(name = "rm_session_cancelled")
public class SessionCancelledRow extends ReadModelRow {
    @Column(name = "session_id")
    public String sessionId;
    @Column(name = "course_id")
    public String courseId;
    @Column(name = "starts_on")
    public LocalDate startsOn;
    @Column(name = "bookings_released")
    public int bookingsReleased;
}
