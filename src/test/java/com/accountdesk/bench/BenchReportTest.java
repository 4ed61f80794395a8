package com.accountdesk.bench;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The bench's start-up table and its verdict on how busy the machine was, from raw results as run.sh writes them. */
class BenchReportTest {
    // /proc/stat "cpu" counters: user nice system idle iowait irq softirq steal guest guest_nice
    private static final String STAT_BEFORE = "cpu  1000 0 200 50000 100 0 10 0 0 0";

    @Test
    void aQuietRunIsTrustedAndShowsMediansWithTheirSpread(@TempDir Path dir) throws IOException {
        // 11,900 ticks (about 60 s on 2 CPUs), 1,500 busy, of which the bench's own start-ups used 14 s (1,400).
        Path machine = machineFile(dir, "0.12 0.30 0.40", "1.05 0.80 0.50",
                "cpu  2300 0 400 60400 100 0 10 0 0 0", "0m0.500s 0m0.100s", "0m12.500s 0m2.100s");
        MachineLoad load = MachineLoad.read(machine);

        assertEquals(100.0 / 11_900, load.otherCpuShare(), 1e-9);
        assertEquals(0, load.stealShare(), 1e-9);
        assertTrue(load.quietEnough(), load.tooBusyBecause().toString());

        Path startups = dir.resolve("startup.txt");
        Files.writeString(startups, String.join("\n",
                "empty-stage 1000 100 1500", "app-plain 1400 150 2100", "app-packaged 1100 140 1650",
                "empty-stage 1200 102 1700", "app-plain 1600 152 2300", "app-packaged 1150 141 1700",
                "empty-stage 1100 101 1600", "app-plain 1500 151 2200", "app-packaged 1300 139 1900"));
        String table = BenchReport.startupSection(BenchReport.readStartups(startups), load);

        assertTrue(table.contains("(3 runs each)"), table);
        assertTrue(table.contains("1100 (1000-1200)"), table);
        assertTrue(table.contains("1150 (1100-1300)"), table);
        assertTrue(table.contains("1.36×"), table); // plain wall 1500 / 1100
        assertTrue(table.contains("1.06×"), table); // packaged CPU 1700 / 1600
        assertTrue(table.contains("can be read against the aims"), table);
        assertFalse(table.contains("TOO BUSY"), table);
        assertFalse(table.contains("no class archive"), table); // not measured in this run

        Files.writeString(startups, "\n" + String.join("\n", "app-plain-bare 1800 160 2500", "app-plain-bare 2000 160 2700"), StandardOpenOption.APPEND);
        String withBare = BenchReport.startupSection(BenchReport.readStartups(startups), load);
        assertTrue(withBare.lines().anyMatch(l -> l.contains("the same with no class archive") && l.contains("1900 (1800-2000)")
                && l.contains("1.73×")), withBare); // 1900 / 1100
    }

    @Test
    void theCommandLineIsShownAgainstTheHelloWorld(@TempDir Path dir) throws IOException {
        Path runs = dir.resolve("cli.txt");
        Files.writeString(runs, String.join("\n", "hello 80 40", "version 110 45", "status 300 90",
                "hello 90 41", "version 120 46", "status 280 92", "hello 100 40", "version 150 44", "status 340 91"));
        String table = BenchReport.commandLineSection(BenchReport.readStartups(runs));

        assertTrue(table.contains("(3 runs)"), table);
        assertTrue(table.contains("90 (80-100)"), table);
        assertTrue(table.contains("1.33×"), table); // --version 120 / 90
        assertTrue(table.contains("3.33×"), table); // status 300 / 90
        assertTrue(table.lines().anyMatch(l -> l.contains("status, two loopback accounts") && l.trim().endsWith(" 91")), table);
    }

    @Test
    void aBusyMachineIsSaidPlainlyWithEachReason(@TempDir Path dir) throws IOException {
        // Load 4.4 on 2 CPUs before; during the start-ups 6,000 of 12,000 ticks busy, 1,400 of them ours;
        // 600 ticks stolen.
        Path machine = machineFile(dir, "4.40 3.98 4.63", "5.10 4.20 4.70",
                "cpu  6000 0 1200 55400 100 0 10 600 0 0", "0m0.000s 0m0.000s", "0m12.000s 0m2.000s");
        MachineLoad load = MachineLoad.read(machine);

        List<String> reasons = load.tooBusyBecause();
        assertEquals(3, reasons.size(), reasons.toString());
        assertTrue(reasons.get(0).contains("4.40"), reasons.get(0));
        assertTrue(reasons.get(1).contains("other processes used 38%"), reasons.get(1));
        assertTrue(reasons.get(2).contains("stole 5.0%"), reasons.get(2));
        String table = BenchReport.startupSection(Map.of("empty-stage", List.of(new long[]{3000, 100, 1800})), load);
        assertTrue(table.contains("TOO BUSY, these start-up figures mean little and must not be read against the aims"), table);
    }

