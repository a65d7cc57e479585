package org.lif.reporting.readmodel;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.hibernate.annotations.Filter;
import org.lif.platform.tenancy.AgencyScope;

import java.time.LocalDate;

/** An answered 3- or 6-month impact follow-up. */
@Entity
@Table(name = "rm_impact")
@Filter(name = AgencyScope.FILTER, condition = ReadModel.AGENCY)
public class ImpactRow extends ReadModelRow {
    @Column(name = "follow_up_id")
    public String followUpId;
    @Column(name = "course_id")
    public String courseId;
    public String agency;
    @Column(name = "months_after")
    public int monthsAfter;
    @Column(name = "practice_changed")
    public int practiceChanged;
    @Column(name = "confidence_now")
    public int confidenceNow;
    @Column(name = "answered_on")
    public LocalDate answeredOn;
}
