package com.accountdesk.model;

import java.util.Locale;

/**
 * How full a cluster's disk is: the fullest node's used bytes over the size a node has. The levels
 * (amber, red) are fractions the user may set; 75 % and 90 % unless told.
 */
public record DiskUsage(long usedBytes, long sizeBytes) {
    public static final double DEFAULT_AMBER = 0.75;
    public static final double DEFAULT_RED = 0.90;
    private static final double GIB = 1024.0 * 1024 * 1024;

    public enum Level { OK, AMBER, RED }

    /** Used over size, 0 when the size is unknown. */
    public double fraction() {
        return sizeBytes <= 0 ? 0 : Math.min(1, Math.max(0, usedBytes / (double) sizeBytes));
    }

    /** Whole percent, rounded down so 89.9 % never reads 90 %. */
    public int percent() {
        return (int) Math.floor(fraction() * 100 + 1e-9);
    }

    public Level level(double amber, double red) {
        double f = fraction();
        return f >= red ? Level.RED : f >= amber ? Level.AMBER : Level.OK;
    }

    /** Bytes as people read a disk: "512 GiB", "1.5 TiB", "820 MiB". */
    public static String size(long bytes) {
        double gib = bytes / GIB;
        if (gib >= 1024) {
            return trim(gib / 1024) + " TiB";
        }
        if (gib >= 1) {
            return trim(gib) + " GiB";
        }
        return trim(bytes / (1024.0 * 1024)) + " MiB";
    }

    private static String trim(double v) {
        return v >= 100 || v == Math.rint(v) ? String.valueOf(Math.round(v)) : String.format(Locale.ROOT, "%.1f", v);
    }
}
