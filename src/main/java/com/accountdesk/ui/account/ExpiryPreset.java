package com.accountdesk.ui.account;

import java.time.Duration;
import java.time.Instant;

/** Expiry choices offered for a key; {@link #CUSTOM} takes a date and time from the picker. */
public enum ExpiryPreset {
    ONE_HOUR("1 hour", Duration.ofHours(1)),
    ONE_DAY("24 hours", Duration.ofHours(24)),
    ONE_WEEK("7 days", Duration.ofDays(7)),
    THIRTY_DAYS("30 days", Duration.ofDays(30)),
    CUSTOM("Custom date and time", null);

    /** ACM's own default for a new key. */
    public static final ExpiryPreset DEFAULT = ONE_DAY;

    private final String label;
    private final Duration length;

    ExpiryPreset(String label, Duration length) {
        this.label = label;
        this.length = length;
    }

    /** The expiry this preset gives at {@code now}; null for {@link #CUSTOM}. */
    public Instant from(Instant now) {
        return length == null ? null : now.plus(length);
    }

    /** Why a key cannot be given this expiry at {@code now}, or null when it can. */
    public static String problem(Instant expires, Instant now) {
        if (expires == null) {
            return "Choose a date and time for the key to expire.";
        }
        if (!expires.isAfter(now)) {
            return "That time has already passed: a key must expire in the future. Pick a later date or time.";
        }
        return null;
    }

    @Override
    public String toString() {
        return label;
    }
}
