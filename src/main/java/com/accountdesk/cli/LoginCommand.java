package com.accountdesk.cli;

import com.accountdesk.api.ApiException;
import com.accountdesk.session.Accounts;
import com.accountdesk.session.Session;
import com.accountdesk.credentials.Profile;
import com.accountdesk.credentials.SavedSecretRefused;
import com.accountdesk.credentials.SecretStore;
import com.accountdesk.model.DisplayText;
import com.accountdesk.model.PastedKey;
import com.accountdesk.model.Provider;
import com.accountdesk.model.Secret;
import com.accountdesk.ui.common.ErrorMessages;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;
import java.util.concurrent.Callable;

/**
 * {@code account-desk login}: checks a credential against its server, then saves the account as the
 * app's sign-in does (profile, secret in the credential store, marked last used). The secret comes
 * from standard input only (from the terminal without echo), and is never printed.
 */
@Command(name = "login",
        description = {"Checks an API key against the server and saves the account, as signing in with the app does.",
                "ACM:     account-desk login [--endpoint URL] --api-key-stdin [--name NAME] < key",
                "CrateDB: account-desk login --cratedb [--endpoint URL] --key KEY --secret-stdin",
                "                           [--region R] [--name NAME] < secret",
                "Logging in again as an account saved before updates it (and says so, with the name it had).",
                "--name never takes a name another saved account has: that is refused.",
                "Exit 0 when saved, 2 when the input is refused (nothing is saved)."})
final class LoginCommand implements Callable<Integer> {
    /** Far more than any key; a larger input is not a key. */
    private static final int MAX_SECRET_BYTES = 16 * 1024;

    private final CliContext context;

    @Spec
    private CommandSpec spec;

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help and exit.")
    private boolean help;

    @Option(names = "--endpoint", paramLabel = "URL",
            description = {"The API's base URL. ACM: ACCOUNTDESK_ENDPOINT, else", "https://acm.altinity.cloud/api/",
                    "CrateDB: https://console.cratedb.cloud/"})
    private String endpoint;

    @Option(names = "--api-key-stdin", description = "ACM: read the API key from standard input.")
    private boolean apiKeyStdin;

    @Option(names = "--cratedb", description = "A CrateDB Cloud account (default: Altinity Cloud Manager).")
    private boolean cratedb;

    @Option(names = "--key", paramLabel = "KEY", description = "CrateDB: the API key (its public part).")
    private String key;

    @Option(names = "--secret-stdin", description = "CrateDB: read the key's secret from standard input.")
    private boolean secretStdin;

    @Option(names = "--region", paramLabel = "REGION", description = "CrateDB: sent as X-Region.")
    private String region;

    @Option(names = "--name", paramLabel = "NAME", description = {"The account's name in lists (default: the name it was",
            "saved under, else the one the server gives); not one", "another saved account has."})
    private String name;

    LoginCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() throws IOException {
        checkOptions();
        Provider provider = cratedb ? Provider.CRATEDB : Provider.ACM;
        String what = cratedb ? "secret" : "API key";
        Secret secret;
        try {
            secret = readSecret(what);
        } catch (BadInput e) {
            context.err().println(e.getMessage());
            return Cli.BAD_INPUT;
        }
        SecretStore store = context.secrets();
        Accounts accounts = context.accounts(store);
        String url = endpoint != null && !endpoint.isBlank() ? endpoint.trim() : accounts.defaultEndpoint(provider);
        Profile draft = Profile.draft(provider, url, cratedb ? PastedKey.clean(key).value() : "", cratedb && region != null ? region : "");
        Session session;
        try {
            session = accounts.signIn(draft, url, secret, false);
        } catch (ApiException e) {
            context.err().println(DisplayText.neutralise(ErrorMessages.describeSignIn(e, provider, true)));
            return Cli.BAD_INPUT;
        }
        Profile signedIn = draft.withUser(session.displayName(), session.email());
        Optional<Profile> before = accounts.savedAs(signedIn);
        String given = name != null && !name.isBlank() ? name.trim() : null;
        if (given != null) {
            // A name picks one account out: one another saved account has already does not.
            Optional<Profile> namesake = accounts.profiles().stream()
                    .filter(p -> p.displayName().trim().equalsIgnoreCase(given) && !p.sameAccount(signedIn)).findFirst();
            if (namesake.isPresent()) {
                context.err().println("Another saved account is named \"" + DisplayText.neutralise(given) + "\" ("
                        + namesake.get().label() + "); nothing was saved. Choose another --name.");
                return Cli.BAD_INPUT;
            }
        }
        // Without --name, an account saved before keeps the name it has; a new one takes the server's.
        String shown = given != null ? given : before.map(Profile::displayName).filter(n -> !n.isBlank()).orElse(session.displayName());
        Profile saved = accounts.remember(signedIn.withDisplayName(shown), secret, true);
        boolean kept;
        try {
            kept = accounts.savedSecret(saved).map(secret::equals).orElse(false);
        } catch (SavedSecretRefused e) {
            context.err().println(DisplayText.neutralise(e.getMessage()));
            return Cli.ATTENTION;
        }
        if (!kept) {
            context.err().println("The " + what + " works and the account is saved, but the " + what
                    + " could not be kept in " + store.description() + "; the app will ask for it.");
            return Cli.ATTENTION;
        }
        context.out().println(DisplayText.neutralise(savedWhat(before, saved) + "; the " + what + " is kept in "
                + store.description() + "."));
        return Cli.FINE;
    }

