package com.accountdesk.cli;

import com.accountdesk.api.Endpoints;
import com.accountdesk.api.HttpTransport;
import com.accountdesk.api.acm.AcmClient;
import com.accountdesk.api.cratedb.CrateCloudClient;
import com.accountdesk.app.AppDirs;
import com.accountdesk.credentials.Profile;
import com.accountdesk.credentials.ProfileStore;
import com.accountdesk.credentials.SecretStores;
import com.accountdesk.keys.AcmKeys;
import com.accountdesk.model.CreatedCrateKey;
import com.accountdesk.model.Provider;
import com.accountdesk.model.Secret;
import com.accountdesk.sandbox.state.DemoAccount;
import com.accountdesk.sandbox.SandboxOptions;
import com.accountdesk.sandbox.SandboxServer;
import com.accountdesk.testing.CrateDemoClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code account-desk login} and {@code status} against the sandbox over real HTTP, with the saved
 * accounts in a temporary folder: log in from standard input, then watch {@code status} follow the
 * key on the server (expiring in 2 h, deleted, deactivated).
 */
class CliSandboxTest {
    private static final String ACM_KEY = "cli-acm-key-0123456789abcdef";

    private SandboxServer sandbox;
    private HttpTransport http;
    private AppDirs dirs;

    record Run(int code, String out, String err) {
        String all() {
            return out + err;
        }
    }

    @BeforeEach
    void start() throws Exception {
        sandbox = SandboxServer.start(SandboxOptions.inMemory().withExtraApiKey(ACM_KEY));
        http = new HttpTransport(HttpTransport.Settings.defaults().withRetries(2, Duration.ofMillis(5)));
        dirs = AppDirs.under(Path.of(System.getProperty("accountdesk.home"), "cli-" + UUID.randomUUID()));
    }

    @AfterEach
    void stop() {
        sandbox.close();
    }

    private Run cli(String stdin, String... args) {
        return cli(stdin, false, args);
    }

