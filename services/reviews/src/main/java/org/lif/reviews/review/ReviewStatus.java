package org.lif.reviews.review;

/**
 * Where a review stands. A rapid review goes INFORMATION_GATHERING → MEETING_HELD → DECIDED → SUBMITTED_TO_PANEL →
 * PANEL_RESPONDED; any other review COMMISSIONED → IN_PROGRESS → DRAFT_REPORT → FINAL_REPORT → (SENT_TO_PANEL) →
 * PUBLISHED or NOT_PUBLISHED.
 */
public enum ReviewStatus {
    INFORMATION_GATHERING, MEETING_HELD, DECIDED, SUBMITTED_TO_PANEL, PANEL_RESPONDED,
    COMMISSIONED, IN_PROGRESS, DRAFT_REPORT, FINAL_REPORT, SENT_TO_PANEL, PUBLISHED, NOT_PUBLISHED;

    /** The report is out (published or a decision not to publish): learning is final. */
    public boolean concluded() {
        return this == PUBLISHED || this == NOT_PUBLISHED;
    }
}
