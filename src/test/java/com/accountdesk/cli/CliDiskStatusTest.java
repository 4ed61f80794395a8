package com.accountdesk.cli;

import com.accountdesk.api.HttpTransport;
import com.accountdesk.app.AppDirs;
import com.accountdesk.io.Settings;
import com.accountdesk.sandbox.MovableClock;
import com.accountdesk.sandbox.SandboxOptions;
import com.accountdesk.sandbox.SandboxServer;
import com.accountdesk.sandbox.state.DemoAccount;
import com.accountdesk.session.DiskThresholds;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code account-desk status} as a cron job's low-storage alert (issue 26): a CrateDB Cloud cluster
 * whose disk fills past 90 % makes it exit 1 and name the cluster and how full. The sandbox's disk
 * fills with its clock, which the test moves (the command line reads the same clock).
 */
class CliDiskStatusTest {
    private final MovableClock clock = new MovableClock(Instant.now().truncatedTo(ChronoUnit.SECONDS));
    private SandboxServer sandbox;
    private HttpTransport http;
    private AppDirs dirs;

    record Run(int code, String out, String err) {
    }

    @BeforeEach
    void start() throws Exception {
        sandbox = SandboxServer.start(SandboxOptions.inMemory(), clock);
        http = new HttpTransport(HttpTransport.Settings.defaults().withRetries(2, Duration.ofMillis(5)));
        dirs = AppDirs.under(Path.of(System.getProperty("accountdesk.home"), "cli-disk-" + UUID.randomUUID()));
    }

    @AfterEach
    void stop() {
        sandbox.close();
    }

    private Run cli(String stdin, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        CliContext context = new CliContext(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
                null, () -> false, dirs, Map.of(), http, clock);
        int code = Cli.run(args, context);
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void aClusterOverNinetyPercentDiskMakesStatusExitOneAndSaysWhichAndHowFull() {
        Run login = cli(DemoAccount.CRATE_SECRET + "\n", "login", "--cratedb", "--endpoint", sandbox.crateBaseUrl(),
                "--key", DemoAccount.CRATE_KEY, "--secret-stdin");
        assertEquals(0, login.code(), login.out() + login.err());

        Run amber = cli("", "status");
        assertEquals(0, amber.code(), "78 % is not over 90 %: " + amber.out());
        assertFalse(amber.out().contains("disk over"), amber.out());

        clock.advance(Duration.ofDays(6));
        Run full = cli("", "status");
        assertEquals(1, full.code(), full.out() + full.err());
        assertTrue(full.out().matches("(?s).*disk over 90 %: orders-prod 9[1-3] % full \\(4\\d\\d GiB of 512 GiB a node\\)\\R"),
                full.out());

        Run laxer = cli("", "status", "--disk-full", "95");
        assertEquals(0, laxer.code(), laxer.out());
        Run bad = cli("", "status", "--disk-full", "0");
        assertEquals(2, bad.code(), bad.err());
    }

    @Test
    void statusReportsAtTheUsersRedLevelUnlessDiskFullSaysOtherwise() {
        Run login = cli(DemoAccount.CRATE_SECRET + "\n", "login", "--cratedb", "--endpoint", sandbox.crateBaseUrl(),
                "--key", DemoAccount.CRATE_KEY, "--secret-stdin");
        assertEquals(0, login.code(), login.out() + login.err());
        assertEquals(0, cli("", "status").code(), "78 % is under the default 90 %");

        // The user set red to 75 % in Settings → Disk gauges (the same file the app writes).
        assertTrue(DiskThresholds.save(new Settings(dirs.settingsFile()), 60, 75));
        Run full = cli("", "status");
        assertEquals(1, full.code(), full.out() + full.err());
        assertTrue(full.out().matches("(?s).*disk over 75 %: orders-prod 7\\d % full \\(\\d+ GiB of 512 GiB a node\\)\\R"), full.out());

        Run told = cli("", "status", "--disk-full", "90");
        assertEquals(0, told.code(), "--disk-full wins over the setting: " + told.out());
    }
}
