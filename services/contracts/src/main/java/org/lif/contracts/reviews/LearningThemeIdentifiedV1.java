package org.lif.contracts.reviews;

/**
 * A review identified a learning theme for the first time (e.g. neglect); training links courses and briefings to it.
 *
 * @param reviewId   id of the review
 * @param reviewType RAPID_REVIEW, LCSPR, ...
 * @param title      title of the review, pseudonyms only
 * @param theme      the theme, e.g. neglect
 */
public record LearningThemeIdentifiedV1(String reviewId, String reviewType, String title, String theme) {
}
