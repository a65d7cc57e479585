package org.lif.reporting;

import org.junit.jupiter.api.Test;
import org.lif.reporting.dataset.Indicator.Polarity;
import org.lif.reporting.dataset.Trend;

import java.math.BigDecimal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The dataset's trend arithmetic. */
class TrendTest {

    static BigDecimal d(String s) {
        return new BigDecimal(s);
    }

    @Test
    void changeIsReadWithThePolarity() {
        Trend.Change up = Trend.change(d("42.5"), d("40"), Polarity.HIGHER_IS_BETTER);
        assertEquals(d("2.5"), up.difference());
        assertEquals(d("6.3"), up.percent()); // 2.5 / 40 = 6.25 % → 6.3
        assertEquals(Trend.Direction.IMPROVING, up.direction());
        assertEquals(Trend.Direction.WORSENING, Trend.change(d("42.5"), d("40"), Polarity.LOWER_IS_BETTER).direction());
        assertEquals(Trend.Direction.CHANGED, Trend.change(d("42.5"), d("40"), Polarity.NEUTRAL).direction());
        Trend.Change down = Trend.change(d("30"), d("40.0"), Polarity.LOWER_IS_BETTER);
        assertEquals(d("-10"), down.difference());
        assertEquals(d("-25.0"), down.percent());
        assertEquals(Trend.Direction.IMPROVING, down.direction());
        assertEquals(Trend.Direction.NO_CHANGE, Trend.change(d("40.00"), d("40"), Polarity.HIGHER_IS_BETTER).direction());
    }

    @Test
    void noEarlierValueOrZeroGivesNoPercent() {
        assertNull(Trend.change(d("3"), null, Polarity.HIGHER_IS_BETTER));
        Trend.Change fromZero = Trend.change(d("3"), d("0"), Polarity.HIGHER_IS_BETTER);
        assertEquals(d("3"), fromZero.difference());
        assertNull(fromZero.percent());
    }

    @Test
    void targetGapAndOnTarget() {
        assertEquals(d("-2.5"), Trend.gap(d("42.5"), d("45")));
        assertNull(Trend.gap(d("42.5"), null));
        assertFalse(Trend.onTarget(d("42.5"), d("45"), Polarity.HIGHER_IS_BETTER));
        assertTrue(Trend.onTarget(d("45"), d("45"), Polarity.HIGHER_IS_BETTER));
        assertTrue(Trend.onTarget(d("42.5"), d("45"), Polarity.LOWER_IS_BETTER));
        assertNull(Trend.onTarget(d("42.5"), d("45"), Polarity.NEUTRAL));
        assertNull(Trend.onTarget(d("42.5"), null, Polarity.LOWER_IS_BETTER));
    }

    @Test
    void previousQuarterOfQ1IsQ4OfTheYearBefore() {
        assertArrayEquals(new int[]{2024, 4}, Trend.previousQuarter(2025, 1));
        assertArrayEquals(new int[]{2025, 2}, Trend.previousQuarter(2025, 3));
    }
}
