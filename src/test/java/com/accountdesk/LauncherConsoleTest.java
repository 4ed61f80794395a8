package com.accountdesk;

import com.accountdesk.app.AppVersion;
import com.accountdesk.app.StartupProbe;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The launcher in a process of its own, as a user starts it: a normal start prints nothing (only the
 * start-up probe's own lines), with JavaFX loaded as modules as in the packages and
 * {@code javafx:run} (headless Monocle patched into javafx.graphics); {@code --version} prints one
 * line without JavaFX on the class path at all.
 */
@Tag("process")
class LauncherConsoleTest {
    private static final List<String> CLASS_PATH = List.of(System.getProperty("java.class.path").split(File.pathSeparator));

    @Test
    void versionPrintsOneLineAndNeedsNoJavaFx() throws Exception {
        List<String> withoutJavaFx = CLASS_PATH.stream().filter(e -> !isJavaFx(e) && !isMonocle(e)).toList();
        Run run = run(List.of("-cp", String.join(File.pathSeparator, withoutJavaFx), Launcher.class.getName(), "--version"));

        assertEquals(0, run.exitCode, run.err);
        assertEquals(AppVersion.line() + System.lineSeparator(), run.out);
        assertEquals("", run.err);
    }

    @Test
    void aNormalStartPrintsNothingAndLogsToTheLogFolder() throws Exception {
        Path home = Path.of("target", "test-home", "console-" + UUID.randomUUID()).toAbsolutePath();
        Run run = run(appArgs(home));

        assertEquals(0, run.exitCode, run.err);
        assertEquals("", run.err);
        List<String> lines = run.out.lines().toList();
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("startup-ms=")), run.out);
        assertTrue(lines.stream().allMatch(l -> l.matches("(startup-ms|peak-rss-mb|startup-cpu-ms)=-?\\d+")), run.out);
        String log = Files.readString(home.resolve("logs").resolve("account-desk-0.log"));
        assertTrue(log.contains("INFO com.accountdesk.app.AppLogging: " + AppVersion.line() + " starting"), log);
        // JavaFX warns (now into the log) when its classes come from the class path instead of its modules.
        assertFalse(log.contains("Unsupported JavaFX configuration"), log);
        try (Stream<Path> files = Files.list(home.resolve("logs"))) {
            assertTrue(files.noneMatch(f -> f.toString().endsWith(".lck")), "the log's lock file outlived the app");
        }
    }

    /**
     * Before the first frame only the connect screen's own classes load: reading saved accounts
     * (Jackson), the keyring (JNA, D-Bus) and the HTTP client (OkHttp) all wait until it is drawn, and
     * so do the parts of the screen that are not shown yet.
     * The JVM logs each class as it loads, on the same stdout the start-up probe prints to once the
     * frame is drawn, so the lines above the probe's are what the first frame waited for.
     */
    @Test
    void jacksonOkHttpAndTheKeyringLoadOnlyAfterTheFirstFrame() throws Exception {
        List<String> args = appArgs(Path.of("target", "test-home", "classes-" + UUID.randomUUID()).toAbsolutePath());
        args.add(0, "-Xlog:class+load=info:stdout:none");
        Run run = run(args);

        assertEquals(0, run.exitCode, run.err);
        List<String> lines = run.out.lines().toList();
        int firstFrame = lines.indexOf(lines.stream().filter(l -> l.startsWith("startup-ms=")).findFirst().orElseThrow(
                () -> new AssertionError("the probe reported no first frame")));
        List<String> before = lines.subList(0, firstFrame).stream().filter(l -> l.contains(" source: "))
                .map(l -> l.substring(0, l.indexOf(' '))).toList();
        // The log did catch the first screen being built, so an empty list below means something.
        assertTrue(before.contains("com.accountdesk.ui.connect.ConnectController"), "no connect screen in the class log");
        List<String> tooEarly = before.stream().filter(c -> c.startsWith("com.fasterxml.jackson.") || c.startsWith("okhttp3.")
                || c.startsWith("okio.") || c.startsWith("com.sun.jna.") || c.startsWith("com.github.javakeyring.")
                || c.startsWith("org.freedesktop.")
                // Nor the icon font, the saved-account list's skin (a ListView), the card's ScrollPane or the CSS parser.
                || c.startsWith("org.kordamp.ikonli.materialdesign2.") || c.startsWith("javafx.scene.control.skin.ComboBox")
                || c.startsWith("javafx.scene.control.skin.ScrollPaneSkin") || c.equals("javafx.css.CssParser")).toList();
        assertTrue(tooEarly.isEmpty(), tooEarly.size() + " of the " + before.size() + " classes loaded before the first frame should"
                + " wait for it, e.g. " + tooEarly.subList(0, Math.min(8, tooEarly.size())));
    }

    /** The launcher's JVM arguments for a start with JavaFX as modules on headless Monocle (the app's JVM options too), and the probe. */
    private static List<String> appArgs(Path home) {
        String modules = String.join(File.pathSeparator, CLASS_PATH.stream().filter(LauncherConsoleTest::isJavaFxModule).toList());
        String monocle = CLASS_PATH.stream().filter(LauncherConsoleTest::isMonocle).findFirst().orElseThrow();
        String classPath = String.join(File.pathSeparator, CLASS_PATH.stream().filter(e -> !isJavaFx(e) && !isMonocle(e)).toList());
        // The app's own JVM options first, as javafx:run and the packages' launchers give them.
        List<String> args = new ArrayList<>(List.of("@" + Path.of("packaging", "java.options").toAbsolutePath(),
                "--module-path", modules, "--add-modules", "javafx.controls,javafx.fxml",
                "--patch-module", "javafx.graphics=" + monocle,
                "-Dglass.platform=Monocle", "-Dmonocle.platform=Headless", "-Dprism.order=sw", "-Dprism.text=t2k",
                "-Daccountdesk.home=" + home));
        // Where no keyring can be (headless Linux) its real look-up runs, whose INFO line and SLF4J
        // output once reached the console; elsewhere the user's keyring is left alone, as in every test.
        if (!headlessLinux()) {
            args.add("-Daccountdesk.keyring=off");
        }
        args.addAll(List.of("-cp", classPath, Launcher.class.getName(), StartupProbe.FLAG));
        return args;
    }

    private static boolean headlessLinux() {
        return System.getProperty("os.name").toLowerCase().contains("linux") && System.getenv("DBUS_SESSION_BUS_ADDRESS") == null;
    }

    private static String fileName(String entry) {
        return Path.of(entry).getFileName().toString();
    }

    /** Every JavaFX jar: the empty ones Maven resolves first and the per-OS ones with the classes. */
    private static boolean isJavaFx(String entry) {
        return fileName(entry).matches("javafx-[a-z]+-[0-9.]+(-.+)?\\.jar");
    }

    /** The per-OS JavaFX jars (javafx-graphics-21.0.8-linux.jar): the real modules. */
    private static boolean isJavaFxModule(String entry) {
        return fileName(entry).matches("javafx-[a-z]+-[0-9.]+-.+\\.jar");
    }

    private static boolean isMonocle(String entry) {
        return fileName(entry).startsWith("openjfx-monocle");
    }

    private record Run(int exitCode, String out, String err) {
    }

    private static Run run(List<String> javaArgs) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(javaArgs);
        Path out = Files.createTempFile("launcher-out", ".txt");
        Path err = Files.createTempFile("launcher-err", ".txt");
        try {
            Process process = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
            if (!process.waitFor(120, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new AssertionError("the launcher did not exit within 120 s: " + Files.readString(err));
            }
            return new Run(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }
}
