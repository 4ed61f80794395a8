package com.accountdesk.ui.account;

import com.accountdesk.ui.common.Texts;

import java.time.Duration;
import java.time.Instant;

/** Expiry choices offered for a key; {@link #CUSTOM} takes a date and time from the picker. */
public enum ExpiryPreset {
    ONE_HOUR(Duration.ofHours(1)),
    ONE_DAY(Duration.ofHours(24)),
    ONE_WEEK(Duration.ofDays(7)),
    THIRTY_DAYS(Duration.ofDays(30)),
    CUSTOM(null);

    /** ACM's own default for a new key. */
    public static final ExpiryPreset DEFAULT = ONE_DAY;

    private final Duration length;

    ExpiryPreset(Duration length) {
        this.length = length;
    }

    /** The expiry this preset gives at {@code now}; null for {@link #CUSTOM}. */
    public Instant from(Instant now) {
        return length == null ? null : now.plus(length);
    }

    /** Why a key cannot be given this expiry at {@code now}, or null when it can. */
    public static String problem(Instant expires, Instant now) {
        if (expires == null) {
            return Texts.get("account.expiry.missing");
        }
        if (!expires.isAfter(now)) {
            return Texts.get("account.expiry.past");
        }
        return null;
    }

    @Override
    public String toString() {
        return switch (this) {
            case ONE_HOUR -> Texts.get("account.expiry.hour");
            case ONE_DAY -> Texts.get("account.expiry.day");
            case ONE_WEEK -> Texts.get("account.expiry.week");
            case THIRTY_DAYS -> Texts.get("account.expiry.month");
            case CUSTOM -> Texts.get("account.expiry.custom");
        };
    }
}
