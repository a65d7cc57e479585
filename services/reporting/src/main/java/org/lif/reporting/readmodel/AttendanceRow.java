package org.lif.reporting.readmodel;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.hibernate.annotations.Filter;
import org.lif.platform.tenancy.AgencyScope;

import java.time.LocalDate;

/** Whether a booked person attended (no personal data: the booking id and agency only). */
@Entity
@Table(name = "rm_attendance")
@Filter(name = AgencyScope.FILTER, condition = ReadModel.AGENCY)
public class AttendanceRow extends ReadModelRow {
    @Column(name = "booking_id")
    public String bookingId;
    @Column(name = "session_id")
    public String sessionId;
    @Column(name = "course_id")
    public String courseId;
    public String agency;
    public boolean attended;
    @Column(name = "recorded_on")
    public LocalDate recordedOn;
}
