package org.lif.reviews.review;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;
import java.util.List;

/** What clients send to open a review directly (any type but a rapid review or an LCSPR, which follow a decision). */
public final class ReviewRequests {

    /** Agency ids are lower-case slugs, e.g. {@code bitterne-park-school}. */
    public static final String AGENCY_PATTERN = "^[a-z0-9][a-z0-9-]{0,99}$";
    public static final String AGENCY_MESSAGE = "must be an agency id such as bitterne-park-school";

    private ReviewRequests() {
    }

    public record OpenReview(
            @NotNull(message = "is required") ReviewType type,
            @NotBlank(message = "is required") @Size(max = 300, message = "must be at most 300 characters") String title,
            @NotNull(message = "is required") @PastOrPresent(message = "must not be in the future") LocalDate decidedOn,
            @Size(max = 4000, message = "must be at most 4000 characters") String reasons,
            @Size(max = 30, message = "at most 30 agencies")
            List<@NotNull(message = "must not be null") @Pattern(regexp = AGENCY_PATTERN, message = AGENCY_MESSAGE) String> agencies,
            @Size(max = 20, message = "at most 20 themes")
            List<@NotBlank(message = "must not be blank") @Size(max = 100, message = "must be at most 100 characters") String> themes) {
    }
}
