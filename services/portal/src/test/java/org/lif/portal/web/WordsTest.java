package org.lif.portal.web;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.OffsetDateTime;

import static org.junit.jupiter.api.Assertions.*;

class WordsTest {

    @Test
    void agenciesAreWords() {
        assertEquals("Bitterne park school", Words.agencyWords("bitterne-park-school"));
        assertEquals("", Words.agencyWords(null));
    }

    @Test
    void datesAreWrittenOutInEnglandsTime() {
        assertEquals("5 December 2026", Words.day(LocalDate.of(2026, 12, 5)));
        assertEquals("1 July 2026 at 12:30am", Words.when(OffsetDateTime.parse("2026-06-30T23:30:00Z")), "BST");
    }
}
