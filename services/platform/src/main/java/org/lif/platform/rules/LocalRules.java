package org.lif.platform.rules;

import org.lif.platform.calendar.ClockRules;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Every rule a partnership may set for itself, with its bounds and the reason for them. The installation's default of
 * each is {@code lif.clocks.<name>} ({@link ClockRules}); a partnership's own value ({@link PartnershipRules}) replaces it
 * for clocks started after the change.
 */
public final class LocalRules {

    private static final Map<String, LocalRule> ALL = catalogue();

    private LocalRules() {
    }

    public static Optional<LocalRule> find(String name) {
        return Optional.ofNullable(name == null ? null : ALL.get(name));
    }

    public static Map<String, LocalRule> all() {
        return ALL;
    }

    private static Map<String, LocalRule> catalogue() {
        Map<String, LocalRule> m = new LinkedHashMap<>();
        add(m, new LocalRule(ClockRules.SERIOUS_INCIDENT_NOTIFICATION, RuleUnit.WORKING_DAYS, 1, 5,
                "How long the local authority has to notify the national Panel of a serious incident, from the day it became aware.",
                "Working Together to Safeguard Children: within 5 working days. A partnership may set a shorter target, not a longer one."));
        add(m, new LocalRule(ClockRules.RAPID_REVIEW, RuleUnit.WORKING_DAYS, 5, 15,
                "How long the safeguarding partners have to complete a rapid review and send it to the Panel, from the notification.",
                "Working Together to Safeguard Children: within 15 working days. A partnership may set a shorter target, not a longer one."));
        add(m, new LocalRule(ClockRules.RAPID_REVIEW_INFORMATION_REQUEST, RuleUnit.WORKING_DAYS, 2, 15,
                "When agencies' chronologies and summaries for a rapid review are due, from the notification.",
                "Local practice (usually about day 10, before the review meeting); no later than the rapid review itself."));
        add(m, new LocalRule(ClockRules.PANEL_NOTICE_BEFORE_PUBLICATION, RuleUnit.WORKING_DAYS, 7, 30,
                "How long before publication a final report must go to the Panel and the Secretary of State.",
                "Working Together to Safeguard Children: at least 7 working days before publication. A partnership may allow more, not less."));
        add(m, new LocalRule(ClockRules.TRAINING_SELF_CANCELLATION_CUT_OFF, RuleUnit.WORKING_DAYS, 0, 20,
                "Until how many working days before a session people may cancel their place themselves without a late cancellation.",
                "The partnership's training terms and conditions (commonly 5 working days)."));
        add(m, new LocalRule(ClockRules.FINAL_REPORT_MONTHS, RuleUnit.MONTHS, 1, 6,
                "How long after the decision to hold a local child safeguarding practice review its final report is expected.",
                "Working Together to Safeguard Children: within 6 months of the decision. A partnership may set a shorter target, not a longer one."));
        add(m, new LocalRule(ClockRules.EVIDENCING_IMPACT_EARLIEST_MONTHS, RuleUnit.MONTHS, 3, 24,
                "The earliest time after a review concludes at which its impact on practice is tested.",
                "Local practice (East Sussex: 12 to 24 months after the review)."));
        add(m, new LocalRule(ClockRules.EVIDENCING_IMPACT_LATEST_MONTHS, RuleUnit.MONTHS, 6, 36,
                "The latest time after a review concludes by which its impact on practice is tested.",
                "Local practice (East Sussex: 12 to 24 months after the review)."));
        add(m, new LocalRule(ClockRules.REPORT_ONLINE_MINIMUM_MONTHS, RuleUnit.MONTHS, 12, 60,
                "How long a published review report stays online at least.",
                "Working Together to Safeguard Children: at least a year. A partnership may keep it longer."));
        add(m, new LocalRule(ClockRules.ACTION_DEFAULT_DUE, RuleUnit.WORKING_DAYS, 5, 260,
                "When an action created from a review's or an audit's recommendation is due, when the recommendation suggests no date.",
                "Local practice (the default is about three months: 60 working days)."));
        return Collections.unmodifiableMap(m);
    }

    private static void add(Map<String, LocalRule> m, LocalRule rule) {
        m.put(rule.name(), rule);
    }
}
