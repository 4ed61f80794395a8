package com.accountdesk.ui.metrics;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Where a time axis (epoch seconds, UTC) has its ticks and what they say: on whole minutes, hours
 * or days, at least {@link #LABEL_PIXELS} apart, "14:00", or "3 Dec" at midnight. No JavaFX here.
 */
final class TimeTicks {
    static final double LABEL_PIXELS = 80;
    private static final long[] STEPS = {60, 300, 600, 900, 1800, 3600, 2 * 3600, 3 * 3600, 6 * 3600, 12 * 3600,
            86_400, 2 * 86_400, 7 * 86_400};
    private static final DateTimeFormatter HOURS = DateTimeFormatter.ofPattern("HH:mm", Locale.ROOT).withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter DAYS = DateTimeFormatter.ofPattern("d MMM", Locale.ROOT).withZone(ZoneOffset.UTC);

    private TimeTicks() {
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
}
