package org.lif.portal.web;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.*;

class DateFieldsTest {

    @Test
    void realDatesOnly() {
        assertEquals(Optional.of(LocalDate.of(2026, 3, 27)), new DateFields(" 27", "3 ", "2026").date());
        assertTrue(new DateFields("30", "2", "2026").invalid());
        assertTrue(new DateFields("1", "1", "26").invalid(), "a four-digit year");
        assertTrue(new DateFields("", "1", "2026").invalid(), "part of a date");
        assertFalse(new DateFields(null, "", " ").invalid(), "nothing typed is not an error");
        assertTrue(DateFields.empty().isEmpty());
        assertEquals(new DateFields("5", "12", "2026"), DateFields.of(LocalDate.of(2026, 12, 5)));
    }
}
