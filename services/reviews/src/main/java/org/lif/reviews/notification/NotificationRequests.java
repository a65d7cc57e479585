package org.lif.reviews.notification;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.lif.reviews.review.ReviewRequests;

import java.time.LocalDate;
import java.util.List;

/** What clients send to record a serious incident notification. Unknown fields (a name, a date of birth...) are refused. */
public final class NotificationRequests {

    /** "Child T", "Sibling 2", "Baby K", "Young Person AB": never a name. */
    public static final String PSEUDONYM_PATTERN = "^(Child|Baby|Sibling|Young Person) [A-Z0-9]{1,3}$";

    private NotificationRequests() {
    }

    public record Child(
            @NotNull(message = "is required")
            @Pattern(regexp = PSEUDONYM_PATTERN, message = "must be a pseudonym such as 'Child T' (Child, Baby, Sibling or Young Person and up to 3 capital letters or digits), never a name")
            String pseudonym,
            @NotNull(message = "is required") AgeBand ageBand,
            @NotNull(message = "is required") Harm harm,
            @NotNull(message = "is required (true or false)") Boolean lookedAfter) {
    }

    public record RecordNotification(
            @NotNull(message = "is required") @PastOrPresent(message = "must not be in the future") LocalDate becameAwareOn,
            @NotNull(message = "is required") @PastOrPresent(message = "must not be in the future") LocalDate notifiedOn,
            @NotNull(message = "is required") @Size(min = 1, max = 4, message = "must list 1 to 4 children")
            List<@NotNull(message = "must not be null") @Valid Child> children,
            @NotBlank(message = "is required") @Size(max = 4000, message = "must be at most 4000 characters") String summary,
            @NotEmpty(message = "must name at least one agency") @Size(max = 30, message = "at most 30 agencies")
            List<@NotNull(message = "must not be null") @Pattern(regexp = ReviewRequests.AGENCY_PATTERN, message = ReviewRequests.AGENCY_MESSAGE) String> agenciesInvolved) {
    }
}
