package com.accountdesk.cli;

import com.accountdesk.Launcher;
import com.accountdesk.sandbox.SandboxOptions;
import com.accountdesk.sandbox.SandboxServer;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The command line as a script runs it: its own process through {@link Launcher}, the key piped
 * in, settings and data where {@code XDG_CONFIG_HOME} / {@code XDG_DATA_HOME} point (a temporary
 * folder), and not one JavaFX class loaded.
 */
@Tag("process")
class CliProcessTest {
    private static final String KEY = "cli-process-key-0123456789abcdef";

    record Run(int code, String out, String err) {
    }

    @Test
    void loginThenStatusInAProcessOfTheirOwnUseTheXdgFoldersAndNoJavaFx() throws Exception {
        Path root = Path.of(System.getProperty("accountdesk.home"), "cli-process-" + UUID.randomUUID()).toAbsolutePath();
        Path config = root.resolve("xdg-config");
        Path data = root.resolve("xdg-data");
        Path classLog = root.resolve("classes.log");
        Files.createDirectories(root);
        try (SandboxServer sandbox = SandboxServer.start(SandboxOptions.inMemory().withExtraApiKey(KEY))) {
            Map<String, String> env = Map.of("XDG_CONFIG_HOME", config.toString(), "XDG_DATA_HOME", data.toString(),
                    "XDG_STATE_HOME", root.resolve("xdg-state").toString());
            Run login = run(env, KEY + "\n", List.of("-Xlog:class+load=info:file=" + classLog),
                    "login", "--endpoint", sandbox.acmBaseUrl(), "--api-key-stdin", "--name", "From a script");
            assertEquals(0, login.code(), login.out() + login.err());
            assertFalse((login.out() + login.err()).contains(KEY));

            Path statusClassLog = root.resolve("status-classes.log");
            Run status = run(env, "", List.of("-Xlog:class+load=info:file=" + statusClassLog), "status");
            String statusClasses = Files.readString(statusClassLog);
            assertTrue(statusClasses.contains("okhttp3.OkHttpClient "), "the log lists the classes loaded");
            // Plain HTTP to loopback (the sandbox): the TLS stack and the trusted certificates are never read.
            assertFalse(statusClasses.contains("sun.security.ssl.SSLContextImpl"), "status set up TLS for plain HTTP");
            assertEquals(0, status.code(), status.out() + status.err());
            assertTrue(status.out().startsWith("From a script (demo@sandbox.local) — ACM API key …cdef — "
                    + sandbox.acmBaseUrl().replaceAll("^http://|/api/$", "") + "  OK"), status.out());
        }
        Path saved = config.resolve("account-desk");
        assertTrue(Files.isRegularFile(saved.resolve("profiles.json")), "the profile went where XDG_CONFIG_HOME says");
        assertTrue(Files.isRegularFile(saved.resolve("credentials.json")), "the key went to the user-only file beside it");
        assertFalse(Files.readString(saved.resolve("profiles.json")).contains(KEY));
        String classes = Files.readString(classLog);
        assertTrue(classes.contains("com.accountdesk.cli.Cli "), "the log lists the classes loaded");
        assertFalse(classes.contains("javafx."), "the command line loaded JavaFX");
        // Where the log goes (XDG_STATE_HOME) is AppLoggingTest's; these runs had nothing to log, so no file was opened.
        assertFalse(Files.exists(root.resolve("xdg-state")), "a run with nothing to log made the log folder");
    }

    private static Map<String, String> xdgUnder(Path root) {
        return Map.of("XDG_CONFIG_HOME", root.resolve("xdg-config").toString(), "XDG_DATA_HOME", root.resolve("xdg-data").toString(),
                "XDG_STATE_HOME", root.resolve("xdg-state").toString());
    }

    private static Path freshRoot() throws IOException {
        Path root = Path.of(System.getProperty("accountdesk.home"), "cli-process-" + UUID.randomUUID()).toAbsolutePath();
        Files.createDirectories(root);
        return root;
    }

