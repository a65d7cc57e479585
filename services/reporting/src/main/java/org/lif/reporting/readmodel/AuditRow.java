package org.lif.reporting.readmodel;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import java.time.LocalDate;

/** An audit of the programme: planned, then completed. */
@Entity
@Table(name = "rm_audit")
public class AuditRow extends ReadModelRow {
    @Column(name = "audit_id")
    public String auditId;
    public String title;
    @Column(name = "audit_type")
    public String auditType;
    @Column(name = "programme_year")
    public int programmeYear;
    @Column(name = "planned_end")
    public LocalDate plannedEnd;
    @Column(name = "completed_on")
    public LocalDate completedOn;
    public String status;
    @Column(name = "cases_audited")
    public int casesAudited;
    @Column(name = "good_practice")
    public int goodPractice;
    public int improvement;
}
