package com.accountdesk.ui.common;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** How times are shown: ACM keeps them in UTC, people read them in their own zone; show both. */
public final class TimeFormats {
    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm z");

    private TimeFormats() {
    }

    /** "2023-12-28 21:59 UTC", or "" for null. */
    public static String utc(Instant instant) {
        return instant == null ? "" : UTC.format(instant) + " UTC";
    }

    /** The same instant in the given zone, e.g. "2023-12-28 22:59 CET". */
    public static String local(Instant instant, ZoneId zone) {
        return instant == null ? "" : LOCAL.format(instant.atZone(zone));
    }

    public static String local(Instant instant) {
        return local(instant, ZoneId.systemDefault());
    }

    /** A time left, rounded to what matters: "25 min", "2 h" (under two days), "3 d"; "0 min" when none is. */
    public static String timeLeft(Duration left) {
        long minutes = Math.max(0, (left.getSeconds() + 59) / 60);
        if (minutes < 60) {
            return minutes + " min";
        }
        if (minutes < 48 * 60) {
            return Math.round(minutes / 60.0) + " h";
        }
        return Math.round(minutes / 1440.0) + " d";
    }
}
