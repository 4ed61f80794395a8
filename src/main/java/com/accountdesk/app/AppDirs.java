package com.accountdesk.app;

import com.accountdesk.credentials.ProfileStore;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * Where the app keeps its files, as the platform says: on Linux {@code $XDG_DATA_HOME/account-desk}
 * and {@code $XDG_CONFIG_HOME/account-desk} (else {@code ~/.local/share}, {@code ~/.config}); on
 * macOS {@code ~/Library/Application Support/Account Desk}; on Windows {@code %APPDATA%\Account Desk}.
 * {@code -Daccountdesk.home=DIR} moves all of them under DIR (the test suite uses it).
 *
 * @param data   per-user data: the sandbox's state
 * @param config per-user configuration: settings, saved accounts and, where no keyring exists, the user-only credential file
 */
public record AppDirs(Path data, Path config) {
    public static final String SETTINGS_FILE = "settings.properties";

    public AppDirs {
        Objects.requireNonNull(data, "data");
        Objects.requireNonNull(config, "config");
    }

    /** The folders of this process: its OS, environment and {@code accountdesk.home}. */
    public static AppDirs current() {
        return resolve(System.getProperty("os.name", ""), System.getenv(), System.getProperty("accountdesk.home"),
                Path.of(System.getProperty("user.home")));
    }

    /** Everything under one folder ({@code root/data}, {@code root/config}). */
    public static AppDirs under(Path root) {
        return new AppDirs(root.resolve("data"), root.resolve("config"));
    }

    /**
     * @param homeOverride the value of {@code accountdesk.home}, or null
     */
    static AppDirs resolve(String osName, Map<String, String> env, String homeOverride, Path userHome) {
        if (homeOverride != null && !homeOverride.isBlank()) {
            return under(Path.of(homeOverride));
        }
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.contains("win")) {
            String appData = env.get("APPDATA");
            Path dir = (appData != null && !appData.isBlank() ? Path.of(appData) : userHome).resolve("Account Desk");
            return new AppDirs(dir, dir);
        }
        if (os.contains("mac")) {
            Path dir = userHome.resolve("Library/Application Support/Account Desk");
            return new AppDirs(dir, dir);
        }
        return new AppDirs(xdg(env::get, "XDG_DATA_HOME", userHome.resolve(".local/share")).resolve("account-desk"),
                xdg(env::get, "XDG_CONFIG_HOME", userHome.resolve(".config")).resolve("account-desk"));
    }

    /** The XDG spec: a variable that is unset, empty or not an absolute path is ignored. */
    private static Path xdg(Function<String, String> env, String name, Path fallback) {
        String value = env.apply(name);
        if (value == null || value.isBlank()) {
            return fallback;
        }
        Path path = Path.of(value);
        return path.isAbsolute() ? path : fallback;
    }

    public Path settingsFile() {
        return config.resolve(SETTINGS_FILE);
    }

    /** The saved accounts (never a secret). */
    public Path profilesFile() {
        return config.resolve(ProfileStore.FILE_NAME);
    }

    public Path sandboxState() {
        return data.resolve("sandbox-state.json");
    }

    /** Per-user data of this process: the sandbox's state. */
    public static Path dataDir() {
        return current().data();
    }

    /** Per-user configuration of this process. */
    public static Path configDir() {
        return current().config();
    }

    public static Path sandboxStateFile() {
        return current().sandboxState();
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
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.contains("win")) {
            String localAppData = env.apply("LOCALAPPDATA");
            return (localAppData != null ? Path.of(localAppData) : home).resolve("Account Desk").resolve("logs");
        }
        if (os.contains("mac")) {
            return home.resolve("Library").resolve("Logs").resolve("Account Desk");
        }
        return xdg(env, "XDG_STATE_HOME", home.resolve(".local").resolve("state")).resolve("account-desk").resolve("logs");
    }
}
