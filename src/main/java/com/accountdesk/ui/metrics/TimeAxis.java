package com.accountdesk.ui.metrics;

import javafx.scene.chart.ValueAxis;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A number axis of epoch seconds read as UTC times: ticks on whole minutes, hours or days (a
 * NumberAxis puts them at its lower bound plus multiples of its unit, so at 13:07, 17:07..., and
 * cannot be extended),
 * at least {@link #LABEL_PIXELS} apart, labelled "14:00", or "3 Dec" at midnight. Its bounds are
 * set from outside (the window shown); it never ranges itself.
 */
final class TimeAxis extends ValueAxis<Number> {
    static final double LABEL_PIXELS = 80;
    private static final long[] STEPS = {60, 300, 600, 900, 1800, 3600, 2 * 3600, 3 * 3600, 6 * 3600, 12 * 3600,
            86_400, 2 * 86_400, 7 * 86_400};
    private static final DateTimeFormatter HOURS = DateTimeFormatter.ofPattern("HH:mm", Locale.ROOT).withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter DAYS = DateTimeFormatter.ofPattern("d MMM", Locale.ROOT).withZone(ZoneOffset.UTC);

    TimeAxis() {
        setAutoRanging(false);
        setMinorTickVisible(false);
        setAnimated(false);
    }

    /** The tick step, in seconds, for {@code span} seconds over {@code length} pixels. */
    static long step(double span, double length) {
        for (long s : STEPS) {
            if (span / s * LABEL_PIXELS <= length) {
                return s;
            }
        }
        return STEPS[STEPS.length - 1];
    }

    /** The ticks: every multiple of the step within the bounds. */
    static List<Number> ticks(double lower, double upper, double length) {
        List<Number> ticks = new ArrayList<>();
        if (!(upper > lower) || !(length > 0)) {
            return ticks;
        }
        long step = step(upper - lower, length);
        for (long t = (long) Math.ceil(lower / step) * step; t <= upper; t += step) {
            ticks.add((double) t);
        }
        return ticks;
    }

    /** "14:00", or "3 Dec" at midnight UTC. */
    static String label(double epochSeconds) {
        long t = Math.round(epochSeconds);
        Instant at = Instant.ofEpochSecond(t);
        return Math.floorMod(t, 86_400L) == 0 ? DAYS.format(at) : HOURS.format(at);
    }

    @Override
    protected Object getRange() {
        return new double[] {getLowerBound(), getUpperBound()};
    }

    @Override
    protected void setRange(Object range, boolean animate) {
        double[] bounds = (double[]) range;
        setLowerBound(bounds[0]);
        setUpperBound(bounds[1]);
        currentLowerBound.set(bounds[0]);
        setScale(calculateNewScale(getSide() != null && getSide().isVertical() ? getHeight() : getWidth(), bounds[0], bounds[1]));
    }

    @Override
    protected List<Number> calculateTickValues(double length, Object range) {
        return ticks(getLowerBound(), getUpperBound(), length);
    }

    @Override
    protected List<Number> calculateMinorTickMarks() {
        return List.of();
    }

    @Override
    protected String getTickMarkLabel(Number value) {
        return label(value.doubleValue());
    }
}