    @Test
    void helpAndUnknownCommandsPrintUsageWithNoDisplayAndNoJavaFx() throws Exception {
        Path root = freshRoot();
        Map<String, String> env = xdgUnder(root);
        for (String help : List.of("--help", "-h", "help")) {
            Path classLog = root.resolve("classes-" + help + ".log");
            Run run = run(env, "", List.of("-Xlog:class+load=info:file=" + classLog), help);
            assertEquals(0, run.code(), help + ": " + run.out() + run.err());
            assertEquals("", run.err(), help);
            assertTrue(run.out().contains("Usage: account-desk") && run.out().contains("status") && run.out().contains("login"),
                    help + ": " + run.out());
            assertFalse(Files.readString(classLog).contains("javafx."), help + " loaded JavaFX");
        }
        for (String unknown : List.of("stauts", "--no-such-option")) {
            Run run = run(env, "", List.of(), unknown);
            assertEquals(2, run.code(), unknown + ": " + run.out() + run.err());
            assertTrue(run.err().contains(unknown) && run.err().contains("Usage: account-desk"), unknown + ": " + run.err());
            assertFalse(run.err().contains("DISPLAY"), run.err());
        }
        Run stauts = run(env, "", List.of(), "stauts");
        assertTrue(stauts.err().contains("status"), "suggests the command meant: " + stauts.err());
    }

    @Test
    void helpSaysWhereEveryFileLivesAndItsModeAndKeepsUrlsWhole() throws Exception {
        Path root = freshRoot();
        Map<String, String> env = xdgUnder(root);
        Path config = root.resolve("xdg-config").resolve("account-desk");
        Path data = root.resolve("xdg-data").resolve("account-desk");
        for (String[] args : List.of(new String[] {"--help"}, new String[] {"login", "--help"}, new String[] {"status", "--help"})) {
            Run run = run(env, "", List.of(), args);
            String what = String.join(" ", args);
            assertEquals(0, run.code(), what + ": " + run.err());
            String out = run.out().replaceAll("\\s+", " ");
            for (Path file : List.of(config.resolve("settings.properties"), config.resolve("profiles.json"),
                    config.resolve("credentials.json"), config.resolve("key-names.json"), data.resolve("rotations.json"),
                    data.resolve("sandbox-state.json"), root.resolve("xdg-state").resolve("account-desk").resolve("logs"))) {
                assertTrue(out.contains(file.toString()), what + " names " + file + ":\n" + run.out());
            }
            assertTrue(out.contains("rw-------") && out.contains("rwx------"), what + " gives the modes:\n" + run.out());
        }
        Run login = run(env, "", List.of(), "login", "--help");
        assertFalse(login.out().matches("(?s).*https?:\\s+.*"), "a URL broken across lines:\n" + login.out());
        assertTrue(login.out().contains("https://acm.altinity.cloud/api/"), login.out());

        Run sandboxHelp = run(env, "", List.of(), "sandbox", "--help");
        assertEquals(0, sandboxHelp.code(), sandboxHelp.err());
        assertEquals("", sandboxHelp.err());
        assertTrue(sandboxHelp.out().contains(data.resolve("sandbox-state.json").toString())
                && sandboxHelp.out().contains("rw-------"), sandboxHelp.out());
    }

