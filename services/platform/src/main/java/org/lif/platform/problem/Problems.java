package org.lif.platform.problem;

import org.lif.platform.calendar.WorkingDayCalendar.CalendarCoverageException;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/** The problems LIF answers with, named by what went wrong. */
public final class Problems {

    private Problems() {
    }

    public static ProblemException notFound(String what, Object id) {
        return new ProblemException(404, "not-found", "Not found", what + " " + id + " does not exist.", null);
    }

    public static ProblemException forbidden(String detail) {
        return new ProblemException(403, "forbidden", "Forbidden", detail, null);
    }

    public static ProblemException unauthorized() {
        return new ProblemException(401, "unauthorized", "Unauthorized", "A valid bearer token is required.", null);
    }

    /** The request is well-formed but the record's state does not allow it (e.g. signing off an action not completed). */
    public static ProblemException conflict(String detail) {
        return new ProblemException(409, "conflict", "Not allowed in the current state", detail, null);
    }

    public static ProblemException invalid(String field, String message) {
        return invalid(List.of(new Problem.FieldError(field, message)));
    }

    public static ProblemException invalid(List<Problem.FieldError> errors) {
        return new ProblemException(400, "validation", "Invalid request",
                "The request has " + errors.size() + " invalid field(s).", errors);
    }

    public static ProblemException badRequest(String detail) {
        return new ProblemException(400, "bad-request", "Bad request", detail, null);
    }

    /**
     * Working days were asked for beyond the bank-holiday data. Past its last year the list is out of date: 503, our
     * side, for an operator to fix (it is also what a late deadline's caller can retry after); a 500 would hide the
     * cause and a guess would be a wrong statutory date. Before its first year the date itself is too old: 400.
     */
    public static ProblemException calendarCoverage(CalendarCoverageException e) {
        DateTimeFormatter day = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
        if (e.afterCoverage()) {
            return new ProblemException(503, "calendar-coverage", "Bank-holiday list out of date",
                    "Working days after " + day.format(LocalDate.of(e.lastYear(), 12, 31)) + " cannot be counted: "
                            + "the bank-holiday list ends there. An operator must update it (lif.calendar.bank-holidays-file).",
                    null);
        }
        return badRequest("Working days before " + day.format(LocalDate.of(e.firstYear(), 1, 1)) + " cannot be counted: "
                + "the bank-holiday list starts there.");
    }
}
