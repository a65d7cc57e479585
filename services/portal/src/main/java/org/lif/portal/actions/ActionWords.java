package org.lif.portal.actions;

import io.quarkus.qute.TemplateExtension;

import java.util.Map;

import static org.lif.portal.web.Words.ordered;

/**
 * The words pages use for the action-plans API's codes: a person never sees {@code IN_PROGRESS} or {@code AMBER}.
 * Used in templates as {@code {action.status.statusWords}}, {@code {action.dueDate.day}} and so on (Qute template
 * extensions; dates and agencies are {@link org.lif.portal.web.Words}). The RAG words follow docs/action-plans.md ("RAG rating").
 */
@TemplateExtension
public final class ActionWords {

    /** In the order of an action's life: the filters' options follow it. */
    static final Map<String, String> STATUS = ordered(
            "NOT_STARTED", "Not started",
            "IN_PROGRESS", "In progress",
            "COMPLETED", "Completed",
            "NOT_ACHIEVED", "Not achieved",
            "CANCELLED", "Cancelled");
    static final Map<String, String> RAG = ordered(
            "RED", "Red – overdue or not achieved",
            "AMBER", "Amber – due soon or waiting for sign-off",
            "GREEN", "Green – on track",
            "BLUE", "Blue – completed and signed off",
            "NONE", "No rating – cancelled");
    /** The ratings' names, in the filter's order. */
    static final Map<String, String> RAG_SHORT = ordered(
            "RED", "Red", "AMBER", "Amber", "GREEN", "Green", "BLUE", "Blue", "NONE", "No rating");
    private static final Map<String, String> RAG_TAG = Map.of(
            "RED", "govuk-tag--red", "AMBER", "govuk-tag--orange", "GREEN", "govuk-tag--green", "BLUE", "govuk-tag--blue",
            "NONE", "govuk-tag--grey");
    private static final Map<String, String> SIGN_OFF = Map.of(
            "NONE", "Not asked for yet",
            "PENDING", "Waiting for the partnership to sign it off",
            "SIGNED_OFF", "Signed off",
            "REFUSED", "Refused");
    private static final Map<String, String> SOURCE = Map.of(
            "REVIEW", "Review",
            "AUDIT", "Audit",
            "SECTION_11", "Section 11 audit",
            "SECTION_175", "Section 175 (schools) audit",
            "INSPECTION", "Inspection",
            "THEMED_REPORT", "Themed report",
            "OTHER", "Other");
    private static final Map<String, String> EVIDENCE = Map.of(
            "TEXT", "Written evidence", "LINK", "Link", "ATTACHMENT", "Attached file");

    private ActionWords() {
    }

    static String statusWords(String status) {
        return STATUS.getOrDefault(status, "Unknown");
    }

    static String ragWords(String rag) {
        return RAG_SHORT.getOrDefault(rag, "No rating");
    }

    /** What a RAG rating means, for the action page. */
    static String ragMeaning(String rag) {
        return RAG.getOrDefault(rag, "No rating");
    }

    static String ragTag(String rag) {
        return RAG_TAG.getOrDefault(rag, "govuk-tag--grey");
    }

    static String signOffWords(String signOff) {
        return SIGN_OFF.getOrDefault(signOff, "Not asked for yet");
    }

    static String sourceWords(String source) {
        return SOURCE.getOrDefault(source, "Other");
    }

    static String evidenceWords(String kind) {
        return EVIDENCE.getOrDefault(kind, "Evidence");
    }
}
