package org.lif.reporting.readmodel;

import org.lif.contracts.Topics;

import java.util.List;
import java.util.Locale;

/** Names shared by the read model's projector, queries and rebuild. */
public final class ReadModel {

    /** The AgencyScope condition for read-model rows with an {@code agency} column. */
    public static final String AGENCY = "(:agency = '*' or agency = :agency)";

    /** The topics the read model is built from (live and on rebuild). */
    public static final List<String> TOPICS = List.of(Topics.REVIEWS, Topics.AUDITS, Topics.TRAINING, Topics.ACTION_PLANS);

    /** Every read-model table: what a rebuild clears. Reporting's own records (priorities, dataset, reports) stay. */
    public static final List<String> TABLES = List.of("rm_review_case", "rm_review", "rm_recommendation", "rm_action_plan",
            "rm_action", "rm_audit", "rm_section11_rating", "rm_schools_return", "rm_course", "rm_session_cancelled",
            "rm_attendance", "rm_evaluation", "rm_impact", "rm_briefing", "rm_cascade", "rm_theme");

    /** Fact types of {@link ThemeRow}. */
    public static final String REVIEW = "REVIEW";
    public static final String RECOMMENDATION = "RECOMMENDATION";
    public static final String PLAN = "PLAN";
    public static final String AUDIT = "AUDIT";
    public static final String COURSE = "COURSE";
    public static final String BRIEFING = "BRIEFING";

    /** Stages of a review case and of a follow-up review, in order. */
    public static final List<String> CASE_STAGES = List.of("NOTIFIED", "RAPID_REVIEW_COMPLETED", "DECIDED");
    public static final List<String> REVIEW_STAGES = List.of("REVIEW_IN_PROGRESS", "REVIEW_PUBLISHED");

    private ReadModel() {
    }

    /** Themes in one comparable form: lower case, words joined by '-' ("Domestic abuse" = "domestic-abuse"). */
    public static String theme(String theme) {
        return theme == null ? null : theme.trim().toLowerCase(Locale.ROOT).replaceAll("[\\s_]+", "-");
    }

    /** The later of two stages of {@code order} (a replayed or late event never moves a stage back). */
    static String later(List<String> order, String current, String next) {
        return current == null || order.indexOf(next) > order.indexOf(current) ? next : current;
    }
}
