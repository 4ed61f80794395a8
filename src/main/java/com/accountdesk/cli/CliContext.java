package com.accountdesk.cli;

import com.accountdesk.api.HttpTransport;
import com.accountdesk.session.Accounts;
import com.accountdesk.app.AppDirs;
import com.accountdesk.io.Settings;
import com.accountdesk.credentials.ProfileStore;
import com.accountdesk.credentials.SecretStore;
import com.accountdesk.credentials.SecretStoreOnFirstUse;
import com.accountdesk.credentials.SecretStores;

import java.io.Console;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.BooleanSupplier;

/**
 * What a command runs with: its streams, where the saved accounts are, the environment, the clock.
 * Tests give their own streams and a temporary folder.
 *
 * @param console the terminal to read a secret from without echo when standard input is one; null otherwise
 * @param stdinIsTerminal whether standard input is a terminal (asked only when there is no console: then
 *                        standard output is not one, and a key typed would be echoed)
 * @param env     the environment ({@code ACCOUNTDESK_ENDPOINT} names the default ACM endpoint)
 */
public record CliContext(InputStream in, PrintStream out, PrintStream err, Console console, BooleanSupplier stdinIsTerminal, AppDirs dirs,
                         Map<String, String> env, HttpTransport http, Clock clock) {
    public CliContext {
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(out, "out");
        Objects.requireNonNull(err, "err");
        Objects.requireNonNull(stdinIsTerminal, "stdinIsTerminal");
        Objects.requireNonNull(dirs, "dirs");
        env = Map.copyOf(env);
        Objects.requireNonNull(http, "http");
        Objects.requireNonNull(clock, "clock");
    }

    /** This process's streams, terminal, folders and environment. */
    public static CliContext ofThisProcess() {
        return new CliContext(System.in, System.out, System.err, System.console(), CliContext::stdinIsATerminal, AppDirs.current(), System.getenv(),
                new HttpTransport(), Clock.systemUTC());
    }

    /**
     * Whether this process's standard input is a terminal: on Linux what /proc says it is; elsewhere
     * (macOS, BSD) what {@code test -t 0} says of it, inherited; false where neither can tell (Windows).
     */
    static boolean stdinIsATerminal() {
        Path fd0 = Path.of("/proc/self/fd/0");
        try {
            if (Files.exists(fd0)) {
                String target = Files.readSymbolicLink(fd0).toString();
                return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty") || target.equals("/dev/console");
            }
            if (System.getProperty("os.name", "").toLowerCase(Locale.ROOT).contains("win")) {
                return false;
            }
            Process test = new ProcessBuilder("sh", "-c", "test -t 0").redirectInput(ProcessBuilder.Redirect.INHERIT).start();
            return test.waitFor() == 0;
        } catch (IOException | UnsupportedOperationException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** The saved accounts as the app keeps them: the same profile file, secret store and settings. */
    public Accounts accounts() {
        return accounts(secrets());
    }

    /** The saved accounts, with their secrets in {@code secrets}. */
    public Accounts accounts(SecretStore secrets) {
        return new Accounts(http, new ProfileStore(dirs.profilesFile()), secrets, new Settings(dirs.settingsFile()),
                env.get("ACCOUNTDESK_ENDPOINT"));
    }

    /** The app's settings file (the disk levels the user set, for instance). */
    public Settings settings() {
        return new Settings(dirs.settingsFile());
    }

    /**
     * Where saved secrets are: the OS keyring, else the user-only file beside the settings (as in the
     * app), chosen when a secret is first read or written: a {@code status} with nothing to read never
     * probes the keyring (which loads JNA and D-Bus).
     */
    public SecretStore secrets() {
        return new SecretStoreOnFirstUse(() -> SecretStores.open(dirs.config(), env));
    }
}
