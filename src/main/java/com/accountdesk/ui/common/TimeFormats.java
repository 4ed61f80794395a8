package com.accountdesk.ui.common;

import javafx.util.StringConverter;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * How times are shown: ACM keeps them in UTC, people read them in their own zone; show both, but
 * the local time only where it differs from UTC. Dates are ISO (2026-11-30) everywhere, pickers too.
 */
public final class TimeFormats {
    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm z");

    private TimeFormats() {
    }

    /** "2023-12-28 21:59 UTC", or "" for null. */
    public static String utc(Instant instant) {
        return instant == null ? "" : UTC.format(instant) + " UTC";
    }

    /** The UTC day of {@code instant}, e.g. "2023-12-28"; "" for none. */
    public static String utcDate(Instant instant) {
        return instant == null ? "" : DateTimeFormatter.ISO_LOCAL_DATE.format(instant.atOffset(ZoneOffset.UTC));
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
            return Texts.get("common.time.minutes", minutes);
        }
        if (minutes < 48 * 60) {
            return Texts.get("common.time.hours", Math.round(minutes / 60.0));
        }
        return Texts.get("common.time.days", Math.round(minutes / 1440.0));
    }

    /** Whether the zone's clock reads differently from UTC at that instant (London in summer does, in winter not). */
    public static boolean differsFromUtc(Instant instant, ZoneId zone) {
        return instant != null && !zone.getRules().getOffset(instant).equals(ZoneOffset.UTC);
    }

    /** UTC, and below it the local time when that differs: a table cell's text. */
    public static String utcAndLocal(Instant instant, ZoneId zone) {
        if (instant == null) {
            return "";
        }
        return differsFromUtc(instant, zone) ? Texts.get("common.time.utcAndLocal", utc(instant), local(instant, zone)) : utc(instant);
    }

    /** Dates as ISO (yyyy-MM-dd), for date pickers: the format every other date in the app has. */
    public static StringConverter<LocalDate> isoDates() {
        return new StringConverter<>() {
            @Override
            public String toString(LocalDate date) {
                return date == null ? "" : DateTimeFormatter.ISO_LOCAL_DATE.format(date);
            }

            @Override
            public LocalDate fromString(String text) {
                if (text == null || text.isBlank()) {
                    return null;
                }
                // Unreadable text throws DateTimeParseException, as JavaFX's own converter does: the picker keeps its date.
                return LocalDate.parse(text.trim(), DateTimeFormatter.ISO_LOCAL_DATE);
            }
        };
    }
}
