package org.lif.platform.time;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ValidationClockTest {

    @Test
    void todayIsEnglandsDateAlsoInTheLastHourOfASummerDay() {
        Clock utc = Clock.fixed(Instant.parse("2026-06-30T23:30:00Z"), ZoneOffset.UTC);
        assertEquals(LocalDate.of(2026, 7, 1), LocalDate.now(new ValidationClock(utc).getClock()));
        Clock winter = Clock.fixed(Instant.parse("2026-12-31T23:30:00Z"), ZoneOffset.UTC);
        assertEquals(LocalDate.of(2026, 12, 31), LocalDate.now(new ValidationClock(winter).getClock()));
    }
}
