package org.lif.portal.web;

import io.quarkus.qute.TemplateExtension;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The words every feature's pages use for values that are not a feature's own: dates ("5 December 2026"), times in
 * England's time, and agency ids ({@code youth-options} → "Youth options"). Used in templates as
 * {@code {action.dueDate.day}}, {@code {at.when}}, {@code {agency.agencyWords}} (Qute template extensions).
 */
@TemplateExtension
public final class Words {

    private static final ZoneId ENGLAND = ZoneId.of("Europe/London");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("h:mma", Locale.UK);

    private Words() {
    }

    /** An ordered map of codes to words, e.g. for a filter's options: {@code ordered("A", "Words for A", …)}. */
    public static Map<String, String> ordered(String... codesAndWords) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < codesAndWords.length; i += 2) {
            map.put(codesAndWords[i], codesAndWords[i + 1]);
        }
        return Collections.unmodifiableMap(map);
    }

    /** An agency's id as words: {@code youth-options} → "Youth options". */
    public static String agencyWords(String agency) {
        if (agency == null || agency.isBlank()) {
            return "";
        }
        String words = agency.replace('-', ' ');
        return words.substring(0, 1).toUpperCase(Locale.UK) + words.substring(1);
    }

    /** "5 December 2026". */
    public static String day(LocalDate date) {
        return date == null ? "" : DAY.format(date);
    }

    /** "5 December 2026 at 2:14pm", in England's time. */
    public static String when(OffsetDateTime at) {
        if (at == null) {
            return "";
        }
        var local = at.atZoneSameInstant(ENGLAND);
        return DAY.format(local) + " at " + TIME.format(local).toLowerCase(Locale.UK);
    }
}
