package org.lif.portal.rules;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.*;

class RuleWordsTest {

    @Test
    void rulesAndUnitsAreWords() {
        var rule = new RuleModels.Rule("rapid-review", "How long…", "WORKING_DAYS", 12, true, 15, 5, 15, "Working Together", null, null);
        assertEquals("Completing a rapid review", rule.title());
        assertEquals("12 working days", rule.valueWords());
        assertEquals("15 working days", rule.defaultWords());
        assertEquals("From 5 to 15 working days", rule.rangeWords());
        assertEquals("1 month", RuleWords.amount(1, "MONTHS"));
        assertEquals("0 working days", RuleWords.amount(0, "WORKING_DAYS"));
        assertEquals("Local rule", RuleWords.title("a-rule-the-portal-does-not-know"), "a rule's code is never shown");
    }
}
