package org.lif.reporting.readmodel;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import java.time.LocalDate;

/** A review held after a rapid review decision (LCSPR or another), until its report is published. */
@Entity
@Table(name = "rm_review")
public class ReviewRow extends ReadModelRow {
    @Column(name = "review_id")
    public String reviewId;
    @Column(name = "review_type")
    public String reviewType;
    public String title;
    @Column(name = "decided_on")
    public LocalDate decidedOn;
    @Column(name = "final_report_due_on")
    public LocalDate finalReportDueOn;
    @Column(name = "published_on")
    public LocalDate publishedOn;
    public String stage;
}
