package org.lif.audits.audit;

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

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** What clients send about audits. */
public final class AuditRequests {

    private AuditRequests() {
    }

    /**
     * Put an audit on the programme (or change its plan). A single-agency audit planned by the partnership names the
     * agency it requests it from ({@code ownerAgency}).
     */
    public record Plan(
            @NotBlank(message = "is required") @Size(max = 300, message = "must be at most 300 characters") String title,
            @NotNull(message = "is required") AuditType type,
            @NotNull(message = "is required") @Min(value = 2000, message = "must be a year such as 2026") @Max(value = 2100, message = "must be a year such as 2026") Integer programmeYear,
            @Size(max = 20, message = "at most 20 themes")
            List<@NotBlank(message = "must not be blank") @Size(max = 100, message = "must be at most 100 characters") String> themes,
            @Size(max = 100, message = "must be at most 100 characters") String subgroup,
            @NotNull(message = "is required") LocalDate plannedStart,
            @NotNull(message = "is required") LocalDate plannedEnd,
            @Size(max = 200, message = "must be at most 200 characters") String lead,
            @Pattern(regexp = Inputs.AGENCY_PATTERN, message = Inputs.AGENCY_MESSAGE) String ownerAgency) {
    }

    public record Replan(
            @NotBlank(message = "is required") @Size(max = 300, message = "must be at most 300 characters") String title,
            @Size(max = 20, message = "at most 20 themes")
            List<@NotBlank(message = "must not be blank") @Size(max = 100, message = "must be at most 100 characters") String> themes,
            @Size(max = 100, message = "must be at most 100 characters") String subgroup,
            @NotNull(message = "is required") LocalDate plannedStart,
            @NotNull(message = "is required") LocalDate plannedEnd,
            @Size(max = 200, message = "must be at most 200 characters") String lead) {
    }

    /** Start a multi-agency audit: the tool, the participating agencies and the case sample. */
    public record Start(
            @NotNull(message = "is required") UUID toolId,
            @NotEmpty(message = "at least one agency is required") @Size(max = 40, message = "at most 40 agencies")
            List<@NotNull(message = "must not be null") @Pattern(regexp = Inputs.AGENCY_PATTERN, message = Inputs.AGENCY_MESSAGE) String> agencies,
            @NotEmpty(message = "at least one case is required") @Size(max = 200, message = "at most 200 cases")
            List<@NotNull(message = "must not be null") @Pattern(regexp = Inputs.CASE_REF_PATTERN, message = Inputs.CASE_REF_MESSAGE) String> caseSample,
            @NotNull(message = "is required") LocalDate returnsDueOn) {
    }

    public record AnswerInput(
            @NotBlank(message = "is required") @Size(max = 20, message = "must be at most 20 characters") String question,
            @Pattern(regexp = Inputs.CASE_REF_PATTERN, message = Inputs.CASE_REF_MESSAGE) String caseRef,
            @NotBlank(message = "is required") @Size(max = 50, message = "must be at most 50 characters") String grade,
            @Size(max = 4000, message = "must be at most 4000 characters") String comment) {
    }

    /** An agency's return (saved as a draft until submitted). */
    public record SaveReturn(
            @NotNull(message = "is required") @Size(max = 2000, message = "at most 2000 answers")
            List<@NotNull(message = "must not be null") @Valid AnswerInput> answers,
            @Size(max = 50, message = "must be at most 50 characters") String overallGrade,
            @Size(max = 4000, message = "must be at most 4000 characters") String summary) {
    }

    public record Consultation(
            @Size(max = 8000, message = "must be at most 8000 characters") String voiceOfChild,
            @Size(max = 8000, message = "must be at most 8000 characters") String consultation) {
    }

    public record Discussion(
            @NotNull(message = "is required") @PastOrPresent(message = "must not be in the future") LocalDate heldOn,
            @NotBlank(message = "is required") @Size(max = 8000, message = "must be at most 8000 characters") String notes) {
    }

    public record AddFinding(
            @NotNull(message = "is required") AuditFinding.Kind kind,
            @NotBlank(message = "is required") @Size(max = 4000, message = "must be at most 4000 characters") String text,
            @Size(max = 20, message = "at most 20 themes")
            List<@NotBlank(message = "must not be blank") @Size(max = 100, message = "must be at most 100 characters") String> themes) {
    }

    public record Report(
            @NotNull(message = "is required") @PastOrPresent(message = "must not be in the future") LocalDate reportedOn,
            @NotBlank(message = "is required") @Size(max = 8000, message = "must be at most 8000 characters") String summary) {
    }

    public record Cancel(@NotBlank(message = "is required") @Size(max = 2000, message = "must be at most 2000 characters") String reason) {
    }

    /** A single-agency audit's summary and outcomes, shared by its agency. */
    public record Share(
            @NotBlank(message = "is required") @Size(max = 8000, message = "must be at most 8000 characters") String summary,
            @NotBlank(message = "is required") @Size(max = 8000, message = "must be at most 8000 characters") String outcomes,
            @NotNull(message = "is required") @Min(value = 0, message = "must be 0 or more") @Max(value = 10000, message = "must be at most 10000") Integer casesAudited,
            @Size(max = 20, message = "at most 20 themes")
            List<@NotBlank(message = "must not be blank") @Size(max = 100, message = "must be at most 100 characters") String> themes) {
    }

    /** An agency shares a single-agency audit it ran on its own initiative. */
    public record ShareOwn(
            @NotBlank(message = "is required") @Size(max = 300, message = "must be at most 300 characters") String title,
            @NotNull(message = "is required") @Min(value = 2000, message = "must be a year such as 2026") @Max(value = 2100, message = "must be a year such as 2026") Integer programmeYear,
            @NotNull(message = "is required") @Valid Share share) {
    }
}
