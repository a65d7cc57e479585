package org.lif.portal.web;

import java.util.ArrayList;
import java.util.List;

/**
 * The design system's pagination for a list: previous and next links and the page numbers around the current one,
 * each link keeping the list's filters. Page numbers in addresses start at 1 (the API's at 0).
 */
public record Paging(String path, String query, int current, int totalPages, long totalItems) {

    /** A page number from an address: anything that is not a positive number is page 1. */
    public static int number(String page) {
        try {
            int n = Integer.parseInt(page == null ? "1" : page.strip());
            return Math.max(1, Math.min(n, 100_000));
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    public record Item(int number, String href, boolean current, boolean ellipsis) {
    }

    public boolean shown() {
        return totalPages > 1;
    }

    public boolean hasPrevious() {
        return current > 1;
    }

    public boolean hasNext() {
        return current < totalPages;
    }

    public String previous() {
        return href(current - 1);
    }

    public String next() {
        return href(current + 1);
    }

    /** First, last, and the pages next to the current one; gaps shown as an ellipsis. */
    public List<Item> items() {
        List<Item> items = new ArrayList<>();
        int last = 0;
        for (int n = 1; n <= totalPages; n++) {
            if (n == 1 || n == totalPages || Math.abs(n - current) <= 1) {
                if (last != 0 && n - last > 1) {
                    items.add(new Item(0, null, false, true));
                }
                items.add(new Item(n, href(n), n == current, false));
                last = n;
            }
        }
        return items;
    }

    public String href(int page) {
        String q = query == null || query.isEmpty() ? "" : query + "&";
        return path + "?" + q + "page=" + page;
    }

    /** The CSV download of the same filters. */
    public String csv() {
        return path + "/download.csv" + (query == null || query.isEmpty() ? "" : "?" + query);
    }
}
