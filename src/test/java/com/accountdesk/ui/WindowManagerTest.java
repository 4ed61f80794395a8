package com.accountdesk.ui;

import com.accountdesk.sandbox.state.DemoAccount;
import com.accountdesk.testing.Wait;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The app as a person meets it on a desktop: its own process with JavaFX's GTK glass, on an X
 * server (Xvfb, 1440×900) with a window manager (openbox), read and typed into with xdotool. The
 * headless UI tests cannot see what a window manager does to a window (openbox gave the first
 * window 718×455, its minimum). Reported as skipped where Xvfb, openbox or xdotool is missing.
 */
@Tag("process")
class WindowManagerTest {
    private static final Pattern GEOMETRY = Pattern.compile("Position: (-?\\d+),(-?\\d+).*Geometry: (\\d+)x(\\d+)", Pattern.DOTALL);
    private final List<Process> started = new ArrayList<>();
    private String display;

    record Geometry(int x, int y, int width, int height) {
    }

    @AfterEach
    void stopAll() throws InterruptedException {
        for (int i = started.size() - 1; i >= 0; i--) {
            Process p = started.get(i);
            p.descendants().forEach(ProcessHandle::destroy);
            p.destroy();
            if (!p.waitFor(10, TimeUnit.SECONDS)) {
                p.destroyForcibly();
            }
        }
    }

