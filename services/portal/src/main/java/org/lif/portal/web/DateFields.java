package org.lif.portal.web;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;

/**
 * A date as the design system's date input asks for it: day, month and year in three fields, kept exactly as typed
 * so that a refused form shows them again.
 */
public record DateFields(String day, String month, String year) {

    public DateFields {
        day = trim(day);
        month = trim(month);
        year = trim(year);
    }

    public static DateFields of(LocalDate date) {
        return date == null ? empty() : new DateFields(String.valueOf(date.getDayOfMonth()), String.valueOf(date.getMonthValue()),
                String.valueOf(date.getYear()));
    }

    public static DateFields empty() {
        return new DateFields("", "", "");
    }

    public boolean isEmpty() {
        return day.isEmpty() && month.isEmpty() && year.isEmpty();
    }

    /** The date, if the three fields make a real one (a four-digit year). */
    public Optional<LocalDate> date() {
        if (!day.matches("\\d{1,2}") || !month.matches("\\d{1,2}") || !year.matches("\\d{4}")) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day)));
        } catch (DateTimeException notARealDate) {
            return Optional.empty();
        }
    }

    /** Typed but not a real date. */
    public boolean invalid() {
        return !isEmpty() && date().isEmpty();
    }

    private static String trim(String s) {
        return s == null ? "" : s.strip();
    }
}
