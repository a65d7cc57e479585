package org.lif.reporting.annualreport;

import java.util.Arrays;
import java.util.Optional;

/** The sections Working Together asks a yearly report to cover, in report order. */
public enum Section {
    ACTIVITY("activity", "What the partnership did, including reviews"),
    EFFECTIVENESS("effectiveness", "How effective the arrangements were"),
    IMPACT("impact", "Evidence of impact on outcomes for children and families, including training"),
    LITTLE_PROGRESS("little-progress", "Areas with little or no progress"),
    RECOMMENDATIONS("recommendations", "Decisions and actions on local and national review recommendations"),
    FEEDBACK("feedback", "How feedback from children and families was used"),
    SCRUTINY("scrutiny", "Independent scrutiny"),
    PRIORITIES("priorities", "Priorities");

    public final String key;
    public final String title;

    Section(String key, String title) {
        this.key = key;
        this.title = title;
    }

    public static Optional<Section> byKey(String key) {
        return Arrays.stream(values()).filter(s -> s.key.equals(key)).findFirst();
    }
}