    private static boolean onPath(String command) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            if (Files.isExecutable(Path.of(dir, command))) {
                return true;
            }
        }
        return false;
    }

    private Process start(Path log, String... command) throws IOException {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        if (display != null) {
            builder.environment().put("DISPLAY", display);
        }
        Process p = builder.start();
        started.add(p);
        return p;
    }

    private String run(String... command) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("DISPLAY", display);
        Process p = builder.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor(30, TimeUnit.SECONDS);
        return out;
    }

    /** Polls (through {@link Wait}) until {@code read} gives a value {@code done} accepts; the last value seen names a failure. */
    private static <T> T waitFor(String what, Duration limit, Callable<T> read, Predicate<T> done) {
        AtomicReference<T> last = new AtomicReference<>();
        try {
            Wait.until(what, limit, () -> {
                last.set(read.call());
                return last.get() != null && done.test(last.get());
            });
        } catch (AssertionError e) {
            throw new AssertionError(e.getMessage() + "; last seen: " + last.get(), e);
        }
        return last.get();
    }

    private Optional<Geometry> window(String name) throws Exception {
        String ids = run("xdotool", "search", "--onlyvisible", "--name", name).trim();
        if (ids.isEmpty()) {
            return Optional.empty();
        }
        Matcher m = GEOMETRY.matcher(run("xdotool", "getwindowgeometry", ids.lines().findFirst().orElseThrow()));
        return m.find() ? Optional.of(new Geometry(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                Integer.parseInt(m.group(3)), Integer.parseInt(m.group(4)))) : Optional.empty();
    }

    @Test
    void theFirstWindowAndTheMainWindowOpenAtTheirSizeUnderAWindowManager(@TempDir Path home) throws Exception {
        assumeTrue(onPath("Xvfb") && onPath("openbox") && onPath("xdotool"), "needs Xvfb, openbox and xdotool (Debian packages)");
        // A display of our own: the first free number whose server starts and keeps a window manager
        // (another run may take one meanwhile). In about one run of eight openbox quit at once
        // ("Failed to open the display") though the server answered: the next display is tried.
        StringBuilder tried = new StringBuilder();
        boolean managed = false;
        for (int number : IntStream.range(150, 250).filter(n -> !Files.exists(Path.of("/tmp/.X11-unix/X" + n))
                && !Files.exists(Path.of("/tmp/.X" + n + "-lock"))).limit(5).toArray()) {
            display = ":" + number;
            Process xvfb = start(home.resolve("xvfb.log"), "Xvfb", display, "-screen", "0", "1440x900x24", "-nolisten", "tcp");
            waitFor("the X server on " + display, Duration.ofSeconds(30),
                    () -> !run("xprop", "-root", "-len", "0", "_NET_SUPPORTING_WM_CHECK").contains("unable to open display")
                            || !xvfb.isAlive(), b -> b);
            Process openbox = xvfb.isAlive() ? start(home.resolve("openbox.log"), "openbox") : null;
            if (openbox != null) {
                waitFor("openbox on " + display, Duration.ofSeconds(60),
                        () -> run("xprop", "-root", "_NET_SUPPORTING_WM_CHECK").contains("window id") || !openbox.isAlive(), b -> b);
            }
            managed = openbox != null && openbox.isAlive() && xvfb.isAlive();
            if (managed) {
                break;
            }
            tried.append(display).append(": X server ").append(Files.readString(home.resolve("xvfb.log")))
                    .append(openbox == null ? "" : "; openbox " + Files.readString(home.resolve("openbox.log"))).append('\n');
            stopAll();
            started.clear();
        }
        assertTrue(managed, "no X server with a window manager could be started: " + tried);
        if (!tried.isEmpty()) {
            System.err.println("WindowManagerTest: displays that did not start first: " + tried);
        }

        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        List<String> command = new ArrayList<>(List.of(java.toString()));
        command.addAll(Files.readAllLines(Path.of("packaging", "java.options")).stream()
                .filter(l -> !l.isBlank() && !l.startsWith("#")).toList());
        command.addAll(List.of("-Daccountdesk.home=" + home.resolve("app"), "-Daccountdesk.keyring=off",
                "-cp", System.getProperty("java.class.path"), "com.accountdesk.Launcher"));
        Process app = start(home.resolve("app.log"), command.toArray(String[]::new));

        Geometry first = waitFor("the first window at its size", Duration.ofSeconds(60), () -> window("^Account Desk$").orElse(null),
                g -> g.width() >= 1180 && g.height() >= 780);
        assertTrue(app.isAlive());
        assertEquals(new Geometry(first.x(), first.y(), 1180, 780), first, "the sign-in window shows the whole card");
        assertTrue(first.x() >= 0 && first.y() >= 0 && first.x() + first.width() <= 1440 && first.y() + first.height() <= 900,
                "on the screen: " + first);

        // Signed in from the keyboard, as a person would: the user field has the focus. Enter does
        // nothing until the sandbox is up and Connect is enabled, so it is pressed until it works.
        run("xdotool", "type", "--delay", "20", DemoAccount.LOGIN);
        run("xdotool", "key", "Tab");
        run("xdotool", "type", "--delay", "20", DemoAccount.PASSWORD);
        Geometry main;
        try {
            // Return only while the sign-in window still shows: one more, in the main window, opened
            // a window of its own whose title names the user too (seen once: a 718×455 window "found").
            main = waitFor("the main window after sign-in", Duration.ofSeconds(60), () -> {
                Optional<Geometry> shown = window("^Account Desk .*Demo User");
                if (shown.isEmpty() && window("^Account Desk$").isPresent()) {
                    run("xdotool", "key", "Return");
                }
                return shown.orElse(null);
            }, g -> true);
        } catch (AssertionError e) {
            // Seen once in a full run on a busy machine: what the screen showed says where the typing went.
            Path shot = Path.of("target", "window-manager-test.png").toAbsolutePath();
            run("import", "-window", "root", shot.toString());
            throw new AssertionError(e.getMessage() + "; the screen then: " + shot + "; the app's output: "
                    + Files.readString(home.resolve("app.log")), e);
        }
        if (main.width() != 1180 || main.height() != 780) {
            // Seen in full runs only (718×455, the window's minimum): the screen then, for the next look.
            Path shot = Path.of("target", "window-manager-test.png").toAbsolutePath();
            run("import", "-window", "root", shot.toString());
            Geometry later = window("^Account Desk .*Demo User").orElse(null);
            throw new AssertionError("the main window keeps its size after sign-in: " + main + " (a moment later: " + later
                    + "); the screen: " + shot + "; the app's output: " + Files.readString(home.resolve("app.log")));
        }
    }
}
