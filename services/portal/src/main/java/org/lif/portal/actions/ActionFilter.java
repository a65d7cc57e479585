package org.lif.portal.actions;

import jakarta.ws.rs.QueryParam;
import org.lif.portal.problem.FormErrors;
import org.lif.portal.web.DateFields;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The filters of the actions list: exactly the action-plans API's own (status, RAG, owner agency, overdue, due
 * between two dates), as the person typed them into the page's form (a GET form, so a filtered list has its own
 * address and works without JavaScript).
 */
public class ActionFilter {

    @QueryParam("status")
    public String status;
    @QueryParam("rag")
    public String rag;
    @QueryParam("ownerAgency")
    public String ownerAgency;
    @QueryParam("overdue")
    public String overdue;
    @QueryParam("dueFrom-day")
    public String dueFromDay;
    @QueryParam("dueFrom-month")
    public String dueFromMonth;
    @QueryParam("dueFrom-year")
    public String dueFromYear;
    @QueryParam("dueTo-day")
    public String dueToDay;
    @QueryParam("dueTo-month")
    public String dueToMonth;
    @QueryParam("dueTo-year")
    public String dueToYear;

    public String status() {
        return ActionWords.STATUS.containsKey(status) ? status : "";
    }

    public String rag() {
        return ActionWords.RAG.containsKey(rag) ? rag : "";
    }

    public String ownerAgency() {
        return ownerAgency == null ? "" : ownerAgency.strip();
    }

    public boolean overdue() {
        return "true".equals(overdue);
    }

    public DateFields dueFrom() {
        return new DateFields(dueFromDay, dueFromMonth, dueFromYear);
    }

    public DateFields dueTo() {
        return new DateFields(dueToDay, dueToMonth, dueToYear);
    }

    /** Dates that are typed but not real, in the design system's words. */
    public FormErrors errors() {
        FormErrors errors = FormErrors.none();
        if (dueFrom().invalid()) {
            errors.field("dueFrom-day", "Due from must be a real date, for example 27 3 2026");
        }
        if (dueTo().invalid()) {
            errors.field("dueTo-day", "Due to must be a real date, for example 27 3 2026");
        }
        return errors;
    }

    String apiStatus() {
        return blankToNull(status());
    }

    String apiRag() {
        return blankToNull(rag());
    }

    String apiOwnerAgency() {
        return blankToNull(ownerAgency());
    }

    Boolean apiOverdue() {
        return overdue() ? Boolean.TRUE : null;
    }

    String apiDueFrom() {
        return dueFrom().date().map(LocalDate::toString).orElse(null);
    }

    String apiDueTo() {
        return dueTo().date().map(LocalDate::toString).orElse(null);
    }

    /** The filters as a query string (without "?"), for the pages' links and the CSV download: "" when none. */
    public String query() {
        Map<String, String> q = new LinkedHashMap<>();
        q.put("status", status());
        q.put("rag", rag());
        q.put("ownerAgency", ownerAgency());
        q.put("overdue", overdue() ? "true" : "");
        q.put("dueFrom-day", dueFrom().day());
        q.put("dueFrom-month", dueFrom().month());
        q.put("dueFrom-year", dueFrom().year());
        q.put("dueTo-day", dueTo().day());
        q.put("dueTo-month", dueTo().month());
        q.put("dueTo-year", dueTo().year());
        return q.entrySet().stream().filter(e -> !e.getValue().isEmpty())
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
