package org.lif.platform.time;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

import static org.junit.jupiter.api.Assertions.assertEquals;

class TodayTest {

    @Test
    void theDateIsEnglandsEvenWhenUtcIsStillYesterday() {
        // 23:30 UTC on 30 June is 00:30 on 1 July in London (BST)
        Today today = new Today(Clock.fixed(Instant.parse("2026-06-30T23:30:00Z"), ZoneOffset.UTC));
        assertEquals(LocalDate.parse("2026-07-01"), today.date());
        assertEquals(ZoneOffset.UTC, today.now().getOffset());
    }

    @Test
    void inWinterEnglandIsOnUtc() {
        Today today = new Today(Clock.fixed(Instant.parse("2026-12-31T23:30:00Z"), ZoneOffset.UTC));
        assertEquals(LocalDate.parse("2026-12-31"), today.date());
    }
}
