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

/** An answered 3- or 6-month impact follow-up. */
@Entity
@Table(name = "rm_impact")
@Filter(name = AgencyScope.FILTER, condition = ReadModel.AGENCY)
public class ImpactRow extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @TenantId
    @Column(name = "partnership_id")
    public String partnershipId;
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
