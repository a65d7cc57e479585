package org.lif.reviews.review;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.lif.platform.calendar.ClockRules;
import org.lif.platform.time.Today;

import java.time.LocalDate;

/** Works out a review's next statutory deadline; stored on the review so lists can filter and sort by it. */
@ApplicationScoped
public class Deadlines {

    public static final String RAPID_REVIEW = "rapid-review";
    public static final String FINAL_REPORT = "final-report";
    public static final String PLANNED_PUBLICATION = "planned-publication";
    public static final String EVIDENCING_IMPACT = "evidencing-impact";

    @Inject
    Clocks clocks;
    @Inject
    Today today;

    /** Recomputes the next deadline after a change. */
    public void refresh(Review r) {
        String rule = null;
        LocalDate due = null;
        if (r.type == ReviewType.RAPID_REVIEW) {
            if (r.status.ordinal() < ReviewStatus.SUBMITTED_TO_PANEL.ordinal()) {
                rule = RAPID_REVIEW;
                due = r.dueOn;
            }
        } else {
            switch (r.status) {
                case COMMISSIONED, IN_PROGRESS, DRAFT_REPORT -> {
                    if (r.finalReportDueOn != null) {
                        rule = FINAL_REPORT;
                        due = r.finalReportDueOn;
                    }
                }
                case SENT_TO_PANEL -> {
                    rule = PLANNED_PUBLICATION;
                    due = r.plannedPublicationOn;
                }
                case PUBLISHED, NOT_PUBLISHED -> {
                    if (r.impactEvidencedOn == null) {
                        rule = EVIDENCING_IMPACT;
                        due = clocks.plusMonths(ClockRules.EVIDENCING_IMPACT_LATEST_MONTHS, r.concludedOn());
                    }
                }
                default -> {
                }
            }
        }
        r.nextDeadlineRule = due == null ? null : rule;
        r.nextDeadlineOn = due;
    }

    /** The stored next deadline with today's working days left. */
    public Deadline of(Review r) {
        if (r.nextDeadlineOn == null) {
            return null;
        }
        return new Deadline(r.nextDeadlineRule, r.nextDeadlineOn, clocks.workingDaysLeft(r.nextDeadlineOn),
                today.date().isAfter(r.nextDeadlineOn));
    }
}
