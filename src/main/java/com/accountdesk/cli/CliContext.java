package com.accountdesk.cli;

import com.accountdesk.api.HttpTransport;
import com.accountdesk.session.Accounts;
import com.accountdesk.app.AppDirs;
import com.accountdesk.io.Settings;
import com.accountdesk.credentials.ProfileStore;
import com.accountdesk.credentials.SecretStore;
import com.accountdesk.credentials.SecretStores;

import java.io.Console;
import java.io.InputStream;
import java.io.PrintStream;
import java.time.Clock;
import java.util.Map;
import java.util.Objects;

/**
 * What a command runs with: its streams, where the saved accounts are, the environment, the clock.
 * Tests give their own streams and a temporary folder.
 *
 * @param console the terminal to read a secret from without echo when standard input is one; null otherwise
 * @param env     the environment ({@code ACCOUNTDESK_ENDPOINT} names the default ACM endpoint)
 */
public record CliContext(InputStream in, PrintStream out, PrintStream err, Console console, AppDirs dirs,
                         Map<String, String> env, HttpTransport http, Clock clock) {
    public CliContext {
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(out, "out");
        Objects.requireNonNull(err, "err");
        Objects.requireNonNull(dirs, "dirs");
        env = Map.copyOf(env);
        Objects.requireNonNull(http, "http");
        Objects.requireNonNull(clock, "clock");
    }

    /** This process's streams, terminal, folders and environment. */
    public static CliContext ofThisProcess() {
        return new CliContext(System.in, System.out, System.err, System.console(), AppDirs.current(), System.getenv(),
                new HttpTransport(), Clock.systemUTC());
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

    /** Where saved secrets are: the OS keyring, else the user-only file beside the settings (as in the app). */
    public SecretStore secrets() {
        return SecretStores.open(dirs.config());
    }
}
