package com.accountdesk.ui.metrics;

/**
 * The part of a chart's period that shows: [{@code from}, {@code to}] within [{@code first},
 * {@code last}] (epoch seconds). Panning and zooming never leave the period, and never show less
 * than {@link #MIN_SPAN} seconds. No JavaFX here.
 */
public record TimeWindow(double from, double to, double first, double last) {
    /** Ten minutes: closer than that a chart of minutes shows almost nothing. */
    public static final double MIN_SPAN = 600;

    public TimeWindow {
        if (!(last > first) || !(to > from)) {
            throw new IllegalArgumentException("an empty window " + from + ".." + to + " of " + first + ".." + last);
        }
    }

    /** The whole period. */
    public static TimeWindow whole(double first, double last) {
        return new TimeWindow(first, last, first, last);
    }

    public double span() {
        return to - from;
    }

    public boolean isWhole() {
        return from <= first && to >= last;
    }

    /** Moved later by {@code seconds} (earlier when negative), stopping at the period's ends. */
    public TimeWindow pan(double seconds) {
        double shift = Math.max(first - from, Math.min(last - to, seconds));
        return new TimeWindow(from + shift, to + shift, first, last);
    }

    /**
     * {@code factor} times as long (below 1: closer), keeping {@code anchor} at the same place
     * across the chart; no shorter than {@link #MIN_SPAN} and no longer than the period.
     */
    public TimeWindow zoom(double factor, double anchor) {
        double span = Math.max(Math.min(MIN_SPAN, last - first), Math.min(last - first, span() * factor));
        double at = Math.max(from, Math.min(to, anchor));
        double share = (at - from) / span();
        double newFrom = at - share * span;
        double start = Math.max(first, Math.min(last - span, newFrom));
        return new TimeWindow(start, start + span, first, last);
    }
}
