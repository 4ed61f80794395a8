package com.accountdesk.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/** Looks for secret values in text, exceptions and files. */
public final class SecretScan {
    private SecretScan() {
    }

    public static void assertNoneIn(String where, String text, Collection<String> secrets) {
        for (String s : secrets) {
            if (text.contains(s)) {
                int at = text.indexOf(s);
                // Where it was, with the secret itself masked, so the failure can be traced.
                System.err.println("secret found in " + where + ": …" + text.substring(Math.max(0, at - 300), at) + "<SECRET>");
                fail("a secret (" + s.substring(0, Math.min(4, s.length())) + "…) appears in " + where);
            }
        }
    }

    /** The message, toString and causes of a failure, as a log or an error dialog could show them. */
    public static String describe(Throwable t) {
        StringBuilder s = new StringBuilder();
        for (Throwable c = t; c != null; c = c.getCause()) {
            s.append(c).append('\n').append(c.getMessage()).append('\n').append(c.getLocalizedMessage()).append('\n');
        }
        return s.toString();
    }

    /**
     * Checks every file under {@code dir} (as bytes, so binary files count too) except the ones
     * {@code allowed} accepts; returns the files scanned.
     */
    public static List<Path> assertNoneInFiles(Path dir, Collection<String> secrets, Predicate<Path> allowed) throws IOException {
        List<Path> scanned = new ArrayList<>();
        if (!Files.isDirectory(dir)) {
            return scanned;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                if (allowed.test(f)) {
                    continue;
                }
                assertNoneIn("file " + dir.relativize(f), new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1), secrets);
                scanned.add(f);
            }
        }
        return scanned;
    }

    public static void assertAllNonEmpty(Collection<String> secrets) {
        assertTrue(secrets.stream().allMatch(s -> s != null && s.length() >= 8), "every secret is a real value");
    }
}
