package com.accountdesk.ui.common;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** One date format, and a local time only where it says something. */
class TimeFormatsTest {
    private static final Instant WINTER = Instant.parse("2026-11-29T23:56:00Z");
    private static final Instant SUMMER = Instant.parse("2026-07-01T12:00:00Z");

    @Test
    void theLocalLineIsLeftOutWhereTheClockReadsUtc() {
        assertEquals("2026-11-29 23:56 UTC", TimeFormats.utcAndLocal(WINTER, ZoneOffset.UTC));
        assertEquals("2026-11-29 23:56 UTC", TimeFormats.utcAndLocal(WINTER, ZoneId.of("Europe/London")), "London in winter is UTC");
        assertEquals("2026-07-01 12:00 UTC\nlocal 2026-07-01 13:00 BST", TimeFormats.utcAndLocal(SUMMER, ZoneId.of("Europe/London")));
        assertEquals("2026-11-29 23:56 UTC\nlocal 2026-11-30 00:56 CET", TimeFormats.utcAndLocal(WINTER, ZoneId.of("Europe/Berlin")));
        assertFalse(TimeFormats.differsFromUtc(WINTER, ZoneId.of("Etc/UTC")));
        assertTrue(TimeFormats.differsFromUtc(WINTER, ZoneId.of("America/New_York")));
        assertEquals("", TimeFormats.utcAndLocal(null, ZoneOffset.UTC));
    }

    @Test
    void datePickersShowAndReadIsoDates() {
        var dates = TimeFormats.isoDates();
        assertEquals("2026-11-30", dates.toString(LocalDate.of(2026, 11, 30)));
        assertEquals(LocalDate.of(2026, 12, 31), dates.fromString(" 2026-12-31 "));
        assertNull(dates.fromString(""));
        assertEquals("", dates.toString(null));
        assertThrows(DateTimeParseException.class, () -> dates.fromString("11/30/2026"));
    }
}
