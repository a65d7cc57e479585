package org.lif.portal.reviews;

import org.junit.jupiter.api.Test;
import org.lif.portal.reviews.ReviewModels.Deadline;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.*;

class ReviewWordsTest {

    static final LocalDate DUE = LocalDate.of(2027, 6, 18);

    @Test
    void codesBecomeWords() {
        assertEquals("Local child safeguarding practice review", ReviewWords.reviewTypeWords("LCSPR"));
        assertEquals("Gathering information", ReviewWords.reviewStatusWords("INFORMATION_GATHERING"));
        assertEquals("Rapid review to the national Panel", ReviewWords.deadlineWords("rapid-review"));
        assertEquals("Seriously harmed", ReviewWords.harmWords("SERIOUS_HARM"));
        assertEquals("Under 1 year old", ReviewWords.ageBandWords("UNDER_ONE"));
        assertEquals("Unknown", ReviewWords.reviewStatusWords("SOMETHING_NEW"), "a code the portal does not know is never shown");
        assertEquals("Statutory deadline", ReviewWords.deadlineWords("some-new-rule"));
    }

    @Test
    void workingDaysLeftOrOverdue() {
        assertEquals("14 working days left", ReviewWords.left(new Deadline("rapid-review", DUE, 14, false)));
        assertEquals("1 working day left", ReviewWords.left(new Deadline("rapid-review", DUE, 1, false)));
        assertEquals("Due today", ReviewWords.left(new Deadline("rapid-review", DUE, 0, false)));
        assertEquals("Overdue by 3 working days", ReviewWords.left(new Deadline("rapid-review", DUE, -3, true)));
        assertEquals("", ReviewWords.left(new Deadline("rapid-review", DUE, null, false)), "not counted past the bank holiday list");
    }
}
