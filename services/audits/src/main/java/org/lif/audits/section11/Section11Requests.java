package org.lif.audits.section11;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import org.lif.audits.common.Inputs;
import org.lif.audits.common.Rag;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** What clients send about Section 11 cycles. */
public final class Section11Requests {

    private Section11Requests() {
    }

    /** Open a cycle; {@code previousCycleId} defaults to the partnership's latest cycle (answers carry forward from it). */
    public record OpenCycle(
            @NotBlank(message = "is required") @Size(max = 300, message = "must be at most 300 characters") String title,
            @NotNull(message = "is required") @Min(value = 2000, message = "must be a year such as 2026") @Max(value = 2100, message = "must be a year such as 2026") Integer startYear,
            @Min(value = 1, message = "must be 1 to 3 years") @Max(value = 3, message = "must be 1 to 3 years") Integer lengthYears,
            @Size(max = 200, message = "at most 200 agencies")
            List<@NotNull(message = "must not be null") @Pattern(regexp = Inputs.AGENCY_PATTERN, message = Inputs.AGENCY_MESSAGE) String> agencies,
            @NotNull(message = "is required") LocalDate submissionsDueOn,
            UUID previousCycleId) {
    }

    public record EvidenceInput(
            @NotBlank(message = "is required") @Size(max = 2000, message = "must be at most 2000 characters") String description,
            @NotNull(message = "is required") @PastOrPresent(message = "must not be in the future") LocalDate dated) {
    }

    public record AnswerInput(
            @NotBlank(message = "is required") @Pattern(regexp = Inputs.CODE_PATTERN, message = Inputs.CODE_MESSAGE) String standard,
            Rag rag,
            @Size(max = 8000, message = "must be at most 8000 characters") String narrative,
            @Size(max = 30, message = "at most 30 pieces of evidence")
            List<@NotNull(message = "must not be null") @Valid EvidenceInput> evidence) {
    }

    /** A draft of the self-assessment: the standards given replace their earlier answers; others stay. */
    public record SaveAssessment(
            @NotNull(message = "is required") @Size(max = 40, message = "at most 40 answers")
            List<@NotNull(message = "must not be null") @Valid AnswerInput> answers) {
    }

    /** Attach the agency's submitted self-assessment (from another partnership) to this partnership's cycle. */
    public record Share(@NotNull(message = "is required") UUID assessmentId) {
    }

    public record ModerationInput(
            @NotBlank(message = "is required") @Pattern(regexp = Inputs.CODE_PATTERN, message = Inputs.CODE_MESSAGE) String standard,
            @NotNull(message = "is required") Rag rating,
            @Size(max = 4000, message = "must be at most 4000 characters") String comment) {
    }

    public record Moderate(
            @NotEmpty(message = "at least one rating is required") @Size(max = 40, message = "at most 40 ratings")
            List<@NotNull(message = "must not be null") @Valid ModerationInput> ratings) {
    }

    public record Challenge(
            @Pattern(regexp = Inputs.CODE_PATTERN, message = Inputs.CODE_MESSAGE) String standard,
            @NotBlank(message = "is required") @Size(max = 4000, message = "must be at most 4000 characters") String question) {
    }

    public record Answer(@NotBlank(message = "is required") @Size(max = 8000, message = "must be at most 8000 characters") String answer) {
    }

    public record AgreeOutcome(@NotNull(message = "is required") Section11Entry.Outcome outcome) {
    }

    public record ChairFeedback(@NotBlank(message = "is required") @Size(max = 8000, message = "must be at most 8000 characters") String feedback) {
    }

    public record SurveyResultInput(
            @NotBlank(message = "is required") @Size(max = 500, message = "must be at most 500 characters") String question,
            @NotNull(message = "is required") @Min(value = 0, message = "must be 0 to 100") @Max(value = 100, message = "must be 0 to 100") Integer agreePercent) {
    }

    public record StaffSurvey(
            @NotNull(message = "is required") @PastOrPresent(message = "must not be in the future") LocalDate surveyedOn,
            @NotNull(message = "is required") @Min(value = 0, message = "must be 0 or more") Integer respondents,
            @Size(max = 50, message = "at most 50 results")
            List<@NotNull(message = "must not be null") @Valid SurveyResultInput> results,
            @Size(max = 4000, message = "must be at most 4000 characters") String summary) {
    }
}
