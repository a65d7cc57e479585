package org.lif.reporting.readmodel;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Filter;
import org.hibernate.annotations.TenantId;
import org.lif.platform.tenancy.AgencyScope;

import java.time.LocalDate;

/** A post-course evaluation. */
@Entity
@Table(name = "rm_evaluation")
@Filter(name = AgencyScope.FILTER, condition = ReadModel.AGENCY)
public class EvaluationRow extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @TenantId
    @Column(name = "partnership_id")
    public String partnershipId;
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
