package org.lif.portal.web;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

class PagingTest {

    @Test
    void pageNumbersFromAddressesAreNeverBelowOne() {
        assertEquals(1, Paging.number(null));
        assertEquals(1, Paging.number("0"));
        assertEquals(1, Paging.number("-3"));
        assertEquals(1, Paging.number("two"));
        assertEquals(7, Paging.number(" 7 "));
    }

    @Test
    void linksKeepTheFiltersAndShowFirstLastAndNeighbours() {
        Paging paging = new Paging("/partnerships/southampton/actions", "status=COMPLETED", 5, 9, 170);
        assertEquals("/partnerships/southampton/actions?status=COMPLETED&page=4", paging.previous());
        assertEquals("/partnerships/southampton/actions?status=COMPLETED&page=6", paging.next());
        assertEquals("/partnerships/southampton/actions/download.csv?status=COMPLETED", paging.csv());
        List<String> items = paging.items().stream().map(i -> i.ellipsis() ? "…" : (i.current() ? "[" + i.number() + "]" : "" + i.number())).toList();
        assertEquals(List.of("1", "…", "4", "[5]", "6", "…", "9"), items);
    }

    @Test
    void oneOrNoPageNeedsNoPagination() {
        assertFalse(new Paging("/p", "", 1, 1, 3).shown());
        assertFalse(new Paging("/p", "", 1, 0, 0).shown());
        assertEquals("/p?page=2", new Paging("/p", "", 1, 2, 30).next());
        assertEquals("/p/download.csv", new Paging("/p", "", 1, 2, 30).csv());
    }
}
