package com.accountdesk.app;

import javafx.application.Platform;
import javafx.stage.Stage;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalLong;

/**
 * {@code --startup-probe}: once the first window has been shown and one more frame has been drawn,
 * prints how long that took since the process started, the peak memory and the CPU time used, then
 * quits. The benchmark runs the app and an empty JavaFX Stage this same way.
 */
public final class StartupProbe {
    public static final String FLAG = "--startup-probe";
    /** USER_HZ, the unit of /proc's times: 100 on every Linux this app targets. */
    private static final long CLOCK_TICKS_PER_SECOND = 100;

    private StartupProbe() {
    }

    public static boolean requested(List<String> args) {
        return args.contains(FLAG);
    }

    /** Arranges for the report and exit after the first frame of {@code stage}; before it is shown. */
    public static void exitAfterFirstFrame(Stage stage) {
        FirstFrame.then(stage, () -> {
            System.out.println(report(millisSinceProcessStart(), peakRssKb()));
            // CPU time is what a busy machine disturbs least: the benchmark reports it beside the wall time.
            cpuMillis().ifPresent(ms -> System.out.println("startup-cpu-ms=" + ms));
            System.out.flush();
            Platform.exit();
        });
    }

    /** The two lines the benchmark reads: {@code startup-ms=N} and {@code peak-rss-mb=N} (-1 if unknown). */
    static String report(long startupMs, OptionalLong peakRssKb) {
        return "startup-ms=" + startupMs + System.lineSeparator()
                + "peak-rss-mb=" + (peakRssKb.isPresent() ? Math.round(peakRssKb.getAsLong() / 1024.0) : -1);
    }

    /**
     * From the exec of this process (the native launcher's, for a packaged app), in 10 ms steps on
     * Linux; elsewhere from the JVM's own start, which misses the few ms before the VM is up.
     */
    static long millisSinceProcessStart() {
        return processAgeFromProc().orElseGet(() -> ManagementFactory.getRuntimeMXBean().getUptime());
    }

    /** /proc/uptime minus the start time in /proc/self/stat: both count from boot, in clock ticks. */
    private static OptionalLong processAgeFromProc() {
        try {
            long startTicks = Long.parseLong(procStatFields()[19]);
            double uptimeSeconds = Double.parseDouble(Files.readString(Path.of("/proc/uptime")).split(" ")[0]);
            return OptionalLong.of(Math.round(uptimeSeconds * 1000 - startTicks * 1000.0 / CLOCK_TICKS_PER_SECOND));
        } catch (IOException | RuntimeException e) {
            return OptionalLong.empty();
        }
    }

    /**
     * User plus system CPU time of all this process's threads so far, and of the child processes it
     * has waited for (Linux only): jpackage's launcher ran rpm and dpkg that way, in this process,
     * before the JVM started.
     */
    static OptionalLong cpuMillis() {
        try {
            String[] fields = procStatFields();
            long ticks = Long.parseLong(fields[11]) + Long.parseLong(fields[12]) + Long.parseLong(fields[13]) + Long.parseLong(fields[14]);
            return OptionalLong.of(ticks * 1000 / CLOCK_TICKS_PER_SECOND);
        } catch (IOException | RuntimeException e) {
            return OptionalLong.empty();
        }
    }

    /** The fields of /proc/self/stat after the command name, so index 0 is field 3 (state). */
    private static String[] procStatFields() throws IOException {
        String stat = Files.readString(Path.of("/proc/self/stat"));
        return stat.substring(stat.lastIndexOf(')') + 2).split(" ");
    }

    /** VmHWM from /proc/self/status: the most resident memory this process has used. */
    public static OptionalLong peakRssKb() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmHWM:")) {
                    return OptionalLong.of(Long.parseLong(line.replaceAll("[^0-9]", "")));
                }
            }
        } catch (IOException | RuntimeException e) {
            // Not Linux: no figure.
        }
        return OptionalLong.empty();
    }
}
