package com.accountdesk.packaging;

import com.accountdesk.Launcher;
import com.accountdesk.sandbox.SandboxOptions;
import com.accountdesk.sandbox.SandboxServer;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code login} and {@code status} with a working freedesktop Secret Service (gnome-keyring under its
 * own {@code dbus-run-session}, unlocked with a throwaway password): the key goes to the keyring, where
 * {@code secret-tool} finds it, and into no file under the app's (throwaway) home. On three runtimes:
 * the plain JDK running the tests; the same JDK limited to the modules packaging/jlink.options puts
 * into the packaged runtime (what the packaged app lacked); and the built app's own launcher
 * ({@code target/dist/account-desk/bin/account-desk}, or the one {@code -Daccountdesk.launcher} names,
 * e.g. {@code /opt/account-desk/bin/account-desk}). Each is skipped where it cannot run (no
 * dbus-run-session, gnome-keyring-daemon or secret-tool; no built app).
 */
@Tag("process")
class SecretServiceKeyringTest {
    private static final String KEY = "keyring-test-key-" + UUID.randomUUID().toString().replace("-", "");
    private static final Path JLINK_OPTIONS = Path.of("packaging", "jlink.options");

    @Test
    void thePlainRuntimeKeepsTheKeyInTheKeyring() throws Exception {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        loginAndStatusKeepTheKeyInTheKeyring(javaLauncher(java, List.of()));
    }

    @Test
    void theModulesOfThePackagedRuntimeKeepTheKeyInTheKeyring() throws Exception {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        loginAndStatusKeepTheKeyInTheKeyring(javaLauncher(java, List.of("--limit-modules", String.join(",", packagedJdkModules()))));
    }

    @Test
    void thePackagedLauncherKeepsTheKeyInTheKeyring() throws Exception {
        Path launcher = Path.of(System.getProperty("accountdesk.launcher", "target/dist/account-desk/bin/account-desk")).toAbsolutePath();
        Assumptions.assumeTrue(Files.isExecutable(launcher), "no packaged app at " + launcher + " (bash packaging/build-package.sh --app-image)");
        loginAndStatusKeepTheKeyInTheKeyring(List.of(launcher.toString()));
    }

    /** The JDK modules packaging/jlink.options links into the packaged runtime (JavaFX's are not the JDK's). */
    static List<String> packagedJdkModules() throws IOException {
        String modules = Files.readAllLines(JLINK_OPTIONS).stream().filter(l -> l.startsWith("--add-modules "))
                .findFirst().orElseThrow().substring("--add-modules ".length()).strip();
        return Stream.of(modules.split(",")).filter(m -> !m.startsWith("javafx.")).toList();
    }

    private static List<String> javaLauncher(Path java, List<String> jvmFlags) {
        List<String> command = new ArrayList<>(List.of(java.toString()));
        command.addAll(jvmFlags);
        // As packaging/java.options: JNA's native access, so nothing is printed on JDK 22+.
        command.addAll(List.of("--enable-native-access=ALL-UNNAMED", "-cp", System.getProperty("java.class.path"), Launcher.class.getName()));
        return command;
    }

    private static void loginAndStatusKeepTheKeyInTheKeyring(List<String> launcher) throws Exception {
        for (String tool : List.of("dbus-run-session", "gnome-keyring-daemon", "secret-tool", "sh")) {
            Assumptions.assumeTrue(PackagingScriptsTest.onPath(tool), tool + " is not installed (apt-get install gnome-keyring libsecret-tools dbus)");
        }
        Path root = Path.of(System.getProperty("accountdesk.home", "target/test-home"), "keyring-" + UUID.randomUUID()).toAbsolutePath();
        Path home = root.resolve("home");
        Path keyringHome = root.resolve("keyring-data");
        Files.createDirectories(home);
        Files.createDirectories(keyringHome);
        // One session bus and one keyring daemon for the whole run: login saves, status reads back, and
        // secret-tool looks; each command's output is framed by a line the script prints.
        String script = """
                printf '%s' throwaway-keyring-password | XDG_DATA_HOME="$KEYRING_DATA" gnome-keyring-daemon --unlock --components=secrets >/dev/null || exit 90
                # Not the daemon's own check: the Secret Service answers before the app tries.
                printf x | secret-tool store --label probe account-desk-test probe || exit 91
                echo "== login"
                printf '%s\\n' "$API_KEY" | "$@" login --endpoint "$ENDPOINT" --api-key-stdin --name "Keyring test" 2>&1
                echo "== login exit $?"
                "$@" status 2>&1
                echo "== status exit $?"
                secret-tool search --all service "Account Desk" 2>&1
                echo "== end"
                """;
        try (SandboxServer sandbox = SandboxServer.start(SandboxOptions.inMemory().withExtraApiKey(KEY))) {
            List<String> command = new ArrayList<>(List.of("dbus-run-session", "--", "sh", "-c", script, "keyring-test"));
            command.addAll(launcher);
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
            Map<String, String> env = builder.environment();
            env.keySet().removeIf(name -> name.startsWith("DBUS_") || name.startsWith("XDG_") || name.equals("DISPLAY")
                    || name.equals("WAYLAND_DISPLAY") || name.equals("ACCOUNTDESK_ENDPOINT") || name.equals("JAVA_TOOL_OPTIONS"));
            env.putAll(Map.of("HOME", home.toString(), "XDG_CONFIG_HOME", home.resolve(".config").toString(),
                    "XDG_DATA_HOME", home.resolve(".local/share").toString(), "XDG_STATE_HOME", home.resolve(".local/state").toString(),
                    "KEYRING_DATA", keyringHome.toString(), "API_KEY", KEY, "ENDPOINT", sandbox.acmBaseUrl()));
            Process process = builder.start();
            process.getOutputStream().close();
            String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(process.waitFor(120, TimeUnit.SECONDS), "the session did not end");
            Assumptions.assumeTrue(process.exitValue() != 90 && process.exitValue() != 91,
                    "no Secret Service could be started here (exit " + process.exitValue() + "): " + out);

            assertTrue(out.contains("== login exit 0"), out);
            assertTrue(out.contains("the API key is kept in the OS keyring"), "login did not use the keyring:\n" + out);
            assertTrue(out.contains("== status exit 0") && out.contains("Keyring test (demo@sandbox.local)") && out.contains("OK"),
                    "status did not read the key back from the keyring:\n" + out);
            String search = out.substring(out.indexOf("== status exit"), out.indexOf("== end"));
            assertTrue(search.contains("secret = " + KEY), "secret-tool does not find the key under \"Account Desk\":\n" + search);
            assertEquals(List.of(), filesHolding(root, KEY), "the key is in a file");
            assertTrue(Files.isRegularFile(home.resolve(".config/account-desk/profiles.json")), "the account was saved in the throwaway home");
        }
    }

    private static List<Path> filesHolding(Path root, String text) throws IOException {
        byte[] needle = text.getBytes(StandardCharsets.UTF_8);
        List<Path> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                if (indexOf(Files.readAllBytes(file), needle) >= 0) {
                    found.add(file);
                }
            }
        }
        return found;
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
