package org.lif.portal.actions;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * The action-plans API's documents, as far as the portal reads or sends them. Statuses stay the API's codes here;
 * pages show them through {@link ActionWords}. Unknown fields are ignored, so the service can add fields freely.
 */
public final class ActionModels {

    private ActionModels() {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record ActionPage(List<Action> items, int page, int size, long totalItems, int totalPages) {
        public ActionPage {
            items = items == null ? List.of() : items;
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Action(String id, String planId, String planTitle, String sourceType, String sourceReference,
                         String description, String ownerAgency, String lead, LocalDate dueDate, String status,
                         String rag, boolean overdue, SignOffView signOff, String completionSummary,
                         OffsetDateTime createdAt, String createdBy, List<Progress> progress,
                         List<DueDateChange> dueDateHistory) {
        public Action {
            progress = progress == null ? List.of() : progress;
            dueDateHistory = dueDateHistory == null ? List.of() : dueDateHistory;
        }

        /** The partnership signs off (or refuses) a completion only while it waits for that decision. */
        public boolean awaitsSignOff() {
            return "COMPLETED".equals(status) && signOff != null && "PENDING".equals(signOff.status());
        }

        /** A due date can change while the action is still being worked on. */
        public boolean open() {
            return "NOT_STARTED".equals(status) || "IN_PROGRESS".equals(status);
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record SignOffView(String status, String by, OffsetDateTime at, String reason) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Progress(String note, List<Evidence> evidence, OffsetDateTime recordedAt, String recordedBy) {
        public Progress {
            evidence = evidence == null ? List.of() : evidence;
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Evidence(String kind, String description, String url, String fileName, LocalDate refersTo) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record DueDateChange(LocalDate from, LocalDate to, String reason, String changedBy, OffsetDateTime changedAt) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record SignOff(String decision, String reason) {
    }

    /** The due date goes as typed when it is not a real date, so that the service's answer names the field. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ChangeDueDate(String dueDate, String reason) {
    }
}
