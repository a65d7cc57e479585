package org.lif.reporting.dataset;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** Responses of the dataset API. */
public final class IndicatorViews {

    private IndicatorViews() {
    }

    /**
     * One quarter's value with its trend.
     *
     * @param quarterOnQuarter change from the previous quarter (Q1: from Q4 of the previous year's set)
     * @param yearOnYear       change from the same quarter of the previous year's set (same code)
     * @param targetGap        value − target
     * @param onTarget         the value meets the target, given the polarity
     * @param comparisonGap    value − comparison value (e.g. England or statistical neighbours)
     */
    public record Value(int year, int quarter, BigDecimal value, BigDecimal comparisonValue, IndicatorValue.Confidence confidence,
                        String commentary, String submittedBy, OffsetDateTime submittedAt, Trend.Change quarterOnQuarter,
                        Trend.Change yearOnYear, BigDecimal targetGap, Boolean onTarget, BigDecimal comparisonGap) {
    }

    /** @param latest the latest quarter's value of this year, if any */
    public record Summary(UUID id, int year, String code, String name, String definition, String unit, Indicator.Polarity polarity,
                          BigDecimal target, String ownerAgency, String theme, String comparisonLabel, Value latest) {
    }

    public record Detail(UUID id, int year, String code, String name, String definition, String unit, Indicator.Polarity polarity,
                         BigDecimal target, String ownerAgency, String theme, String comparisonLabel, List<Value> values) {
    }
}
