package org.lif.reporting.readmodel;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.hibernate.annotations.Filter;
import org.lif.platform.tenancy.AgencyScope;

import java.time.LocalDate;

/** A post-course evaluation. */
@Entity
@Table(name = "rm_evaluation")
@Filter(name = AgencyScope.FILTER, condition = ReadModel.AGENCY)
public class EvaluationRow extends ReadModelRow {
    @Column(name = "booking_id")
    public String bookingId;
    @Column(name = "course_id")
    public String courseId;
    public String agency;
    @Column(name = "confidence_before")
    public int confidenceBefore;
    @Column(name = "confidence_after")
    public int confidenceAfter;
    @Column(name = "outcomes_met")
    public String outcomesMet;
    @Column(name = "submitted_on")
    public LocalDate submittedOn;
}
