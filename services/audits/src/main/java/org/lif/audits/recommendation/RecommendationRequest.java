package org.lif.audits.recommendation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.lif.audits.common.Inputs;

import java.time.LocalDate;
import java.util.List;

/**
 * A recommendation (or improvement action) to issue. For a Section 11 or schools action the target agency is the
 * assessed agency and {@code targetAgencies} may be left out.
 */
public record RecommendationRequest(
        @NotBlank(message = "is required") @Size(max = 4000, message = "must be at most 4000 characters") String text,
        @Size(max = 30, message = "at most 30 agencies")
        List<@NotNull(message = "must not be null") @Pattern(regexp = Inputs.AGENCY_PATTERN, message = Inputs.AGENCY_MESSAGE) String> targetAgencies,
        @Size(max = 20, message = "at most 20 themes")
        List<@NotBlank(message = "must not be blank") @Size(max = 100, message = "must be at most 100 characters") String> themes,
        LocalDate suggestedDueOn) {
}
