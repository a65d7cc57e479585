package org.lif.reviews.review;

/** How much of a review a caller may see. */
public enum Audience {
    /** Partnership admin, safeguarding partners, the independent chair and the review's own reviewer: everything. */
    FULL,
    /** An agency asked to contribute: the review's headline and its own contributions. */
    CONTRIBUTOR,
    /** Anyone who may read published learning: the published report, findings and recommendations. */
    PUBLIC
}
