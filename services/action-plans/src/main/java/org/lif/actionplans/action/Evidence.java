package org.lif.actionplans.action;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;

/**
 * Evidence for progress: a text, a link or an attachment's metadata (the file itself stays in the agency's system).
 *
 * @param refersTo the date the evidence is about (e.g. the audit it reports), separate from when it was recorded
 */
public record Evidence(
        @NotNull(message = "is required") EvidenceKind kind,
        @NotBlank(message = "is required") @Size(max = 4000, message = "must be at most 4000 characters") String description,
        @Size(max = 2000, message = "must be at most 2000 characters") @Pattern(regexp = "^https?://\\S+$", message = "must be an http(s) link") String url,
        @Size(max = 255, message = "must be at most 255 characters") String fileName,
        @Size(max = 100, message = "must be at most 100 characters") String contentType,
        @PositiveOrZero(message = "must not be negative") Long sizeBytes,
        @PastOrPresent(message = "must not be in the future") LocalDate refersTo) {

    public enum EvidenceKind {
        TEXT, LINK, ATTACHMENT
    }
}
