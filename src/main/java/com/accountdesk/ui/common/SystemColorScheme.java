package com.accountdesk.ui.common;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Reads whether the operating system prefers a dark appearance. Runs small system commands, so
 * call it off the FX thread; every command has a short timeout, and "don't know" is an answer.
 */
public final class SystemColorScheme {
    private static final Logger LOG = Logger.getLogger(SystemColorScheme.class.getName());
    static final Duration COMMAND_TIMEOUT = Duration.ofMillis(1500);

    /** Runs a command and gives its standard output, or empty when it fails, exits non-zero or times out. */
    @FunctionalInterface
    public interface CommandRunner {
        Optional<String> run(List<String> command, Duration timeout);
    }

    private final String osName;
    private final Map<String, String> env;
    private final Path home;
    private final CommandRunner runner;

    public SystemColorScheme(String osName, Map<String, String> env, Path home, CommandRunner runner) {
        this.osName = osName == null ? "" : osName.toLowerCase(Locale.ROOT);
        this.env = env;
        this.home = home;
        this.runner = runner;
    }

    /** For this computer. */
    public static SystemColorScheme ofThisComputer() {
        return new SystemColorScheme(System.getProperty("os.name"), System.getenv(),
                Path.of(System.getProperty("user.home")), SystemColorScheme::runCommand);
    }

    /** True for dark, false for light, empty when the system does not say. */
    public Optional<Boolean> prefersDark() {
        try {
            if (osName.contains("mac")) {
                return macOs();
            }
            if (osName.contains("win")) {
                return windows();
            }
            return linux();
        } catch (RuntimeException e) {
            LOG.log(Level.FINE, "could not read the system colour scheme", e);
            return Optional.empty();
        }
    }

    private Optional<Boolean> macOs() {
        // The key exists (value "Dark") only in dark mode; the command fails in light mode.
        Optional<String> style = runner.run(List.of("defaults", "read", "-g", "AppleInterfaceStyle"), COMMAND_TIMEOUT);
        return Optional.of(style.map(s -> s.trim().equalsIgnoreCase("dark")).orElse(false));
    }

    private Optional<Boolean> windows() {
        return runner.run(List.of("reg", "query", "HKCU\\Software\\Microsoft\\Windows\\CurrentVersion\\Themes\\Personalize",
                        "/v", "AppsUseLightTheme"), COMMAND_TIMEOUT)
                .flatMap(SystemColorScheme::parseWindowsLightTheme);
    }

    /** "AppsUseLightTheme    REG_DWORD    0x0" means dark. */
    static Optional<Boolean> parseWindowsLightTheme(String output) {
        for (String line : output.split("\\R")) {
            if (line.contains("AppsUseLightTheme")) {
                String[] parts = line.trim().split("\\s+");
                String value = parts[parts.length - 1];
                if (value.equalsIgnoreCase("0x0")) {
                    return Optional.of(true);
                }
                if (value.equalsIgnoreCase("0x1")) {
                    return Optional.of(false);
                }
            }
        }
        return Optional.empty();
    }

    private Optional<Boolean> linux() {
        // GNOME 42+ (and others following the freedesktop setting through gsettings).
        Optional<String> scheme = runner.run(List.of("gsettings", "get", "org.gnome.desktop.interface", "color-scheme"), COMMAND_TIMEOUT);
        if (scheme.isPresent()) {
            String value = scheme.get().trim().replace("'", "");
            if (value.equals("prefer-dark")) {
                return Optional.of(true);
            }
            if (value.equals("prefer-light")) {
                return Optional.of(false);
            }
        }
        String gtkThemeEnv = env.getOrDefault("GTK_THEME", "");
        if (!gtkThemeEnv.isBlank()) {
            return Optional.of(namesDark(gtkThemeEnv));
        }
        Optional<Boolean> kde = kdeColorScheme();
        if (kde.isPresent()) {
            return kde;
        }
        Optional<String> gtkTheme = runner.run(List.of("gsettings", "get", "org.gnome.desktop.interface", "gtk-theme"), COMMAND_TIMEOUT);
        if (gtkTheme.isPresent() && !gtkTheme.get().isBlank()) {
            return Optional.of(namesDark(gtkTheme.get()));
        }
        return scheme.isPresent() ? Optional.of(false) : Optional.empty();
    }

    /** KDE Plasma names its colour scheme in kdeglobals, e.g. "ColorScheme=BreezeDark". */
    private Optional<Boolean> kdeColorScheme() {
        String configHome = env.getOrDefault("XDG_CONFIG_HOME", "");
        Path file = (configHome.isBlank() ? home.resolve(".config") : Path.of(configHome)).resolve("kdeglobals");
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                if (line.startsWith("ColorScheme=")) {
                    return Optional.of(namesDark(line.substring("ColorScheme=".length())));
                }
            }
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.FINE, "kdeglobals is unreadable", e);
        }
        return Optional.empty();
    }

    static boolean namesDark(String themeName) {
        return themeName.toLowerCase(Locale.ROOT).contains("dark");
    }

    /** Runs a command with a time limit; output only on exit code 0. */
    static Optional<String> runCommand(List<String> command, Duration timeout) {
        Process process;
        try {
            process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        } catch (IOException e) {
            return Optional.empty(); // not installed here
        }
        try (InputStream out = process.getInputStream()) {
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly();
                LOG.fine(() -> command.get(0) + " did not answer within " + timeout.toMillis() + " ms");
                return Optional.empty();
            }
            String text = new String(out.readAllBytes(), StandardCharsets.UTF_8);
            return process.exitValue() == 0 ? Optional.of(text) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }
}
