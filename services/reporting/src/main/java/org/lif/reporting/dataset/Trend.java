package org.lif.reporting.dataset;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Trend arithmetic of the dataset: a change against an earlier value, read with the indicator's polarity, and the gap
 * to a target or comparison.
 */
public final class Trend {

    private Trend() {
    }

    /** Whether a change is good news, given the polarity. */
    public enum Direction {
        IMPROVING, WORSENING, NO_CHANGE, CHANGED
    }

    /**
     * @param previous   the earlier value
     * @param difference value − previous
     * @param percent    difference as a percentage of previous (one decimal), null when previous is 0
     * @param direction  read with the polarity ({@code CHANGED} for a neutral indicator)
     */
    public record Change(BigDecimal previous, BigDecimal difference, BigDecimal percent, Direction direction) {
    }

    /** The change from {@code previous} to {@code value}, or null when there is no earlier value. */
    public static Change change(BigDecimal value, BigDecimal previous, Indicator.Polarity polarity) {
        if (value == null || previous == null) {
            return null;
        }
        BigDecimal difference = value.subtract(previous).stripTrailingZeros();
        BigDecimal percent = previous.signum() == 0 ? null
                : difference.multiply(BigDecimal.valueOf(100)).divide(previous.abs(), 1, RoundingMode.HALF_UP);
        return new Change(previous.stripTrailingZeros(), plain(difference), percent, direction(difference.signum(), polarity));
    }

    private static Direction direction(int sign, Indicator.Polarity polarity) {
        if (sign == 0) {
            return Direction.NO_CHANGE;
        }
        return switch (polarity) {
            case HIGHER_IS_BETTER -> sign > 0 ? Direction.IMPROVING : Direction.WORSENING;
            case LOWER_IS_BETTER -> sign < 0 ? Direction.IMPROVING : Direction.WORSENING;
            case NEUTRAL -> Direction.CHANGED;
        };
    }

    /** value − other, or null when either is missing. */
    public static BigDecimal gap(BigDecimal value, BigDecimal other) {
        return value == null || other == null ? null : plain(value.subtract(other).stripTrailingZeros());
    }

    /** Whether the value meets the target given the polarity; null without a target or for a neutral indicator. */
    public static Boolean onTarget(BigDecimal value, BigDecimal target, Indicator.Polarity polarity) {
        if (value == null || target == null || polarity == Indicator.Polarity.NEUTRAL) {
            return null;
        }
        int cmp = value.compareTo(target);
        return polarity == Indicator.Polarity.HIGHER_IS_BETTER ? cmp >= 0 : cmp <= 0;
    }

    /** The quarter before ({@code year}, {@code quarter}): Q1's is Q4 of the previous year. */
    public static int[] previousQuarter(int year, int quarter) {
        return quarter == 1 ? new int[]{year - 1, 4} : new int[]{year, quarter - 1};
    }

    /** Without trailing zeros and without exponent (35.000 → 35, 45.500 → 45.5); null stays null. */
    public static BigDecimal plain(BigDecimal d) {
        if (d == null) {
            return null;
        }
        BigDecimal s = d.stripTrailingZeros();
        return s.scale() < 0 ? s.setScale(0) : s;
    }
}
