package org.lif.portal.actions;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.OffsetDateTime;

import static org.junit.jupiter.api.Assertions.*;

class ActionWordsTest {

    @Test
    void codesBecomeWords() {
        assertEquals("In progress", ActionWords.statusWords("IN_PROGRESS"));
        assertEquals("Amber", ActionWords.ragWords("AMBER"));
        assertEquals("Waiting for the partnership to sign it off", ActionWords.signOffWords("PENDING"));
        assertEquals("Section 11 audit", ActionWords.sourceWords("SECTION_11"));
        assertEquals("Unknown", ActionWords.statusWords("SOMETHING_NEW"), "a code the portal does not know is never shown");
        assertEquals("Bitterne park school", ActionWords.agencyWords("bitterne-park-school"));
    }

    @Test
    void datesAreWrittenOutInEnglandsTime() {
        assertEquals("5 December 2026", ActionWords.day(LocalDate.of(2026, 12, 5)));
        assertEquals("1 July 2026 at 12:30am", ActionWords.when(OffsetDateTime.parse("2026-06-30T23:30:00Z")), "BST");
    }
}