    /** @param stdinIsTerminal standard input is a terminal, yet there is no console (standard output is redirected) */
    private Run cli(String stdin, boolean stdinIsTerminal, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        CliContext context = new CliContext(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
                null, () -> stdinIsTerminal, dirs, Map.of(), http, Clock.systemUTC());
        int code = Cli.run(args, context);
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private List<Profile> savedProfiles() {
        return new ProfileStore(dirs.profilesFile()).all();
    }

    @Test
    void acmLoginFromStdinThenStatusTurnsOneForAKeyExpiringIn2HoursAndForADeletedKey() throws Exception {
        Run login = cli(ACM_KEY + "\n", "login", "--endpoint", sandbox.acmBaseUrl(), "--api-key-stdin", "--name", "Scripted");
        assertEquals(0, login.code(), login.all());
        assertTrue(login.out().startsWith("Saved Scripted"), login.out());
        assertFalse(login.all().contains(ACM_KEY), "the key was printed");

        // Saved as the app saves it: a profile (no secret in it) and the key in the secret store.
        Profile saved = savedProfiles().get(0);
        assertEquals(Provider.ACM, saved.provider());
        assertEquals("Scripted", saved.displayName());
        assertEquals(sandbox.acmBaseUrl(), saved.endpoint());
        assertTrue(saved.usesAcmApiKey());
        assertFalse(Files.readString(dirs.profilesFile()).contains(ACM_KEY));
        assertEquals(Secret.of(ACM_KEY), SecretStores.open(dirs.config()).load(saved.secretName()).orElseThrow());

        Run fine = cli("", "status");
        assertEquals(0, fine.code(), fine.all());
        String host = Endpoints.parseBase(sandbox.acmBaseUrl()).host() + ":" + Endpoints.parseBase(sandbox.acmBaseUrl()).port();
        assertTrue(fine.out().matches("Scripted \\(" + DemoAccount.LOGIN.replace(".", "\\.") + "\\) — ACM API key …cdef — "
                + host.replace(".", "\\.") + "\\s+OK \\(key expires in \\d+ d\\)\\R"), fine.out());

        Secret key = Secret.of(ACM_KEY);
        AcmKeys keys = new AcmKeys(new AcmClient(Endpoints.parseBase(sandbox.acmBaseUrl()), key, http));
        keys.redate(key, Instant.now().plus(Duration.ofHours(2)));
        Run expiring = cli("", "status");
        assertEquals(1, expiring.code(), expiring.all());
        assertTrue(expiring.out().contains("expires in 2 h"), expiring.out());
        Run narrower = cli("", "status", "--within", "1");
        assertEquals(0, narrower.code(), "with --within 1 a key for 2 h more is fine: " + narrower.all());

        keys.delete(key);
        Run refused = cli("", "status");
        assertEquals(1, refused.code(), refused.all());
        assertTrue(refused.out().contains("Scripted") && refused.out().contains("refused ("), refused.out());
        assertFalse(refused.all().contains(ACM_KEY));
    }

    @Test
    void aKeyPastedWithInvisibleCharactersIsCleanedAsInTheApp() throws Exception {
        Run login = cli("\uFEFF" + ACM_KEY + "\u200B\n", "login", "--endpoint", sandbox.acmBaseUrl(), "--api-key-stdin");
        assertEquals(0, login.code(), login.all());
        assertTrue(login.err().contains("U+FEFF, U+200B"), "the user is told what was left out: " + login.all());
        assertEquals(Secret.of(ACM_KEY), SecretStores.open(dirs.config()).load(savedProfiles().get(0).secretName()).orElseThrow(),
                "saved without them");
    }

    @Test
    void withinWidensTheWindow() throws Exception {
        Secret key = Secret.of(ACM_KEY);
        new AcmKeys(new AcmClient(Endpoints.parseBase(sandbox.acmBaseUrl()), key, http))
                .redate(key, Instant.now().plus(Duration.ofHours(30)));
        assertEquals(0, cli(ACM_KEY, "login", "--endpoint", sandbox.acmBaseUrl(), "--api-key-stdin").code());
        Run byDefault = cli("", "status");
        assertEquals(0, byDefault.code(), byDefault.all());
        assertTrue(byDefault.out().contains(DemoAccount.NAME), "named as the server names the account: " + byDefault.out());
        Run wider = cli("", "status", "--within", "48");
        assertEquals(1, wider.code(), wider.all());
        assertTrue(wider.out().contains("expires in 30 h"), wider.out());
    }

    @Test
    void crateLoginFromStdinThenStatusTurnsOneForADeactivatedAndADeletedKey() throws Exception {
        CrateCloudClient demo = CrateDemoClient.on(sandbox, http);
        CreatedCrateKey created = demo.createKey();
        String secret = created.secret().reveal();
        Run login = cli(secret + "\n", "login", "--cratedb", "--endpoint", sandbox.crateBaseUrl(),
                "--key", created.key().key(), "--secret-stdin");
        assertEquals(0, login.code(), login.all());
        assertFalse(login.all().contains(secret), "the secret was printed");
        Profile saved = savedProfiles().get(0);
        assertEquals(Provider.CRATEDB, saved.provider());
        assertEquals(created.key().key(), saved.login());
        assertFalse(Files.readString(dirs.profilesFile()).contains(secret));

        Run fine = cli("", "status");
        assertEquals(0, fine.code(), fine.all());
        assertTrue(fine.out().contains("CrateDB") && fine.out().contains("OK (removed if unused for 90 d)"), fine.out());
        // The seed's idle key (unused for 80 days) is the account's other key near removal: named, the exit stays 0.
        assertTrue(fine.out().contains("other keys near removal: ") && fine.out().contains(" (10 days left)"), fine.out());

        demo.setActive(created.key().key(), false);
        Run deactivated = cli("", "status");
        assertEquals(1, deactivated.code(), deactivated.all());
        assertTrue(deactivated.out().contains("refused ("), deactivated.out());

        demo.setActive(created.key().key(), true);
        assertEquals(0, cli("", "status").code(), "active again, fine again");
        demo.deleteKey(created.key().key());
        Run deleted = cli("", "status");
        assertEquals(1, deleted.code(), deleted.all());
        assertTrue(deleted.out().contains("refused ("), deleted.out());
        assertFalse(deleted.all().contains(secret));
    }

    @Test
    void badInputIsOneSentenceAndExitTwoAndNothingIsSaved() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        List<Run> runs = List.of(
                cli(ACM_KEY, "login", "--endpoint", "http://127.0.0.1:" + closedPort + "/api", "--api-key-stdin"),
                cli("not-a-key-of-this-account", "login", "--endpoint", sandbox.acmBaseUrl(), "--api-key-stdin"),
                cli("", "login", "--endpoint", sandbox.acmBaseUrl(), "--api-key-stdin"),
                cli(" \n", "login", "--endpoint", sandbox.acmBaseUrl(), "--api-key-stdin"),
                cli(ACM_KEY, "login", "--endpoint", sandbox.acmBaseUrl()),
                cli(ACM_KEY, "login", "--endpoint", "http://example.com/api", "--api-key-stdin"),
                cli(DemoAccount.CRATE_SECRET, "login", "--cratedb", "--endpoint", sandbox.crateBaseUrl(), "--secret-stdin"),
                cli("wrong-secret", "login", "--cratedb", "--endpoint", sandbox.crateBaseUrl(), "--key",
                        DemoAccount.CRATE_KEY, "--secret-stdin"),
                cli(ACM_KEY, "login", "--api-key-stdin", "--no-such-option"));
        for (Run run : runs) {
            assertEquals(2, run.code(), run.all());
            assertEquals("", run.out());
            assertEquals(1, run.err().lines().count(), "one sentence: " + run.err());
            assertFalse(run.err().contains(ACM_KEY) || run.err().contains("wrong-secret"));
        }
        assertTrue(runs.get(0).err().startsWith("Could not reach the server"), runs.get(0).err());
        assertTrue(runs.get(1).err().startsWith("The API key was not accepted"), runs.get(1).err());
        assertTrue(runs.get(2).err().startsWith("No API key on standard input"), runs.get(2).err());
        assertTrue(runs.get(5).err().startsWith("Plain HTTP is only allowed"), runs.get(5).err());
        assertTrue(runs.get(7).err().startsWith("The API key and secret were not accepted"), runs.get(7).err());
        assertFalse(Files.exists(dirs.profilesFile()), "nothing is saved after bad input");
    }

