package com.accountdesk.model;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/** An ACM API key of the account. Times are instants; ACM keeps them in UTC. */
public record ApiKey(Secret token, Instant created, Instant expires) {
    public ApiKey {
        Objects.requireNonNull(token, "token");
        Objects.requireNonNull(expires, "expires");
    }

    public boolean isExpired(Instant now) {
        return !expires.isAfter(now);
    }

    /** Still valid, but not for longer than {@code window}. */
    public boolean expiresWithin(Duration window, Instant now) {
        return !isExpired(now) && expires.isBefore(now.plus(window));
    }

    public ApiKey withExpires(Instant newExpiry) {
        return new ApiKey(token, created, newExpiry);
    }
}
