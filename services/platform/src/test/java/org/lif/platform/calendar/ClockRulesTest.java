package org.lif.platform.calendar;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ClockRulesTest {

    private static final WorkingDayCalendar CAL = WorkingDayCalendar.englandAndWales();

    private static ClockRules rules(Map<String, String> config) {
        return new ClockRules(key -> Optional.ofNullable(config.get(key)));
    }

    @Test
    void defaults() {
        ClockRules rules = rules(Map.of());
        assertEquals(5, rules.workingDays("serious-incident-notification"));
        assertEquals(15, rules.workingDays("rapid-review"));
        assertEquals(7, rules.workingDays("panel-notice-before-publication"));
        assertEquals(5, rules.workingDays("training-self-cancellation-cut-off"));
    }

    @Test
    void configOverridesDefault() {
        ClockRules rules = rules(Map.of("lif.clocks.rapid-review", "20"));
        assertEquals(20, rules.workingDays(ClockRules.RAPID_REVIEW));
        assertEquals(5, rules.workingDays(ClockRules.SERIOUS_INCIDENT_NOTIFICATION));
    }

    @Test
    void unknownRuleAndBadValuesAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> rules(Map.of()).workingDays("no-such-rule"));
        assertThrows(IllegalArgumentException.class, () -> rules(Map.of("lif.clocks.rapid-review", "ten")));
        assertThrows(IllegalArgumentException.class, () -> rules(Map.of("lif.clocks.rapid-review", "-1")));
    }

    @Test
    void statutoryClockDueDate() {
        StatutoryClock notification = rules(Map.of()).clock(ClockRules.SERIOUS_INCIDENT_NOTIFICATION);
        assertEquals(LocalDate.parse("2025-04-28"), notification.dueDate(LocalDate.parse("2025-04-17"), CAL));
        assertFalse(notification.isOverdue(LocalDate.parse("2025-04-17"), LocalDate.parse("2025-04-28"), CAL));
        assertTrue(notification.isOverdue(LocalDate.parse("2025-04-17"), LocalDate.parse("2025-04-29"), CAL));

        StatutoryClock rapidReview = rules(Map.of()).clock(ClockRules.RAPID_REVIEW);
        assertEquals(LocalDate.parse("2027-01-07"), rapidReview.dueDate(LocalDate.parse("2026-12-14"), CAL));
        // 23:30 UTC on 16 April 2025 is already 17 April in London (BST)
        assertEquals(LocalDate.parse("2025-04-28"),
                notification.dueDate(java.time.Instant.parse("2025-04-16T23:30:00Z"), CAL));
        assertThrows(IllegalArgumentException.class, () -> new StatutoryClock("x", -1));
    }

    @Test
    void producerUsesShippedListOrConfiguredFile() throws Exception {
        assertEquals(CAL.holidays(), CalendarProducer.create(null).holidays());
        assertEquals(CAL.holidays(), CalendarProducer.create(" ").holidays());
        Path file = Files.createTempFile("bank-holidays", ".json");
        try {
            Files.writeString(file, "{\"division\":\"england-and-wales\",\"events\":["
                    + "{\"title\":\"New Year’s Day\",\"date\":\"2040-01-02\"}]}");
            WorkingDayCalendar cal = CalendarProducer.create(file.toString());
            assertEquals(2040, cal.firstYear());
            assertEquals(2040, cal.lastYear());
        } finally {
            Files.deleteIfExists(file);
        }
        assertThrows(RuntimeException.class, () -> CalendarProducer.create("/no/such/file.json"));
    }

    @Test
    void monthRulesHaveDefaultsAndCanBeConfigured() {
        ClockRules rules = rules(Map.of("lif.clocks.final-report-months", "9"));
        assertEquals(9, rules.months(ClockRules.FINAL_REPORT_MONTHS));
        assertEquals(12, rules.months(ClockRules.EVIDENCING_IMPACT_EARLIEST_MONTHS));
        assertEquals(24, rules.months(ClockRules.EVIDENCING_IMPACT_LATEST_MONTHS));
        assertEquals(12, rules.months(ClockRules.REPORT_ONLINE_MINIMUM_MONTHS));
        assertEquals(10, rules.workingDays(ClockRules.RAPID_REVIEW_INFORMATION_REQUEST));
        assertEquals(LocalDate.parse("2026-02-28"), rules(Map.of()).addMonths(ClockRules.FINAL_REPORT_MONTHS, LocalDate.parse("2025-08-31")));
        assertThrows(IllegalArgumentException.class, () -> rules.months("rapid-review"));
        assertThrows(IllegalArgumentException.class, () -> rules(Map.of("lif.clocks.final-report-months", "six")));
    }
}