    @Test
    void statusWithNoSavedAccountSaysSoAndExitsOne() {
        Run run = cli("", "status");
        assertEquals(1, run.code());
        assertTrue(run.err().startsWith("No saved accounts"), run.err());
    }

    @Test
    void accountsWithNothingToCheckAreListedAndDoNotFail() {
        ProfileStore store = new ProfileStore(dirs.profilesFile());
        store.save(new Profile(null, Provider.ACM, "On the app's sandbox", Profile.SANDBOX, "", ""));
        store.save(new Profile(null, Provider.ACM, "Password user", sandbox.acmBaseUrl(), DemoAccount.LOGIN, ""));
        Run run = cli("", "status");
        assertEquals(0, run.code(), run.all());
        assertEquals(2, run.out().lines().filter(l -> l.contains("not checked (")).count(), run.out());
    }

    @Test
    void aSavedAccountsFileThatCannotBeWrittenIsOneSentenceAndExitOne() throws Exception {
        // A folder where the profiles file should be: the save fails after the key was accepted.
        Files.createDirectories(dirs.profilesFile().resolve("blocked"));
        Run run = cli(ACM_KEY, "login", "--endpoint", sandbox.acmBaseUrl(), "--api-key-stdin");
        assertEquals(1, run.code(), run.all());
        assertEquals(1, run.err().lines().count(), "one sentence, no stack trace: " + run.err());
        assertTrue(run.err().startsWith("A file could not be read or written: cannot save profiles to"), run.err());
        assertFalse(run.all().contains(ACM_KEY));
    }

    private static boolean hasControlCharacters(String text) {
        return text.replace(System.lineSeparator(), "").chars().anyMatch(c -> c < 0x20 || c == 0x7f || (c >= 0x80 && c < 0xa0));
    }

