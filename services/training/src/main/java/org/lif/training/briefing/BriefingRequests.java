package org.lif.training.briefing;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import org.lif.contracts.SourceType;

import java.time.LocalDate;
import java.util.List;

public final class BriefingRequests {

    private BriefingRequests() {
    }

    public record Source(
            @NotNull(message = "is required") SourceType type,
            @NotBlank(message = "is required") @Size(max = 100, message = "must be at most 100 characters") String id,
            @Size(max = 300, message = "must be at most 300 characters") String title) {
    }

    public record CreateBriefing(
            @NotBlank(message = "is required") @Size(max = 300, message = "must be at most 300 characters") String title,
            @NotNull(message = "is required") BriefingKind kind,
            @NotBlank(message = "is required") @Size(max = 20000, message = "must be at most 20000 characters") String summary,
            @Size(max = 1000, message = "must be at most 1000 characters") String link,
            @Valid Source source,
            @Size(max = 20, message = "at most 20 themes")
            List<@NotBlank(message = "must not be blank") @Size(max = 100, message = "must be at most 100 characters") String> themes) {
    }

    /** Agency leads record for their own agency; the partnership team names the agency. */
    public record Cascade(
            @NotNull(message = "is required") @Min(value = 0, message = "must not be negative") @Max(value = 100000, message = "must be at most 100000") Integer countReached,
            @NotNull(message = "is required") @PastOrPresent(message = "must not be in the future") LocalDate cascadedOn,
            @Pattern(regexp = "^[a-z0-9][a-z0-9-]{0,99}$", message = "must be an agency id (lower-case letters, digits and '-')") String agency,
            @Size(max = 2000, message = "must be at most 2000 characters") String note) {
    }
}
