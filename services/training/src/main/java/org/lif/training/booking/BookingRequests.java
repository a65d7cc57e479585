package org.lif.training.booking;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** What clients send to book, register and cancel. */
public final class BookingRequests {

    private BookingRequests() {
    }

    /**
     * A practitioner books for themselves: username and agency come from the token; name and email from the token's
     * {@code name} and {@code email} claims unless given here.
     */
    public record Book(
            @NotBlank(message = "is required") @Email(message = "must be an email address") @Size(max = 320, message = "must be at most 320 characters") String lineManagerEmail,
            @Email(message = "must be an email address") @Size(max = 320, message = "must be at most 320 characters") String email,
            @Size(max = 200, message = "must be at most 200 characters") String name,
            Sector sector) {
    }

    /** The organiser registers someone (a phone booking, or recording who attended a session already delivered). */
    public record Register(
            @NotBlank(message = "is required") @Size(max = 200, message = "must be at most 200 characters") String practitioner,
            @NotBlank(message = "is required") @Size(max = 200, message = "must be at most 200 characters") String name,
            @NotBlank(message = "is required") @Email(message = "must be an email address") @Size(max = 320, message = "must be at most 320 characters") String email,
            @NotBlank(message = "is required") @Email(message = "must be an email address") @Size(max = 320, message = "must be at most 320 characters") String lineManagerEmail,
            @NotBlank(message = "is required") @Pattern(regexp = AGENCY_PATTERN, message = "must be an agency id (lower-case letters, digits and '-')") String agency,
            Sector sector) {
    }

    /** Agency ids are lower-case slugs, e.g. {@code bitterne-park-school}. */
    public static final String AGENCY_PATTERN = "^[a-z0-9][a-z0-9-]{0,99}$";
}
