package com.accountdesk.model;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * A CrateDB Cloud API key as listed (never with its secret). CrateDB Cloud deletes a key after
 * {@link #INACTIVITY_LIMIT} without use, counted from its last use or, if never used, its creation.
 *
 * @param key      the key's public part, also its id in paths
 * @param lastUsed null when the key was never used
 * @param created  null when the server did not say
 */
public record CrateApiKey(String key, String userId, boolean active, Instant lastUsed, Instant created) {
    public static final Duration INACTIVITY_LIMIT = Duration.ofDays(90);
    /** Keys this close to removal are marked so the user can use or replace them in time. */
    public static final Duration REMOVAL_WARNING = Duration.ofDays(14);

    public CrateApiKey {
        Objects.requireNonNull(key, "key");
    }

    /** When the service will delete the key if it stays unused; null when neither time is known. */
    public Instant removalDue() {
        Instant from = lastUsed != null ? lastUsed : created;
        return from == null ? null : from.plus(INACTIVITY_LIMIT);
    }

    /** Whole days (rounded up) until removal, 0 when due; -1 when unknown. */
    public long daysLeft(Instant now) {
        Instant due = removalDue();
        if (due == null) {
            return -1;
        }
        long seconds = Duration.between(now, due).getSeconds();
        return seconds <= 0 ? 0 : (seconds + 86_399) / 86_400;
    }

    /** Whether removal is {@link #REMOVAL_WARNING} or less away. */
    public boolean nearRemoval(Instant now) {
        Instant due = removalDue();
        return due != null && !due.isAfter(now.plus(REMOVAL_WARNING));
    }
}
