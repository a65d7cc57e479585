package org.lif.reviews.review;

/** The kinds of review a partnership runs or learns from. */
public enum ReviewType {
    /** Within 15 working days of a serious incident notification; decides what review follows. */
    RAPID_REVIEW(false),
    /** Local child safeguarding practice review: statutory, follows a rapid review's decision. */
    LCSPR(true),
    MULTI_AGENCY_CASE_REVIEW(true),
    INDIVIDUAL_AGENCY_REVIEW(true),
    /** Learning from child death reviews (CDOP themes). */
    CHILD_DEATH_REVIEW_LEARNING(true),
    /** A national review or research by the Panel, tracked as external learning. */
    NATIONAL_REVIEW(false);

    private final boolean needsReviewer;

    ReviewType(boolean needsReviewer) {
        this.needsReviewer = needsReviewer;
    }

    /** Whether work starts only once an independent reviewer is appointed. */
    public boolean needsReviewer() {
        return needsReviewer;
    }

    /** A review with its own report lifecycle (everything but a rapid review). */
    public boolean commissioned() {
        return this != RAPID_REVIEW;
    }
}
