package org.lif.reporting.readmodel;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import java.time.LocalDate;

/** A serious incident notification and its rapid review, as the reviews events tell it. */
@Entity
@Table(name = "rm_review_case")
public class ReviewCaseRow extends ReadModelRow {
    @Column(name = "rapid_review_id")
    public String rapidReviewId;
    @Column(name = "notification_id")
    public String notificationId;
    public String stage;
    @Column(name = "became_aware_on")
    public LocalDate becameAwareOn;
    @Column(name = "notified_on")
    public LocalDate notifiedOn;
    @Column(name = "notification_due_on")
    public LocalDate notificationDueOn;
    @Column(name = "notification_late")
    public Boolean notificationLate;
    @Column(name = "rapid_review_due_on")
    public LocalDate rapidReviewDueOn;
    @Column(name = "rapid_review_submitted_on")
    public LocalDate rapidReviewSubmittedOn;
    @Column(name = "rapid_review_on_time")
    public Boolean rapidReviewOnTime;
    public String decision;
    @Column(name = "decided_on")
    public LocalDate decidedOn;
    @Column(name = "follow_up_review_id")
    public String followUpReviewId;
}
