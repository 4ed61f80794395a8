package com.accountdesk.model;

import java.security.SecureRandom;

/** A generated password for a ClickHouse user: 24 characters of letters, digits and a few symbols, each class present. */
public final class StrongPassword {
    public static final int LENGTH = 24;
    private static final String LOWER = "abcdefghijkmnopqrstuvwxyz";
    private static final String UPPER = "ABCDEFGHJKLMNPQRSTUVWXYZ";
    private static final String DIGITS = "23456789";
    /** Symbols that need no quoting in a shell's single quotes or a URL's user part. */
    private static final String SYMBOLS = "-_.~";
    private static final String ALL = LOWER + UPPER + DIGITS + SYMBOLS;

    private StrongPassword() {
    }

    public static Secret generate(SecureRandom random) {
        char[] out = new char[LENGTH];
        String[] classes = {LOWER, UPPER, DIGITS, SYMBOLS};
        for (int i = 0; i < LENGTH; i++) {
            String from = i < classes.length ? classes[i] : ALL;
            out[i] = from.charAt(random.nextInt(from.length()));
        }
        for (int i = LENGTH - 1; i > 0; i--) { // shuffled, so the classes are not always first
            int j = random.nextInt(i + 1);
            char t = out[i];
            out[i] = out[j];
            out[j] = t;
        }
        return Secret.of(new String(out));
    }
}