    @Test
    void theSignInLinesSayWhetherEachIsWithin200Ms() throws IOException {
        com.fasterxml.jackson.databind.ObjectMapper json = new com.fasterxml.jackson.databind.ObjectMapper();
        String both = "[{\"benchmark\":\"com.accountdesk.bench.SignInBench.signInToEnvironmentsDrawn\",\"primaryMetric\":{\"score\":%s,\"scoreError\":12.0}},"
                + "{\"benchmark\":\"com.accountdesk.bench.SignInBench.openMyAccountToKeysDrawn\",\"primaryMetric\":{\"score\":%s,\"scoreError\":8.0}}]";
        String met = BenchReport.signInSection(json.readTree(String.format(both, "150.5", "90.0")));
        assertTrue(met.contains("Sign in pressed → environments drawn") && met.contains("150.5"), met);
        assertTrue(met.contains("aim: each ≤ 200 ms: met"), met);
        String over = BenchReport.signInSection(json.readTree(String.format(both, "150.5", "240.0")));
        assertTrue(over.contains("NOT met (240 ms)"), over);
    }

    @Test
    void theChartsLinesSayWhetherADrawAndAPanFitAFrame() throws IOException {
        String met = BenchReport.chartSection(jmh(6.2, 9.5, 4.1, 7.9));
        assertTrue(met.contains("one chart: draw a new week") && met.contains("6.2") && met.contains("9.5"), met);
        assertTrue(met.contains("the window's three charts: pan (they move together)") && met.contains("missing"), met);
        assertTrue(met.contains("aim: p90 ≤ 16 ms (one frame): met"), met);
        String over = BenchReport.chartSection(jmh(6.2, 9.5, 12.0, 21.4));
        assertTrue(over.contains("NOT met (21.4 ms)"), over);
        assertTrue(BenchReport.chartSection(new com.fasterxml.jackson.databind.ObjectMapper().readTree("[]")).contains("missing"));
    }

    private static com.fasterxml.jackson.databind.JsonNode jmh(double drawP50, double drawP90, double panP50, double panP90)
            throws IOException {
        String run = "{\"benchmark\": \"com.accountdesk.bench.MetricChartBench.%s\", \"params\": {\"charts\": \"1\"}, "
                + "\"primaryMetric\": {\"scorePercentiles\": {\"50.0\": %s, \"90.0\": %s}}}";
        return new com.fasterxml.jackson.databind.ObjectMapper().readTree("[" + String.format(java.util.Locale.ROOT, run, "draw", drawP50, drawP90)
                + "," + String.format(java.util.Locale.ROOT, run, "pan", panP50, panP90) + "]");
    }

    @Test
    void onlyTheCpuTimeOfOthersCounts() {
        long[] before = MachineLoad.cpuCounters(STAT_BEFORE);
        // Everything busy was the bench's own start-ups: a fully busy but otherwise quiet machine.
        long[] after = MachineLoad.cpuCounters("cpu  2000 0 400 50800 100 0 10 0 0 0");
        MachineLoad load = MachineLoad.of(2, 0.2, 1.9, before, after, 12_000);

        assertEquals(0, load.otherCpuShare(), 1e-9);
        assertTrue(load.quietEnough(), load.tooBusyBecause().toString());
        assertEquals(61_250, MachineLoad.childrenCpuMs("1m0.250s 0m1.000s"));
    }

    private static Path machineFile(Path dir, String loadBefore, String loadAfter, String statAfter,
                                    String ownBefore, String ownAfter) throws IOException {
        Path file = dir.resolve("machine.txt");
        Files.writeString(file, String.join("\n", "cpus=2", "load-before=" + loadBefore, "load-after=" + loadAfter,
                "stat-before=" + STAT_BEFORE, "stat-after=" + statAfter, "own-cpu-before=" + ownBefore,
                "own-cpu-after=" + ownAfter));
        return file;
    }
}
