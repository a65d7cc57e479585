package org.lif.reviews.publication;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;

/** What clients send to respond to, notify, publish or not publish a review's report. */
public final class PublicationRequests {

    private PublicationRequests() {
    }

    public record PartnershipResponse(
            @NotBlank(message = "is required") @Size(max = 20000, message = "must be at most 20000 characters") String response,
            @NotNull(message = "is required") @PastOrPresent(message = "must not be in the future") LocalDate agreedOn) {
    }

    public record PanelNotice(
            @NotNull(message = "is required") @PastOrPresent(message = "must not be in the future") LocalDate sentOn,
            @NotNull(message = "is required") LocalDate plannedPublicationOn) {
    }

    /** @param mayComeDownOn optional: at least the configured minimum (a year) after publication; that minimum if left out */
    public record Publish(
            @NotNull(message = "is required") @PastOrPresent(message = "must not be in the future") LocalDate publishedOn,
            @NotNull(message = "is required") @Pattern(regexp = "^https?://\\S{1,1990}$", message = "must be an http(s) link to the published report") String url,
            LocalDate mayComeDownOn) {
    }

    public record DoNotPublish(
            @NotNull(message = "is required") @PastOrPresent(message = "must not be in the future") LocalDate decidedOn,
            @NotBlank(message = "is required") @Size(max = 8000, message = "must be at most 8000 characters") String reasons) {
    }
}
