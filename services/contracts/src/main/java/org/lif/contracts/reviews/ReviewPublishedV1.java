package org.lif.contracts.reviews;

import java.time.LocalDate;
import java.util.List;

/**
 * A review's report was published.
 *
 * @param reviewId      id of the review
 * @param reviewType    LCSPR, MULTI_AGENCY_CASE_REVIEW, ...
 * @param title         title, pseudonyms only (e.g. "LCSPR: Child T")
 * @param publishedOn   publication date
 * @param url           where the report is published
 * @param mayComeDownOn earliest date the report may be taken down
 * @param themes        learning themes of the review
 */
public record ReviewPublishedV1(String reviewId, String reviewType, String title, LocalDate publishedOn, String url,
                                LocalDate mayComeDownOn, List<String> themes) {
}
