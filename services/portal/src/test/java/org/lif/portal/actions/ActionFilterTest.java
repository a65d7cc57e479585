package org.lif.portal.actions;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.*;

class ActionFilterTest {

    @Test
    void onlyTheApisOwnValuesGoToTheApiAndTheQueryKeepsWhatWasTyped() {
        ActionFilter f = new ActionFilter();
        f.status = "IN_PROGRESS";
        f.rag = "PURPLE";
        f.ownerAgency = " youth-options ";
        f.overdue = "true";
        f.dueFromDay = "1";
        f.dueFromMonth = "2";
        f.dueFromYear = "2027";
        f.dueToDay = "31";
        f.dueToMonth = "2";
        f.dueToYear = "2027";
        assertEquals("IN_PROGRESS", f.apiStatus());
        assertNull(f.apiRag(), "not a rating the API knows: no filter");
        assertEquals("youth-options", f.apiOwnerAgency());
        assertEquals(Boolean.TRUE, f.apiOverdue());
        assertEquals("2027-02-01", f.apiDueFrom());
        assertNull(f.apiDueTo(), "31 February is not a date");
        assertTrue(f.errors().has("dueTo-day"));
        assertFalse(f.errors().has("dueFrom-day"));
        assertEquals("status=IN_PROGRESS&ownerAgency=youth-options&overdue=true&dueFrom-day=1&dueFrom-month=2&dueFrom-year=2027"
                + "&dueTo-day=31&dueTo-month=2&dueTo-year=2027", f.query());
    }

    @Test
    void noFilterIsAnEmptyQuery() {
        ActionFilter f = new ActionFilter();
        assertEquals("", f.query());
        assertNull(f.apiStatus());
        assertNull(f.apiOverdue());
        assertFalse(f.errors().any());
    }
}
