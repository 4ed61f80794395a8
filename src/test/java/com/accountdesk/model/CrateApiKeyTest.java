package com.accountdesk.model;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The 90-day inactivity rule, counted from last use or, for a never-used key, from creation. */
class CrateApiKeyTest {
    private static final Instant NOW = Instant.parse("2025-06-01T12:00:00Z");

    private static CrateApiKey key(Duration sinceUse, Duration sinceCreation) {
        return new CrateApiKey("k", "u", true, sinceUse == null ? null : NOW.minus(sinceUse),
                sinceCreation == null ? null : NOW.minus(sinceCreation));
    }

    @Test
    void countsFromLastUse() {
        CrateApiKey usedJustNow = key(Duration.ZERO, Duration.ofDays(200));
        assertEquals(90, usedJustNow.daysLeft(NOW));
        assertFalse(usedJustNow.nearRemoval(NOW));
        assertEquals(NOW.plus(Duration.ofDays(90)), usedJustNow.removalDue());

        CrateApiKey usedLongAgo = key(Duration.ofDays(80), Duration.ofDays(200));
        assertEquals(10, usedLongAgo.daysLeft(NOW));
        assertTrue(usedLongAgo.nearRemoval(NOW));
    }

    @Test
    void neverUsedCountsFromCreation() {
        assertEquals(5, key(null, Duration.ofDays(85)).daysLeft(NOW));
        assertEquals(60, key(null, Duration.ofDays(30)).daysLeft(NOW));
        assertEquals(0, key(null, Duration.ofDays(100)).daysLeft(NOW));
        assertTrue(key(null, Duration.ofDays(100)).nearRemoval(NOW));
    }

    @Test
    void warningStartsAtFourteenDays() {
        assertFalse(key(Duration.ofDays(76).minusSeconds(1), null).nearRemoval(NOW));
        assertEquals(15, key(Duration.ofDays(76).minusSeconds(1), null).daysLeft(NOW));
        assertTrue(key(Duration.ofDays(76), null).nearRemoval(NOW));
        assertEquals(14, key(Duration.ofDays(76), null).daysLeft(NOW));
        // Part of a day counts as a day: removal is "in 1 day" until it is due.
        assertEquals(1, key(Duration.ofDays(90).minusSeconds(30), null).daysLeft(NOW));
    }

    @Test
    void unknownTimesGiveNoCountdown() {
        CrateApiKey unknown = key(null, null);
        assertNull(unknown.removalDue());
        assertEquals(-1, unknown.daysLeft(NOW));
        assertFalse(unknown.nearRemoval(NOW));
    }
}
