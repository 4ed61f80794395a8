package com.accountdesk.app;

import java.nio.file.Path;
import java.util.function.Function;

/** Where the app keeps its files. {@code -Daccountdesk.home=DIR} moves all of them (tests use it). */
public final class AppDirs {
    private AppDirs() {
    }

    /** Per-user data: the sandbox's state, settings. */
    public static Path dataDir() {
        String override = System.getProperty("accountdesk.home");
        if (override != null && !override.isBlank()) {
            return Path.of(override).resolve("data");
        }
        String os = System.getProperty("os.name", "").toLowerCase();
        Path home = Path.of(System.getProperty("user.home"));
        if (os.contains("win")) {
            String appData = System.getenv("APPDATA");
            return (appData != null ? Path.of(appData) : home).resolve("Account Desk");
        }
        if (os.contains("mac")) {
            return home.resolve("Library/Application Support/Account Desk");
        }
        String xdg = System.getenv("XDG_DATA_HOME");
        return (xdg != null && !xdg.isBlank() ? Path.of(xdg) : home.resolve(".local/share")).resolve("account-desk");
    }

    /** Per-user configuration: settings and, where no keyring exists, the user-only credential file. */
    public static Path configDir() {
        String override = System.getProperty("accountdesk.home");
        if (override != null && !override.isBlank()) {
            return Path.of(override).resolve("config");
        }
        String os = System.getProperty("os.name", "").toLowerCase();
        if (os.contains("win") || os.contains("mac")) {
            return dataDir();
        }
        String xdg = System.getenv("XDG_CONFIG_HOME");
        Path home = Path.of(System.getProperty("user.home"));
        return (xdg != null && !xdg.isBlank() ? Path.of(xdg) : home.resolve(".config")).resolve("account-desk");
    }

    /**
     * The log files: the platform's place for them ($XDG_STATE_HOME or ~/.local/state on Linux,
     * ~/Library/Logs on macOS, %LOCALAPPDATA% on Windows).
     */
    public static Path logDir() {
        String override = System.getProperty("accountdesk.home");
        if (override != null && !override.isBlank()) {
            return Path.of(override).resolve("logs");
        }
        return logDir(System.getProperty("os.name", ""), Path.of(System.getProperty("user.home")), System::getenv);
    }

    static Path logDir(String osName, Path home, Function<String, String> env) {
        String os = osName.toLowerCase();
        if (os.contains("win")) {
            String localAppData = env.apply("LOCALAPPDATA");
            return (localAppData != null ? Path.of(localAppData) : home).resolve("Account Desk").resolve("logs");
        }
        if (os.contains("mac")) {
            return home.resolve("Library").resolve("Logs").resolve("Account Desk");
        }
        String xdg = env.apply("XDG_STATE_HOME");
        return (xdg != null && !xdg.isBlank() ? Path.of(xdg) : home.resolve(".local").resolve("state"))
                .resolve("account-desk").resolve("logs");
    }

    public static Path sandboxStateFile() {
        return dataDir().resolve("sandbox-state.json");
    }
}
