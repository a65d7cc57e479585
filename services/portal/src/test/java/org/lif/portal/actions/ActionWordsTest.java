package org.lif.portal.actions;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.*;

class ActionWordsTest {

    @Test
    void codesBecomeWords() {
        assertEquals("In progress", ActionWords.statusWords("IN_PROGRESS"));
        assertEquals("Amber", ActionWords.ragWords("AMBER"));
        assertEquals("Waiting for the partnership to sign it off", ActionWords.signOffWords("PENDING"));
        assertEquals("Section 11 audit", ActionWords.sourceWords("SECTION_11"));
        assertEquals("Unknown", ActionWords.statusWords("SOMETHING_NEW"), "a code the portal does not know is never shown");
    }
}
