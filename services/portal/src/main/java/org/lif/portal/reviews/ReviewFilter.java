package org.lif.portal.reviews;

import jakarta.ws.rs.QueryParam;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The filters of the reviews list: exactly the reviews API's own (type, status, learning theme, overdue), as the
 * person chose them in the page's GET form, so a filtered list has its own address and works without JavaScript.
 */
public class ReviewFilter {

    @QueryParam("type")
    public String type;
    @QueryParam("status")
    public String status;
    @QueryParam("theme")
    public String theme;
    @QueryParam("overdue")
    public String overdue;

    public String type() {
        return ReviewWords.TYPE.containsKey(type) ? type : "";
    }

    public String status() {
        return ReviewWords.STATUS.containsKey(status) ? status : "";
    }

    public String theme() {
        return theme == null ? "" : theme.strip();
    }

    public boolean overdue() {
        return "true".equals(overdue);
    }

    String apiType() {
        return blankToNull(type());
    }

    String apiStatus() {
        return blankToNull(status());
    }

    String apiTheme() {
        return blankToNull(theme());
    }

    Boolean apiOverdue() {
        return overdue() ? Boolean.TRUE : null;
    }

    /** The filters as a query string (without "?") for the pages' links: "" when none. */
    public String query() {
        Map<String, String> q = new LinkedHashMap<>();
        q.put("type", type());
        q.put("status", status());
        q.put("theme", theme());
        q.put("overdue", overdue() ? "true" : "");
        return q.entrySet().stream().filter(e -> !e.getValue().isEmpty())
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
