package com.accountdesk.ui.metrics;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Panning and zooming stay within the period; the time axis ticks on whole hours and days. */
class TimeWindowTest {
    private static final double DAY = 86_400;
    private static final double MIDNIGHT = 1_764_979_200; // 2025-12-06T00:00:00Z

    @Test
    void panningStopsAtThePeriodsEnds() {
        TimeWindow week = TimeWindow.whole(MIDNIGHT, MIDNIGHT + 7 * DAY);
        assertTrue(week.isWhole());
        assertEquals(week, week.pan(3600), "nothing to pan to when all shows");
        TimeWindow day = week.zoom(1 / 7.0, MIDNIGHT + 7 * DAY);
        assertEquals(DAY, day.span(), 1e-6);
        assertEquals(MIDNIGHT + 7 * DAY, day.to(), 1e-6, "zooming at the end keeps the end in place");
        TimeWindow earlier = day.pan(-2 * DAY);
        assertEquals(MIDNIGHT + 4 * DAY, earlier.from(), 1e-6);
        assertEquals(DAY, earlier.span(), 1e-6);
        assertEquals(MIDNIGHT, earlier.pan(-30 * DAY).from(), 1e-6);
        assertEquals(MIDNIGHT + 7 * DAY, earlier.pan(30 * DAY).to(), 1e-6);
        assertFalse(earlier.isWhole());
    }

    @Test
    void zoomingKeepsTheTimeUnderThePointerAndHasLimits() {
        TimeWindow day = TimeWindow.whole(MIDNIGHT, MIDNIGHT + DAY);
        double noon = MIDNIGHT + DAY / 2;
        double at = MIDNIGHT + DAY / 4;
        TimeWindow closer = day.zoom(0.5, at);
        assertEquals(DAY / 2, closer.span(), 1e-6);
        assertEquals((at - day.from()) / day.span(), (at - closer.from()) / closer.span(), 1e-9, "06:00 stays a quarter in");
        TimeWindow closest = closer.zoom(1e-6, noon);
        assertEquals(TimeWindow.MIN_SPAN, closest.span(), 1e-6);
        assertEquals(day, closest.zoom(1e9, noon), "no further out than the period");
        assertThrows(IllegalArgumentException.class, () -> TimeWindow.whole(MIDNIGHT, MIDNIGHT));
    }

    @Test
    void ticksFallOnWholeHoursAndDaysInUtc() {
        List<Number> week = TimeTicks.ticks(MIDNIGHT - 5000, MIDNIGHT + 7 * DAY - 5000, 700);
        assertEquals(7, week.size(), week.toString());
        week.forEach(t -> assertEquals(0, t.doubleValue() % DAY, "midnight: " + t));
        assertEquals("6 Dec", TimeTicks.label(week.get(0).doubleValue()));
        List<Number> day = TimeTicks.ticks(MIDNIGHT + 437, MIDNIGHT + DAY + 437, 700);
        day.forEach(t -> assertEquals(0, t.doubleValue() % 3600, "whole hours: " + t));
        assertTrue(day.size() >= 6 && day.size() <= 9, day.toString());
        assertEquals("03:00", TimeTicks.label(day.get(0).doubleValue()));
        List<Number> hour = TimeTicks.ticks(MIDNIGHT + 437, MIDNIGHT + 3600 + 437, 700);
        hour.forEach(t -> assertEquals(0, t.doubleValue() % 600, "every ten minutes: " + t));
        assertTrue(TimeTicks.ticks(0, 0, 700).isEmpty());
    }
}
