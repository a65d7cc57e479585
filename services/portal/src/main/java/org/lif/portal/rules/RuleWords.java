package org.lif.portal.rules;

import java.util.Map;

/**
 * The portal's names for the local rules (the API names them {@code rapid-review}, {@code action-default-due}…; a
 * person never sees those) and their units in words. The rules' descriptions and bases come from the services, in
 * plain English already.
 */
final class RuleWords {

    private static final Map<String, String> TITLE = Map.ofEntries(
            Map.entry("serious-incident-notification", "Notifying the Panel of a serious incident"),
            Map.entry("rapid-review", "Completing a rapid review"),
            Map.entry("rapid-review-information-request", "Agencies' information for a rapid review"),
            Map.entry("panel-notice-before-publication", "Sending a report to the Panel before publication"),
            Map.entry("final-report-months", "Final report of a review"),
            Map.entry("evidencing-impact-earliest-months", "Evidencing impact: the earliest time"),
            Map.entry("evidencing-impact-latest-months", "Evidencing impact: the latest time"),
            Map.entry("report-online-minimum-months", "Keeping a published report online"),
            Map.entry("training-self-cancellation-cut-off", "Cancelling a training place without a late cancellation"),
            Map.entry("action-default-due", "When an action is due if no date is suggested"));

    private RuleWords() {
    }

    static String title(String rule) {
        return TITLE.getOrDefault(rule, "Local rule");
    }

    /** "1 working day", "15 working days", "6 months". */
    static String amount(int n, String unit) {
        return n + " " + unit(unit, n);
    }

    static String unit(String unit, int n) {
        String words = "MONTHS".equals(unit) ? "month" : "working day";
        return n == 1 ? words : words + "s";
    }
}