    @Test
    void statusPrintsNoTerminalSequencesAServerChose() throws Exception {
        String hostile = "\u001b]0;owned\u0007\u001b[2K\r\u009b31mOK";
        sandbox.state().write(d -> {
            d.acm.name = "Demo" + hostile;
            d.crate.keys.stream().filter(k -> !k.key.equals(DemoAccount.CRATE_KEY)).forEach(k -> k.key = k.key + hostile);
            return null;
        });
        assertEquals(0, cli(ACM_KEY, "login", "--endpoint", sandbox.acmBaseUrl(), "--api-key-stdin").code());
        Run crate = cli(DemoAccount.CRATE_SECRET, "login", "--cratedb", "--endpoint", sandbox.crateBaseUrl(),
                "--key", DemoAccount.CRATE_KEY, "--secret-stdin");
        assertEquals(0, crate.code(), crate.all());
        assertFalse(hasControlCharacters(crate.all()), crate.all());
        Run status = cli("", "status");
        assertTrue(status.out().contains("other keys near removal"), "the hostile key ids are listed: " + status.out());
        assertFalse(hasControlCharacters(status.all()), status.all());
    }

    @Test
    void aKeyTypedAtATerminalWithOutputRedirectedIsRefusedRatherThanEchoed() {
        Run run = cli(ACM_KEY, true, "login", "--endpoint", sandbox.acmBaseUrl(), "--api-key-stdin");
        assertEquals(2, run.code(), run.all());
        assertTrue(run.err().contains("echo"), run.err());
        assertFalse(Files.exists(dirs.profilesFile()), "nothing read, nothing saved");
        assertEquals(LoginCommand.SecretInput.REFUSE, LoginCommand.SecretInput.of(false, true));
        assertEquals(LoginCommand.SecretInput.CONSOLE, LoginCommand.SecretInput.of(true, true));
        assertEquals(LoginCommand.SecretInput.STREAM, LoginCommand.SecretInput.of(false, false));
    }

    @Test
    void loginSaysWhenItUpdatesAnAccountSavedUnderAnotherName() throws Exception {
        assertEquals(0, cli(ACM_KEY, "login", "--endpoint", sandbox.acmBaseUrl(), "--api-key-stdin", "--name", "Scripted").code());
        Run again = cli(ACM_KEY, "login", "--endpoint", sandbox.acmBaseUrl(), "--api-key-stdin", "--name", "Renamed");
        assertEquals(0, again.code(), again.all());
        assertTrue(again.out().contains("Updated") && again.out().contains("\"Scripted\"") && again.out().contains("\"Renamed\""),
                again.out());
        assertEquals(List.of("Renamed"), savedProfiles().stream().map(Profile::displayName).toList());
    }

    @Test
    void nameNeverReplacesADifferentSavedAccount() throws Exception {
        assertEquals(0, cli(ACM_KEY, "login", "--endpoint", sandbox.acmBaseUrl(), "--api-key-stdin", "--name", "Work").code());
        // Another user on the same endpoint (the key now answers for them).
        sandbox.state().write(d -> {
            d.acm.email = "other@sandbox.local";
            d.acm.name = "Other User";
            return null;
        });
        Run clash = cli(ACM_KEY, "login", "--endpoint", sandbox.acmBaseUrl(), "--api-key-stdin", "--name", "Work");
        assertEquals(2, clash.code(), clash.all());
        assertTrue(clash.err().contains("\"Work\"") && clash.err().contains("--name"), clash.err());
        assertEquals(List.of(DemoAccount.LOGIN), savedProfiles().stream().map(Profile::email).toList(), "the saved one is as it was");

        Run other = cli(ACM_KEY, "login", "--endpoint", sandbox.acmBaseUrl(), "--api-key-stdin");
        assertEquals(0, other.code(), other.all());
        assertEquals(List.of("Work", "Other User"), savedProfiles().stream().map(Profile::displayName).toList(), "both kept");
    }

    @Test
    void statusTellsApartAPasswordAndAnApiKeyAccountOfTheSameUser() throws Exception {
        new ProfileStore(dirs.profilesFile()).save(new Profile(null, Provider.ACM, DemoAccount.NAME, sandbox.acmBaseUrl(), DemoAccount.LOGIN, ""));
        assertEquals(0, cli(ACM_KEY, "login", "--endpoint", sandbox.acmBaseUrl(), "--api-key-stdin").code());
        Run status = cli("", "status");
        List<String> lines = status.out().lines().toList();
        assertEquals(2, lines.size(), status.out());
        assertTrue(lines.get(0).startsWith(DemoAccount.NAME + " (" + DemoAccount.LOGIN + ") — ACM password — "), status.out());
        assertTrue(lines.get(1).startsWith(DemoAccount.NAME + " (" + DemoAccount.LOGIN + ") — ACM API key …cdef — "), status.out());
    }
}
