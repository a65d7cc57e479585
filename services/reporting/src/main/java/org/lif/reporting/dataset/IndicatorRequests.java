package org.lif.reporting.dataset;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.math.BigDecimal;

/** Request bodies of the dataset API. */
public final class IndicatorRequests {

    private IndicatorRequests() {
    }

    public record Define(
            @NotNull(message = "is required") @Min(value = 2000, message = "must be 2000 or later") @Max(value = 2100, message = "must be 2100 or earlier") Integer year,
            @NotBlank(message = "is required") @Size(max = 60, message = "at most 60 characters") @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9._-]*", message = "letters, digits, '.', '_' or '-'") String code,
            @NotBlank(message = "is required") @Size(max = 300, message = "at most 300 characters") String name,
            @NotBlank(message = "is required") @Size(max = 4000, message = "at most 4000 characters") String definition,
            @NotBlank(message = "is required") @Size(max = 40, message = "at most 40 characters") String unit,
            @NotNull(message = "is required") Indicator.Polarity polarity,
            BigDecimal target,
            @NotBlank(message = "is required") @Size(max = 100, message = "at most 100 characters") String ownerAgency,
            @Size(max = 100, message = "at most 100 characters") String theme,
            @Size(max = 200, message = "at most 200 characters") String comparisonLabel) {
    }

    public record Submit(
            @NotNull(message = "is required") @DecimalMin(value = "-99999999999", message = "is too small") @DecimalMax(value = "99999999999", message = "is too large") BigDecimal value,
            BigDecimal comparisonValue,
            @NotNull(message = "is required") IndicatorValue.Confidence confidence,
            @Size(max = 4000, message = "at most 4000 characters") String commentary) {
    }

    /** @param copied how many definitions of the earlier year were added to this year's set */
    public record Copied(int year, int fromYear, int copied) {
    }

    /** @param accepted how many values the upload stored (all rows, or none when any row is invalid) */
    public record Uploaded(int year, int accepted) {
    }
}
