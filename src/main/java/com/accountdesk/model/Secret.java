package com.accountdesk.model;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Objects;

/**
 * A key, token, secret or password. Its value comes out only through {@link #reveal()}, so a secret
 * that ends up in a log line, an exception message or a debugger's toString shows as a mask.
 */
public final class Secret {
    private final String value;

    private Secret(String value) {
        this.value = Objects.requireNonNull(value, "value");
    }

    public static Secret of(String value) {
        return new Secret(value);
    }

    /** The real value: for the wire, the clipboard and the keyring only. */
    public String reveal() {
        return value;
    }

    public boolean isEmpty() {
        return value.isEmpty();
    }

    public int length() {
        return value.length();
    }

    /** The first few characters and an ellipsis: enough to tell keys apart, too little to use one. */
    public String masked() {
        int shown = Math.min(6, value.length() / 4);
        return value.substring(0, shown) + "…";
    }

    @Override
    public boolean equals(Object o) {
        // Constant-time, so comparing a typed key with a stored one leaks nothing through timing.
        return o instanceof Secret other && MessageDigest.isEqual(
                value.getBytes(StandardCharsets.UTF_8), other.value.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    @Override
    public String toString() {
        return "Secret[" + masked() + "]";
    }
}
