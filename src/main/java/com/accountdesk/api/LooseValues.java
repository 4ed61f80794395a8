package com.accountdesk.api;

import com.accountdesk.model.DisplayText;
import com.fasterxml.jackson.databind.JsonNode;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/**
 * Reads the loosely typed values cloud APIs return: ids as "176" or 176, flags as "1", 1 or true,
 * times in several formats. Every reader returns a fallback instead of throwing on a wrong type;
 * {@link #requireText} is for the fields without which an answer makes no sense.
 */
public final class LooseValues {
    /** How ACM writes times: UTC, no zone mark. */
    public static final DateTimeFormatter ACM_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private LooseValues() {
    }

    public static String text(JsonNode node, String field) {
        JsonNode v = node == null ? null : node.get(field);
        if (v == null || v.isNull() || v.isContainerNode()) {
            return null;
        }
        return v.asText();
    }

    public static String text(JsonNode node, String field, String fallback) {
        String v = text(node, field);
        return v == null ? fallback : v;
    }

    /** A text field to show the user (a name, an e-mail, a status): {@link DisplayText#neutralise}d. */
    public static String label(JsonNode node, String field, String fallback) {
        String v = text(node, field);
        return v == null ? fallback : DisplayText.neutralise(v);
    }

    public static String requireText(JsonNode node, String field) throws ApiException {
        String v = text(node, field);
        if (v == null || v.isEmpty()) {
            throw new ApiException(ApiException.Kind.BAD_RESPONSE, "the answer has no '" + field + "'");
        }
        return v;
    }

    public static int integer(JsonNode node, String field, int fallback) {
        JsonNode v = node == null ? null : node.get(field);
        if (v == null || v.isNull()) {
            return fallback;
        }
        if (v.isNumber()) {
            return v.asInt();
        }
        try {
            return Integer.parseInt(v.asText().trim());
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    public static boolean flag(JsonNode node, String field, boolean fallback) {
        JsonNode v = node == null ? null : node.get(field);
        if (v == null || v.isNull()) {
            return fallback;
        }
        if (v.isBoolean()) {
            return v.asBoolean();
        }
        if (v.isNumber()) {
            return v.asInt() != 0;
        }
        String s = v.asText().trim().toLowerCase();
        return switch (s) {
            case "1", "true", "yes", "on" -> true;
            case "0", "false", "no", "off", "" -> false;
            default -> fallback;
        };
    }

    /**
     * A time as ACM ("2023-12-28 21:59:00", UTC), ISO-8601 with or without zone, or epoch
     * seconds. Null when absent or unreadable.
     */
    public static Instant time(JsonNode node, String field) {
        JsonNode v = node == null ? null : node.get(field);
        if (v == null || v.isNull() || v.isContainerNode()) {
            return null;
        }
        if (v.isNumber()) {
            long n = v.asLong();
            try {
                // Milliseconds once the value is past the year 33658 in seconds.
                return n > 1_000_000_000_000L ? Instant.ofEpochMilli(n) : Instant.ofEpochSecond(n);
            } catch (DateTimeException outOfRange) {
                return null; // e.g. -9223372036854775808: unreadable, like any other junk
            }
        }
        return parseTime(v.asText());
    }

    public static Instant parseTime(String s) {
        if (s == null) {
            return null;
        }
        String t = s.trim();
        if (t.isEmpty()) {
            return null;
        }
        try {
            return LocalDateTime.parse(t, ACM_TIME).toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException ignored) {
            // try the next format
        }
        try {
            return OffsetDateTime.parse(t).toInstant();
        } catch (DateTimeParseException ignored) {
            // try the next format
        }
        try {
            return LocalDateTime.parse(t).toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException ignored) {
            return null;
        }
    }

    public static String formatAcmTime(Instant instant) {
        return ACM_TIME.format(instant.atOffset(ZoneOffset.UTC));
    }
}
