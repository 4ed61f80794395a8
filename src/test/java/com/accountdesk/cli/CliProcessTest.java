package com.accountdesk.cli;

import com.accountdesk.Launcher;
import com.accountdesk.sandbox.SandboxOptions;
import com.accountdesk.sandbox.SandboxServer;
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

            Run status = run(env, "", List.of(), "status");
            assertEquals(0, status.code(), status.out() + status.err());
            assertTrue(status.out().startsWith("From a script  ACM  " + sandbox.acmBaseUrl() + "  OK"), status.out());
        }
        Path saved = config.resolve("account-desk");
        assertTrue(Files.isRegularFile(saved.resolve("profiles.json")), "the profile went where XDG_CONFIG_HOME says");
        assertTrue(Files.isRegularFile(saved.resolve("credentials.json")), "the key went to the user-only file beside it");
        assertFalse(Files.readString(saved.resolve("profiles.json")).contains(KEY));
        String classes = Files.readString(classLog);
        assertTrue(classes.contains("com.accountdesk.cli.Cli "), "the log lists the classes loaded");
        assertFalse(classes.contains("javafx."), "the command line loaded JavaFX");
        assertTrue(Files.isDirectory(root.resolve("xdg-state/account-desk/logs")), "its log went where XDG_STATE_HOME says");
    }

    /** The app's own launcher, with only {@code env} added to this environment; the keyring stays untouched. */
    private static Run run(Map<String, String> env, String stdin, List<String> jvmFlags, String... args)
            throws IOException, InterruptedException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        List<String> command = new ArrayList<>(List.of(java.toString(), "-cp", System.getProperty("java.class.path"),
                "-Daccountdesk.keyring=off", "-Duser.home=" + Path.of(System.getProperty("accountdesk.home")).toAbsolutePath()));
        command.addAll(jvmFlags);
        command.add(Launcher.class.getName());
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command);
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
