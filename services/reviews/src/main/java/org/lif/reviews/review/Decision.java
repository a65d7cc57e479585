package org.lif.reviews.review;

/** What the safeguarding partners decide after a rapid review. */
public enum Decision {
    LCSPR, OTHER_LOCAL_REVIEW, NATIONAL_REVIEW, NO_FURTHER_REVIEW
}