    /** "Saved …" for a new account; "Updated …" for one saved before, saying so when it was saved under another name. */
    private static String savedWhat(Optional<Profile> before, Profile saved) {
        if (before.isEmpty()) {
            return "Saved " + saved.label();
        }
        String was = before.get().displayName();
        if (!was.equals(saved.displayName())) {
            return "Updated the account saved as \"" + was + "\", now named \"" + saved.displayName() + "\": " + saved.label();
        }
        return "Updated " + saved.label();
    }

    /** Which cloud decides which options belong; a mix is refused before anything is read or sent. */
    private void checkOptions() {
        if (cratedb) {
            if (apiKeyStdin) {
                throw refuse("--api-key-stdin is for ACM; for CrateDB Cloud give --key KEY and --secret-stdin.");
            }
            if (key == null || key.isBlank()) {
                throw refuse("--cratedb needs --key KEY, the API key's public part.");
            }
            if (!secretStdin) {
                throw refuse("--cratedb needs --secret-stdin: the secret is read from standard input only.");
            }
        } else {
            if (key != null || secretStdin || region != null) {
                throw refuse("--key, --secret-stdin and --region are for CrateDB Cloud: add --cratedb.");
            }
            if (!apiKeyStdin) {
                throw refuse("Give --api-key-stdin: the API key is read from standard input only (for CrateDB Cloud add --cratedb).");
            }
        }
    }

    private ParameterException refuse(String sentence) {
        return new ParameterException(spec.commandLine(), sentence);
    }

    /** Where the secret is read from, given whether there is a console and whether standard input is a terminal. */
    enum SecretInput {
        CONSOLE, STREAM, REFUSE;

        /**
         * With no console but a terminal on standard input, standard output is redirected (e.g. {@code >
         * out.txt}): Java 17 cannot turn the terminal's echo off then, and a key typed would show.
         */
        static SecretInput of(boolean console, boolean stdinIsTerminal) {
            return console ? CONSOLE : stdinIsTerminal ? REFUSE : STREAM;
        }
    }

    /** Input that is not a secret; the message is the sentence to print. */
    private static final class BadInput extends Exception {
        private static final long serialVersionUID = 1L;
        BadInput(String sentence) {
            super(sentence);
        }
    }

    /** From the terminal without echo when standard input is one, else all of standard input; trimmed. */
    private Secret readSecret(String what) throws IOException, BadInput {
        String text;
        SecretInput input = SecretInput.of(context.console() != null, context.console() == null && context.stdinIsTerminal().getAsBoolean());
        if (input == SecretInput.REFUSE) {
            throw new BadInput("Standard input is a terminal but standard output is not, so the " + what
                    + " would echo as it is typed; nothing was read. Pipe it in (e.g. 'pass show acm | account-desk login "
                    + "--api-key-stdin > out.txt'), or leave standard output on the terminal.");
        }
        if (input == SecretInput.CONSOLE) {
            char[] chars = context.console().readPassword("%s: ", what.substring(0, 1).toUpperCase() + what.substring(1));
            text = chars == null ? "" : new String(chars).strip();
            if (chars != null) {
                Arrays.fill(chars, '\0');
            }
        } else {
            byte[] bytes = context.in().readNBytes(MAX_SECRET_BYTES + 1);
            if (bytes.length > MAX_SECRET_BYTES) {
                throw new BadInput("Standard input holds more than " + MAX_SECRET_BYTES / 1024 + " KB; give only the " + what + ".");
            }
            text = new String(bytes, StandardCharsets.UTF_8).strip();
        }
        if (text.contains("\n") || text.contains("\r")) {
            throw new BadInput("Standard input holds more than one line; give only the " + what + ".");
        }
        // As the sign-in form does: what a copy brings along unseen is left out, and the user told.
        PastedKey cleaned = PastedKey.clean(text);
        if (cleaned.changed()) {
            context.err().println(cleaned.note());
        }
        if (cleaned.value().isEmpty()) {
            throw new BadInput("No " + what + " on standard input: pipe it in, e.g. 'account-desk login "
                    + (cratedb ? "--cratedb --key KEY --secret-stdin < secret.txt" : "--api-key-stdin < key.txt") + "'.");
        }
        return cleaned.secret();
    }
}
