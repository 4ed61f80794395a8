package com.accountdesk.ui.metrics;

import java.util.Arrays;

/**
 * Fewer points for a line that looks the same: the points of a time window, reduced to the lowest
 * and the highest of each bucket (a pixel column), in time order, plus the nearest point outside
 * each edge so the line runs on past the window instead of stopping short. A week of minutes
 * (10,080 points) on a 700-pixel chart becomes at most 1,402. No JavaFX here: the charts use it,
 * and its tests need no toolkit.
 */
public final class Downsampler {
    private Downsampler() {
    }

    /** The points kept, oldest first: {@code times[i]}, {@code values[i]} for i below {@code size}. */
    public record Points(double[] times, double[] values, int size) {
        static final Points NONE = new Points(new double[0], new double[0], 0);

        public double time(int i) {
            return times[i];
        }

        public double value(int i) {
            return values[i];
        }
    }

    /**
     * The points of {@code times}/{@code values} (times ascending) that draw the window
     * [{@code from}, {@code to}] in {@code buckets} columns: every point when there are no more than
     * two a column, else each column's lowest and highest.
     */
    public static Points reduce(double[] times, double[] values, double from, double to, int buckets) {
        if (times.length != values.length) {
            throw new IllegalArgumentException("times and values differ in length");
        }
        int n = times.length;
        if (n == 0 || !(to > from) || buckets < 1) {
            return Points.NONE;
        }
        // The first point inside the window and the one before it; the last inside and the one after.
        int start = Math.max(0, firstAtOrAfter(times, from) - 1);
        int end = Math.min(n - 1, firstAfter(times, to));
        int count = end - start + 1;
        if (count <= 0) {
            return Points.NONE;
        }
        if (count <= 2 * buckets + 2) {
            return new Points(Arrays.copyOfRange(times, start, end + 1), Arrays.copyOfRange(values, start, end + 1), count);
        }
        double[] outT = new double[2 * buckets + 2];
        double[] outV = new double[2 * buckets + 2];
        int size = 0;
        int i = start;
        if (times[i] < from) { // the point before the window
            outT[size] = times[i];
            outV[size++] = values[i];
            i++;
        }
        double width = (to - from) / buckets;
        int last = times[end] > to ? end - 1 : end;
        for (int b = 0; b < buckets && i <= last; b++) {
            double bucketEnd = b == buckets - 1 ? Double.POSITIVE_INFINITY : from + (b + 1) * width;
            if (times[i] >= bucketEnd) {
                continue; // an empty column: a gap in the data
            }
            int lo = i;
            int hi = i;
            for (; i <= last && times[i] < bucketEnd; i++) {
                if (values[i] < values[lo]) {
                    lo = i;
                }
                if (values[i] > values[hi]) {
                    hi = i;
                }
            }
            int a = Math.min(lo, hi);
            int z = Math.max(lo, hi);
            outT[size] = times[a];
            outV[size++] = values[a];
            if (z != a) {
                outT[size] = times[z];
                outV[size++] = values[z];
            }
        }
        if (end > last) { // the point after the window
            outT[size] = times[end];
            outV[size++] = values[end];
        }
        return new Points(outT, outV, size);
    }

    /** The index of the first time at or after {@code t}; the length when none is. */
    static int firstAtOrAfter(double[] times, double t) {
        int lo = 0;
        int hi = times.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (times[mid] < t) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** The index of the first time after {@code t}; the length when none is. */
    static int firstAfter(double[] times, double t) {
        int lo = 0;
        int hi = times.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (times[mid] <= t) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** The index of the time nearest {@code t}, or -1 for no times. */
    public static int nearest(double[] times, double t) {
        if (times.length == 0) {
            return -1;
        }
        int i = firstAtOrAfter(times, t);
        if (i == 0) {
            return 0;
        }
        if (i == times.length) {
            return times.length - 1;
        }
        return t - times[i - 1] <= times[i] - t ? i - 1 : i;
    }
}