    /**
     * On a JDK that warns about native access (22 and later), with the options every start gets
     * (packaging/java.options), a normal run prints nothing on stderr. The keyring is tried (that is
     * what loads JNA) but cannot be reached: the session bus points nowhere.
     */
    @Test
    void aNormalRunPrintsNothingOnStderrOnAJdkThatWarnsAboutNativeAccess() throws Exception {
        Optional<Path> jdk = jdkWarningAboutNativeAccess();
        Assumptions.assumeTrue(jdk.isPresent(), "no JDK 22+ beside this one (or in ACCOUNTDESK_TEST_JDK22)");
        Assumptions.assumeTrue(System.getProperty("os.name").toLowerCase(java.util.Locale.ROOT).contains("linux"),
                "only where the keyring is reached over D-Bus, which the test can point nowhere");
        Path root = freshRoot();
        Map<String, String> env = new java.util.HashMap<>(xdgUnder(root));
        env.put("DBUS_SESSION_BUS_ADDRESS", "unix:path=" + root.resolve("no-bus"));
        List<String> options = javaOptionsWithoutJavaFxModules();
        try (SandboxServer sandbox = SandboxServer.start(SandboxOptions.inMemory().withExtraApiKey(KEY))) {
            Run login = run(jdk.get(), env, KEY + "\n", options, "login", "--endpoint", sandbox.acmBaseUrl(), "--api-key-stdin");
            assertEquals(0, login.code(), login.err());
            assertEquals("", login.err());
            Run status = run(jdk.get(), env, "", options, "status");
            assertEquals(0, status.code(), status.err());
            assertEquals("", status.err());
        }
    }

    /** packaging/java.options, less what names JavaFX's modules (on the class path here they are not modules). */
    private static List<String> javaOptionsWithoutJavaFxModules() throws IOException {
        return Files.readAllLines(Path.of("packaging", "java.options")).stream().map(String::strip)
                .filter(l -> !l.isEmpty() && !l.startsWith("#") && !l.contains("javafx.")).toList();
    }

    private static Optional<Path> jdkWarningAboutNativeAccess() throws IOException {
        List<Path> candidates = new ArrayList<>();
        String given = System.getenv("ACCOUNTDESK_TEST_JDK22");
        if (given != null && !given.isBlank()) {
            candidates.add(Path.of(given));
        }
        Path here = Path.of(System.getProperty("java.home")).toRealPath();
        if (here.getParent() != null) {
            try (var siblings = Files.list(here.getParent())) {
                siblings.sorted().forEach(candidates::add);
            }
        }
        for (Path home : candidates) {
            Path release = home.resolve("release");
            if (Files.isRegularFile(release) && Files.isExecutable(home.resolve("bin").resolve("java"))) {
                java.util.regex.Matcher m = java.util.regex.Pattern.compile("JAVA_VERSION=\"(\\d+)").matcher(Files.readString(release));
                if (m.find() && Integer.parseInt(m.group(1)) >= 22) {
                    return Optional.of(home);
                }
            }
        }
        return Optional.empty();
    }

    /** The app's own launcher, with only {@code env} added to this environment; the keyring stays untouched. */
    private static Run run(Map<String, String> env, String stdin, List<String> jvmFlags, String... args)
            throws IOException, InterruptedException {
        List<String> flags = new ArrayList<>(List.of("-Daccountdesk.keyring=off"));
        flags.addAll(jvmFlags);
        return run(Path.of(System.getProperty("java.home")), env, stdin, flags, args);
    }

    /** The launcher on the JDK at {@code javaHome}, with no display: a window would fail, not open. */
    private static Run run(Path javaHome, Map<String, String> env, String stdin, List<String> jvmFlags, String... args)
            throws IOException, InterruptedException {
        Path java = javaHome.resolve("bin").resolve("java");
        List<String> command = new ArrayList<>(List.of(java.toString(), "-cp", System.getProperty("java.class.path"),
                "-Duser.home=" + Path.of(System.getProperty("accountdesk.home")).toAbsolutePath()));
        command.addAll(jvmFlags);
        command.add(Launcher.class.getName());
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().remove("DISPLAY");
        builder.environment().remove("WAYLAND_DISPLAY");
        builder.environment().putAll(env);
        builder.environment().remove("ACCOUNTDESK_ENDPOINT");
        Process process = builder.start();
        try (OutputStream in = process.getOutputStream()) {
            in.write(stdin.getBytes(StandardCharsets.UTF_8));
        }
        // Small outputs: reading one stream after the other cannot fill a pipe.
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(60, TimeUnit.SECONDS), "the command did not exit");
        return new Run(process.exitValue(), out, err);
    }
}
