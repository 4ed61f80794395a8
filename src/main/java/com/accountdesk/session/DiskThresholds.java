package com.accountdesk.session;

import com.accountdesk.io.Settings;
import com.accountdesk.model.DiskUsage;

/**
 * The user's disk levels for CrateDB clusters: the gauge turns amber at the first and red at the
 * second, and at red the reminder and {@code account-desk status} (unless {@code --disk-full} says
 * otherwise) report the cluster. Here, below the UI, the composition root and the command line,
 * because all of them read it. Whole percents, 1 to 99, amber below red; a saved pair that breaks
 * the rule (edited by hand) counts as unset.
 */
public final class DiskThresholds {
    public static final String AMBER_SETTING = "disk.amberPercent";
    public static final String RED_SETTING = "disk.redPercent";
    public static final int MIN_PERCENT = 1;
    public static final int MAX_PERCENT = 99;
    public static final Levels DEFAULT = new Levels((int) Math.round(DiskUsage.DEFAULT_AMBER * 100),
            (int) Math.round(DiskUsage.DEFAULT_RED * 100));

    /** What is wrong with a pair. */
    public enum Problem { AMBER_OUT_OF_RANGE, RED_OUT_OF_RANGE, AMBER_NOT_BELOW_RED }

    /** Amber and red in whole percent. */
    public record Levels(int amberPercent, int redPercent) {
        public double amber() {
            return amberPercent / 100.0;
        }

        public double red() {
            return redPercent / 100.0;
        }
    }

    private DiskThresholds() {
    }

    /** What is wrong with amber and red as a setting, or null when they may be saved. */
    public static Problem problem(int amberPercent, int redPercent) {
        if (amberPercent < MIN_PERCENT || amberPercent > MAX_PERCENT) {
            return Problem.AMBER_OUT_OF_RANGE;
        }
        if (redPercent < MIN_PERCENT || redPercent > MAX_PERCENT) {
            return Problem.RED_OUT_OF_RANGE;
        }
        return amberPercent < redPercent ? null : Problem.AMBER_NOT_BELOW_RED;
    }

    /** The levels the user has set, else {@link #DEFAULT}. */
    public static Levels of(Settings settings) {
        int amber = settings.getInt(AMBER_SETTING, DEFAULT.amberPercent());
        int red = settings.getInt(RED_SETTING, DEFAULT.redPercent());
        return problem(amber, red) == null ? new Levels(amber, red) : DEFAULT;
    }

    /** Saves both at once (one write), if they may be saved; true if they were. */
    public static boolean save(Settings settings, int amberPercent, int redPercent) {
        if (problem(amberPercent, redPercent) != null) {
            return false;
        }
        settings.putAll(java.util.Map.of(AMBER_SETTING, amberPercent, RED_SETTING, redPercent));
        return true;
    }
}
