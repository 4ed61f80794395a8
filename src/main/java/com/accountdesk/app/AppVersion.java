package com.accountdesk.app;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * The app's name and version. The version is the pom's, written into {@code version.properties} by
 * Maven, so it is the same from a jar, a package or {@code mvn javafx:run}; the jar's manifest
 * (Implementation-Version) and the packages' version come from the same pom entry.
 */
public final class AppVersion {
    public static final String NAME = "Account Desk";

    private AppVersion() {
    }

    /** e.g. {@code 1.0.0}. */
    public static String current() {
        Properties properties = new Properties();
        try (InputStream in = AppVersion.class.getResourceAsStream("version.properties")) {
            if (in == null) {
                throw new IllegalStateException("version.properties is missing from the build");
            }
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties.getProperty("version");
    }

    /** What {@code --version} prints and About shows: {@code Account Desk 1.0.0}. */
    public static String line() {
        return NAME + " " + current();
    }
}
