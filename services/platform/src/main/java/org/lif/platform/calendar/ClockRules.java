package org.lif.platform.calendar;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.Config;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The statutory clock rules and their working-day allowances, overridable with
 * {@code lif.clocks.<rule-name>=<n>}. Only the rules named in {@link #DEFAULTS} exist; asking for any other
 * name is a programming error and fails with {@link IllegalArgumentException}. Values are read and
 * validated once, at construction.
 */
@ApplicationScoped
public class ClockRules {

    public static final String PREFIX = "lif.clocks.";

    public static final String SERIOUS_INCIDENT_NOTIFICATION = "serious-incident-notification";
    public static final String RAPID_REVIEW = "rapid-review";
    public static final String PANEL_NOTICE_BEFORE_PUBLICATION = "panel-notice-before-publication";
    public static final String TRAINING_SELF_CANCELLATION_CUT_OFF = "training-self-cancellation-cut-off";
    public static final String RAPID_REVIEW_INFORMATION_REQUEST = "rapid-review-information-request";
    /** When an action created from a recommendation without a suggested date is due (action-plans). */
    public static final String ACTION_DEFAULT_DUE = "action-default-due";

    /** Month-based rules (calendar months, not working days); overridable the same way. */
    public static final String FINAL_REPORT_MONTHS = "final-report-months";
    public static final String EVIDENCING_IMPACT_EARLIEST_MONTHS = "evidencing-impact-earliest-months";
    public static final String EVIDENCING_IMPACT_LATEST_MONTHS = "evidencing-impact-latest-months";
    public static final String REPORT_ONLINE_MINIMUM_MONTHS = "report-online-minimum-months";

    /** Known rules and their default number of working days. */
    public static final Map<String, Integer> DEFAULTS = defaults();

    /** Known month-based rules and their default number of calendar months. */
    public static final Map<String, Integer> MONTH_DEFAULTS = monthDefaults();

    private final Map<String, Integer> workingDays;
    private final Map<String, Integer> months;

    @Inject
    public ClockRules(Config config) {
        this(key -> config.getOptionalValue(key, String.class));
    }

    /** For tests: {@code lookup} maps a full property name to its configured value, if any. */
    ClockRules(Function<String, Optional<String>> lookup) {
        Objects.requireNonNull(lookup, "lookup");
        Map<String, Integer> values = new LinkedHashMap<>();
        DEFAULTS.forEach((rule, dflt) -> values.put(rule, lookup.apply(PREFIX + rule)
                .map(String::trim)
                .filter(s -> !s.isEmpty())
                .map(s -> parse(rule, s))
                .orElse(dflt)));
        this.workingDays = Collections.unmodifiableMap(values);
        Map<String, Integer> monthValues = new LinkedHashMap<>();
        MONTH_DEFAULTS.forEach((rule, dflt) -> monthValues.put(rule, lookup.apply(PREFIX + rule)
                .map(String::trim)
                .filter(s -> !s.isEmpty())
                .map(s -> parse(rule, s))
                .orElse(dflt)));
        this.months = Collections.unmodifiableMap(monthValues);
    }

    /** Number of calendar months allowed by the month-based {@code rule} (e.g. {@code final-report-months}). */
    public int months(String rule) {
        Integer n = months.get(rule);
        if (n == null) {
            throw new IllegalArgumentException("Unknown month-based clock rule \"" + rule + "\"; known rules: "
                    + MONTH_DEFAULTS.keySet());
        }
        return n;
    }

    /** {@code start} plus the months of {@code rule} (end of month clamps: 31 Aug + 6 months = 28/29 Feb). */
    public java.time.LocalDate addMonths(String rule, java.time.LocalDate start) {
        Objects.requireNonNull(start, "start");
        return start.plusMonths(months(rule));
    }

    /** Names of all known month-based rules. */
    public Set<String> monthRules() {
        return months.keySet();
    }

    /** Number of working days allowed by {@code rule}. */
    public int workingDays(String rule) {
        Integer n = workingDays.get(rule);
        if (n == null) {
            throw new IllegalArgumentException("Unknown statutory clock rule \"" + rule + "\"; known rules: "
                    + DEFAULTS.keySet());
        }
        return n;
    }

    /** The clock for {@code rule}, ready to compute due dates. */
    public StatutoryClock clock(String rule) {
        return new StatutoryClock(rule, workingDays(rule));
    }

    /** Names of all known rules. */
    public Set<String> rules() {
        return workingDays.keySet();
    }

    private static Map<String, Integer> defaults() {
        Map<String, Integer> m = new LinkedHashMap<>();
        m.put(SERIOUS_INCIDENT_NOTIFICATION, 5);
        m.put(RAPID_REVIEW, 15);
        m.put(PANEL_NOTICE_BEFORE_PUBLICATION, 7);
        m.put(TRAINING_SELF_CANCELLATION_CUT_OFF, 5);
        m.put(RAPID_REVIEW_INFORMATION_REQUEST, 10);
        m.put(ACTION_DEFAULT_DUE, 60);
        return Collections.unmodifiableMap(m);
    }

    private static Map<String, Integer> monthDefaults() {
        Map<String, Integer> m = new LinkedHashMap<>();
        m.put(FINAL_REPORT_MONTHS, 6);
        m.put(EVIDENCING_IMPACT_EARLIEST_MONTHS, 12);
        m.put(EVIDENCING_IMPACT_LATEST_MONTHS, 24);
        m.put(REPORT_ONLINE_MINIMUM_MONTHS, 12);
        return Collections.unmodifiableMap(m);
    }

    private static int parse(String rule, String value) {
        int n;
        try {
            n = Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(PREFIX + rule + " must be a whole number, got \""
                    + value + "\"", e);
        }
        if (n < 0) {
            throw new IllegalArgumentException(PREFIX + rule + " must not be negative, got " + n);
        }
        return n;
    }
}
