package com.accountdesk.ui.metrics;

import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A week of minutes reduced to what a pixel column shows: each column's lowest and highest, in time order. */
class DownsamplerTest {
    private static final double START = 1_764_979_200; // 2025-12-06T00:00:00Z
    private static final int WEEK = 7 * 24 * 60;

    private static double[] minutes(int n) {
        double[] t = new double[n];
        for (int i = 0; i < n; i++) {
            t[i] = START + 60.0 * i;
        }
        return t;
    }

    private static double[] noise(int n, long seed) {
        Random r = new Random(seed);
        double[] v = new double[n];
        for (int i = 0; i < n; i++) {
            v[i] = 50 + 30 * Math.sin(i / 300.0) + 10 * r.nextGaussian();
        }
        return v;
    }

    @Test
    void aWeekOfMinutesKeepsEachColumnsLowestAndHighest() {
        double[] t = minutes(WEEK);
        double[] v = noise(WEEK, 1);
        v[5000] = 1_000; // a spike one minute long
        v[7000] = -1_000;
        int columns = 700;
        double from = t[0];
        double to = t[WEEK - 1];
        Downsampler.Points p = Downsampler.reduce(t, v, from, to, columns);

        assertTrue(p.size() <= 2 * columns + 2 && p.size() > columns, "points kept: " + p.size());
        for (int i = 1; i < p.size(); i++) {
            assertTrue(p.time(i) > p.time(i - 1), "in time order at " + i);
        }
        double width = (to - from) / columns;
        for (int b = 0; b < columns; b++) {
            double lo = Double.POSITIVE_INFINITY;
            double hi = Double.NEGATIVE_INFINITY;
            double keptLo = Double.POSITIVE_INFINITY;
            double keptHi = Double.NEGATIVE_INFINITY;
            double bucketStart = from + b * width;
            double bucketEnd = b == columns - 1 ? Double.POSITIVE_INFINITY : from + (b + 1) * width;
            for (int i = 0; i < WEEK; i++) {
                if (t[i] >= bucketStart && t[i] < bucketEnd) {
                    lo = Math.min(lo, v[i]);
                    hi = Math.max(hi, v[i]);
                }
            }
            for (int i = 0; i < p.size(); i++) {
                if (p.time(i) >= bucketStart && p.time(i) < bucketEnd) {
                    keptLo = Math.min(keptLo, p.value(i));
                    keptHi = Math.max(keptHi, p.value(i));
                }
            }
            assertEquals(lo, keptLo, "column " + b + "'s lowest");
            assertEquals(hi, keptHi, "column " + b + "'s highest");
        }
        assertEquals(1_000, max(p));
    }

    private static double max(Downsampler.Points p) {
        double m = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < p.size(); i++) {
            m = Math.max(m, p.value(i));
        }
        return m;
    }

    @Test
    void aWindowKeepsTheNeighboursOutsideItsEdgesSoTheLineRunsOn() {
        double[] t = minutes(WEEK);
        double[] v = noise(WEEK, 2);
        double from = t[2000] + 30; // between two minutes
        double to = t[4000] + 30;
        Downsampler.Points p = Downsampler.reduce(t, v, from, to, 300);
        assertEquals(t[2000], p.time(0), "the point before the window");
        assertEquals(t[4001], p.time(p.size() - 1), "the point after it");
        for (int i = 1; i < p.size() - 1; i++) {
            assertTrue(p.time(i) >= from && p.time(i) <= to, "inside the window: " + p.time(i));
        }
        Downsampler.Points panned = Downsampler.reduce(t, v, from + 3600, to + 3600, 300);
        assertEquals(t[2060], panned.time(0), "an hour later");
    }

    @Test
    void fewPointsAreKeptAsTheyAre() {
        double[] t = minutes(60);
        double[] v = noise(60, 3);
        Downsampler.Points p = Downsampler.reduce(t, v, t[0], t[59], 700);
        assertEquals(60, p.size());
        assertArrayEquals(t, java.util.Arrays.copyOf(p.times(), p.size()));
        assertArrayEquals(v, java.util.Arrays.copyOf(p.values(), p.size()));
    }

    @Test
    void aGapStaysAGapAndNothingGivesNothing() {
        double[] t = minutes(WEEK);
        double[] v = noise(WEEK, 4);
        // A day with no data (a suspended cluster, say): the columns over it hold no points.
        double[] gapT = new double[WEEK - 1440];
        double[] gapV = new double[WEEK - 1440];
        System.arraycopy(t, 0, gapT, 0, 3000);
        System.arraycopy(t, 4440, gapT, 3000, WEEK - 4440);
        System.arraycopy(v, 0, gapV, 0, 3000);
        System.arraycopy(v, 4440, gapV, 3000, WEEK - 4440);
        Downsampler.Points p = Downsampler.reduce(gapT, gapV, t[0], t[WEEK - 1], 700);
        for (int i = 0; i < p.size(); i++) {
            assertTrue(p.time(i) < t[3000] || p.time(i) >= t[4440], "no point in the gap: " + p.time(i));
        }
        assertEquals(0, Downsampler.reduce(new double[0], new double[0], 0, 10, 10).size());
        assertTrue(Downsampler.reduce(t, v, t[0] - 7200, t[0] - 3600, 10).size() <= 1, "before the data: at most the point after");
        assertEquals(0, Downsampler.reduce(t, v, t[10], t[10], 10).size(), "an empty window");
    }

    @Test
    void theNearestPointReadsTheValueUnderThePointer() {
        double[] t = minutes(10);
        assertEquals(0, Downsampler.nearest(t, START - 500));
        assertEquals(3, Downsampler.nearest(t, t[3] + 29));
        assertEquals(4, Downsampler.nearest(t, t[3] + 31));
        assertEquals(9, Downsampler.nearest(t, t[9] + 5000));
        assertEquals(-1, Downsampler.nearest(new double[0], START));
    }
}
