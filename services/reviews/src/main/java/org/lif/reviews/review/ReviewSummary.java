package org.lif.reviews.review;

import org.lif.reviews.progress.ProgressSummary;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** One line of "where every review stands". */
public record ReviewSummary(UUID id, ReviewType type, ReviewStatus status, String title, List<String> themes,
                            Deadline nextDeadline, ProgressSummary recommendations, OffsetDateTime createdAt) {
}
