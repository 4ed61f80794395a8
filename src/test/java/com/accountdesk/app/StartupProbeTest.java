package com.accountdesk.app;

import com.accountdesk.bench.EmptyStage;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code --startup-probe} for real: the app and the empty-Stage baseline each run in a process of
 * their own (headless Monocle), print the two figures the benchmark reads, and exit by themselves.
 * No timing is asserted; that is the benchmark's job.
 */
@Tag("process")
class StartupProbeTest {
    private static final Pattern REPORT = Pattern.compile("(?m)^startup-ms=\\d+\\R^peak-rss-mb=\\d+(\\R^startup-cpu-ms=\\d+)?$");

    @Test
    void theAppPrintsItsStartUpAndPeakMemoryAndExits() throws Exception {
        String out = probe(com.accountdesk.Launcher.class);
        assertTrue(REPORT.matcher(out).find(), out);
    }

    @Test
    void theEmptyStageBaselineReportsTheSameWay() throws Exception {
        String out = probe(EmptyStage.class);
        assertTrue(REPORT.matcher(out).find(), out);
    }

    /** A launcher's own helpers (jpackage's ran rpm and dpkg before the JVM) are part of a start's CPU time. */
    @Test
    void theCpuTimeCountsTheChildProcessesWaitedFor() throws Exception {
        Assumptions.assumeTrue(StartupProbe.cpuMillis().isPresent(), "no /proc here");
        long before = StartupProbe.cpuMillis().getAsLong();
        // A child that only burns CPU, then says how much it used (its own utime and stime, in ticks),
        // while this process waits: however busy the machine, the child's own count is the yardstick.
        Process busy = new ProcessBuilder("sh", "-c",
                "i=0; while [ $i -lt 150000 ]; do i=$((i+1)); done; cat /proc/$$/stat").start();
        String stat = new String(busy.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).trim();
        assertTrue(busy.waitFor(60, TimeUnit.SECONDS));
        long after = StartupProbe.cpuMillis().getAsLong();
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        long childMs = (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) * 10; // 100 ticks a second, as StartupProbe reads them
        assertTrue(childMs >= 20, "the child burned too little to tell (" + childMs + " ms): loop longer");

        assertTrue(after - before >= childMs, "CPU time went from " + before + " to " + after + " ms; the child alone used " + childMs + " ms");
    }

    private static String probe(Class<?> main) throws IOException, InterruptedException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        List<String> command = new ArrayList<>(List.of(java.toString(), "-cp", System.getProperty("java.class.path"),
                "-Dglass.platform=Monocle", "-Dmonocle.platform=Headless", "-Dprism.order=sw", "-Dprism.text=t2k",
                "-Daccountdesk.home=" + Path.of("target", "test-home", "probe").toAbsolutePath()));
        command.add(main.getName());
        command.add(StartupProbe.FLAG);
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        // Read while it runs, so a full pipe can never hold it up.
        byte[] output = process.getInputStream().readAllBytes();
        assertTrue(process.waitFor(60, TimeUnit.SECONDS), "the probe run did not exit");
        String text = new String(output, StandardCharsets.UTF_8);
        assertEquals(0, process.exitValue(), text);
        return text;
    }
}
