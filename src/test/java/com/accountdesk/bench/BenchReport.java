package com.accountdesk.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Prints bench/run.sh's one table from its raw results: start-up lines ({@code name wall-ms rss-mb cpu-ms}),
 * the JMH JSON, the table benchmark's peak RSS, and how busy the machine was ({@link MachineLoad}),
 * which decides whether the start-up figures mean anything.
 * and the command line's runs ({@code name wall-ms rss-mb}: hello, version, status).
 * Usage: BenchReport STARTUP_TXT JMH_JSON TABLE_RSS_FILE MACHINE_TXT [CLI_TXT]
 */
public final class BenchReport {
    private static final String EMPTY = "empty-stage";
    private static final String PLAIN = "app-plain";
    private static final String PLAIN_BARE = "app-plain-bare";
    private static final String PACKAGED = "app-packaged";
    /** The aims of issues 19 and 31, as multiples of the empty Stage (wall and CPU). */
    private static final double PACKAGED_AIM = 1.10;
    private static final double PLAIN_AIM = 1.3;
    /** The aims of issue 31, as multiples of a hello-world on the same runtime (wall, medians). */
    private static final double VERSION_AIM = 1.5;
    private static final double STATUS_AIM = 4.0;
    private static final double SIGN_IN_AIM_MS = 200;
    /** Issue 26's aim for Charts…: a draw and a pan within one frame at 60 Hz. */
    static final double FRAME_MS = 16;

    private BenchReport() {
    }

    public static void main(String[] args) throws IOException {
        Map<String, List<long[]>> startups = readStartups(Path.of(args[0]));
        JsonNode jmh = new ObjectMapper().readTree(Path.of(args[1]).toFile());
        String tableRss = Files.exists(Path.of(args[2])) ? Files.readString(Path.of(args[2])).trim() : "-1";

        MachineLoad load = MachineLoad.read(Path.of(args[3]));

        StringBuilder out = new StringBuilder();
        line(out, "Account Desk benchmark on " + machine());
        line(out, "");
        out.append(startupSection(startups, load));
        line(out, "");
        if (args.length > 4 && Files.exists(Path.of(args[4]))) {
            out.append(commandLineSection(readStartups(Path.of(args[4]))));
            line(out, "");
        }

        line(out, String.format("%-52s %10s %10s", "API call: GET /environments on the sandbox", "µs/call", "± 99.9%"));
        Optional<JsonNode> bare = result(jmh, "ApiCallBench.bareOkHttp");
        Optional<JsonNode> app = result(jmh, "ApiCallBench.appClient");
        scoreLine(out, "bare OkHttp + Jackson tree", bare);
        scoreLine(out, "app's AcmClient.environments() (records)", app);
        if (bare.isPresent() && app.isPresent()) {
            line(out, String.format("  %-50s %+10.1f", "added by the app's client", score(app.get()) - score(bare.get())));
        }
        line(out, "");

        line(out, String.format("%-52s %10s %10s", "10,000 API keys, op + CSS/layout pass", "p50 ms", "p90 ms"));
        line(out, "  My Account's keys table (ui/account), as tuned:");
        percentileLine(out, "    load (empty table → 10,000 keys)", result(jmh, "MyAccountTableBench.load"));
        percentileLine(out, "    refresh (one key re-dated, by difference)", result(jmh, "MyAccountTableBench.refresh"));
        percentileLine(out, "    refresh replacing every key", result(jmh, "MyAccountTableBench.replace"));
        percentileLine(out, "    sort by expiry (toggle)", result(jmh, "MyAccountTableBench.sort"));
        percentileLine(out, "    scroll to a random row", result(jmh, "MyAccountTableBench.scroll"));
        for (String variant : new String[]{"as-built", "tuned"}) {
            line(out, "  stand-in with filter (FilteredList + SortedList), " + variant + ":");
            for (String[] op : new String[][]{{"load", "load"}, {"sort", "sort by expiry"}, {"filter", "filter on/off"}, {"scroll", "scroll"}}) {
                percentileLine(out, "    " + op[1], result(jmh, "KeysTableBench." + op[0], variant));
            }
        }
        line(out, "  CrateDB Clusters tab (ui/cratedb), 500 clusters with disk gauges:");
        for (String[] op : new String[][]{{"load", "load (empty → 500)"}, {"refresh", "refresh (one disk fuller, by difference)"},
                {"sort", "sort by name (toggle)"}, {"scroll", "scroll to a random row"}}) {
            percentileLine(out, "    " + op[1], result(jmh, "CrateClustersTableBench." + op[0]));
        }
        long rssKb = Long.parseLong(tableRss);
        line(out, String.format("  %-50s %10s", "peak RSS of that JVM (MB)", rssKb < 0 ? "n/a" : String.valueOf(Math.round(rssKb / 1024.0))));
        line(out, "");
        out.append(chartSection(jmh));
        line(out, "");
        out.append(signInSection(jmh));
        System.out.print(out);
    }

    /**
     * Charts… with 7 days of minutes, 3 nodes (3 × 10,080 points): a draw and a pan, each with its CSS,
     * layout and render, against one frame.
     */
    static String chartSection(JsonNode jmh) {
        StringBuilder out = new StringBuilder();
        line(out, String.format("%-52s %10s %10s", "Charts…: 3 × 10,080 points (7 d of minutes), op + CSS/layout/render", "p50 ms", "p90 ms"));
        Optional<JsonNode> draw = result(jmh, "MetricChartBench.draw", "charts", "1");
        Optional<JsonNode> pan = result(jmh, "MetricChartBench.pan", "charts", "1");
        percentileLine(out, "  one chart: draw a new week", draw);
        percentileLine(out, "  one chart: pan two days by a tenth", pan);
        if (draw.isPresent() && pan.isPresent()) {
            double worst = Math.max(percentile(draw.get(), "90.0"), percentile(pan.get(), "90.0"));
            line(out, String.format(Locale.ROOT, "  aim: p90 ≤ %.0f ms (one frame): %s", FRAME_MS,
                    worst <= FRAME_MS ? "met" : String.format(Locale.ROOT, "NOT met (%.1f ms)", worst)));
        }
        percentileLine(out, "  the window's three charts: draw", result(jmh, "MetricChartBench.draw", "charts", "3"));
        percentileLine(out, "  the window's three charts: pan (they move together)", result(jmh, "MetricChartBench.pan", "charts", "3"));
        return out.toString();
    }

    /** Sign-in to a usable window and My Account to its keys, on the sandbox, warm (issue 31's aim: each ≤ 200 ms). */
    static String signInSection(JsonNode jmh) {
        StringBuilder out = new StringBuilder();
        line(out, String.format("%-52s %10s %10s", "The app on its sandbox, warm, to the next drawn frame", "mean ms", "± 99.9%"));
        Optional<JsonNode> signIn = result(jmh, "SignInBench.signInToEnvironmentsDrawn");
        Optional<JsonNode> myAccount = result(jmh, "SignInBench.openMyAccountToKeysDrawn");
        scoreLine(out, "Sign in pressed → environments drawn", signIn);
        scoreLine(out, "My Account chosen → its key table drawn", myAccount);
        if (signIn.isPresent() && myAccount.isPresent()) {
            double worst = Math.max(score(signIn.get()), score(myAccount.get()));
            line(out, String.format(Locale.ROOT, "  aim: each ≤ %.0f ms: %s", SIGN_IN_AIM_MS,
                    worst <= SIGN_IN_AIM_MS ? "met" : String.format(Locale.ROOT, "NOT met (%.0f ms)", worst)));
        }
        return out.toString();
    }

    private static double percentile(JsonNode metric, String which) {
        return metric.path("scorePercentiles").path(which).asDouble();
    }

    /**
     * The start-up table: per kind, the median and the spread (min–max) of wall and CPU time, each
     * median as a multiple of the empty Stage's, the peak memory; then the machine's load and the verdict.
     */
    static String startupSection(Map<String, List<long[]>> startups, MachineLoad load) {
        StringBuilder out = new StringBuilder();
        int runs = startups.getOrDefault(EMPTY, List.of()).size();
        line(out, String.format("%-44s %16s %7s %16s %7s %7s", "Start-up to first frame (" + runs + " runs each)",
                "wall ms (min-max)", "vs empty", "CPU ms (min-max)", "vs empty", "peak MB"));
        double empty = median(startups, EMPTY, 0);
        double emptyCpu = median(startups, EMPTY, 2);
        for (String[] row : new String[][]{
                {EMPTY, "empty JavaFX Stage, plain java -cp", ""},
                {PLAIN, "Account Desk, same jars, as mvn javafx:run", String.valueOf(PLAIN_AIM)},
                {PLAIN_BARE, "  the same with no class archive", ""},
                {PACKAGED, "Account Desk, packaged (AOT cache/AppCDS)", String.valueOf(PACKAGED_AIM)}}) {
            boolean base = row[0].equals(EMPTY);
            if (row[0].equals(PLAIN_BARE) && !startups.containsKey(PLAIN_BARE)) {
                continue; // a run before the plain start had its class archive
            }
            double ms = median(startups, row[0], 0);
            double cpu = median(startups, row[0], 2);
            line(out, String.format(Locale.ROOT, "  %-42s %16s %7s %16s %7s %7.0f", row[1], withSpread(startups, row[0], 0),
                    base ? "" : String.format(Locale.ROOT, "%.2f×", ms / empty), withSpread(startups, row[0], 2),
                    base ? "" : String.format(Locale.ROOT, "%.2f×", cpu / emptyCpu), median(startups, row[0], 1)));
        }
        line(out, String.format(Locale.ROOT, "  aims: packaged ≤ %.2f×, plain ≤ %.2f× the empty Stage, wall and CPU (medians)",
                PACKAGED_AIM, PLAIN_AIM));
        line(out, "  machine: " + load.summary());
        line(out, "  " + load.verdict());
        return out.toString();
    }

    /** The command line against a hello-world on the packaged runtime: wall (median, spread), the multiple, peak memory. */
    static String commandLineSection(Map<String, List<long[]>> runs) {
        StringBuilder out = new StringBuilder();
        line(out, String.format("%-44s %16s %7s %7s", "Command line, packaged, as cron runs it (" + runs.getOrDefault("hello", List.of()).size()
                + " runs)", "wall ms (min-max)", "vs hello", "peak MB"));
        double hello = median(runs, "hello", 0);
        for (String[] row : new String[][]{
                {"hello", "hello-world, same runtime"},
                {"version", "account-desk --version"},
                {"status", "account-desk status, two loopback accounts"}}) {
            double ms = median(runs, row[0], 0);
            line(out, String.format(Locale.ROOT, "  %-42s %16s %7s %7.0f", row[1], withSpread(runs, row[0], 0),
                    row[0].equals("hello") ? "" : String.format(Locale.ROOT, "%.2f×", ms / hello), median(runs, row[0], 1)));
        }
        line(out, String.format(Locale.ROOT, "  aims: --version ≤ %.1f×, status ≤ %.1f× the hello-world (medians)", VERSION_AIM, STATUS_AIM));
        return out.toString();
    }

    /** "median (min-max)" of a column, e.g. "1240 (1180-1410)". */
    private static String withSpread(Map<String, List<long[]>> byName, String name, int column) {
        long[] values = byName.getOrDefault(name, List.of()).stream().mapToLong(r -> r[column]).sorted().toArray();
        if (values.length == 0) {
            return "missing";
        }
        return String.format(Locale.ROOT, "%.0f (%d-%d)", median(byName, name, column), values[0], values[values.length - 1]);
    }

    static Map<String, List<long[]>> readStartups(Path file) throws IOException {
        Map<String, List<long[]>> byName = new LinkedHashMap<>();
        try (Stream<String> lines = Files.lines(file)) {
            lines.map(String::trim).filter(l -> !l.isEmpty()).forEach(l -> {
                String[] f = l.split("\\s+");
                byName.computeIfAbsent(f[0], k -> new ArrayList<>())
                        .add(new long[]{Long.parseLong(f[1]), f.length > 2 ? Long.parseLong(f[2]) : -1,
                                f.length > 3 ? Long.parseLong(f[3]) : -1});
            });
        }
        return byName;
    }

    static double median(Map<String, List<long[]>> byName, String name, int column) {
        List<long[]> rows = byName.getOrDefault(name, List.of());
        if (rows.isEmpty()) {
            return Double.NaN;
        }
        long[] values = rows.stream().mapToLong(r -> r[column]).sorted().toArray();
        int n = values.length;
        return n % 2 == 1 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2.0;
    }

    private static Optional<JsonNode> result(JsonNode jmh, String suffix) {
        return result(jmh, suffix, null);
    }

    /** The primary metric of the benchmark ending in {@code suffix}, with {@code table} param if given. */
    private static Optional<JsonNode> result(JsonNode jmh, String suffix, String table) {
        return result(jmh, suffix, "table", table);
    }

    /** The primary metric of the benchmark ending in {@code suffix}, with the parameter {@code param} at {@code value} if given. */
    private static Optional<JsonNode> result(JsonNode jmh, String suffix, String param, String value) {
        for (JsonNode run : jmh) {
            if (run.path("benchmark").asText().endsWith(suffix)
                    && (value == null || value.equals(run.path("params").path(param).asText()))) {
                return Optional.of(run.path("primaryMetric"));
            }
        }
        return Optional.empty();
    }

    private static double score(JsonNode metric) {
        return metric.path("score").asDouble();
    }

    private static void scoreLine(StringBuilder out, String label, Optional<JsonNode> metric) {
        line(out, metric.map(m -> String.format("  %-50s %10.1f %10.1f", label, score(m), m.path("scoreError").asDouble()))
                .orElse(String.format("  %-50s %10s", label, "missing")));
    }

    private static void percentileLine(StringBuilder out, String label, Optional<JsonNode> metric) {
        line(out, metric.map(m -> String.format("  %-50s %10.1f %10.1f", label,
                        m.path("scorePercentiles").path("50.0").asDouble(), m.path("scorePercentiles").path("90.0").asDouble()))
                .orElse(String.format("  %-50s %10s", label, "missing")));
    }

    /** CPUs, CPU model, memory, JDK and the load at the end (the machine may be shared). */
    static String machine() {
        String cpu = firstValue(Path.of("/proc/cpuinfo"), "model name").orElse(System.getProperty("os.arch"));
        String mem = firstValue(Path.of("/proc/meminfo"), "MemTotal")
                .map(v -> Math.round(Long.parseLong(v.replaceAll("[^0-9]", "")) / 1024.0 / 1024.0) + " GiB").orElse("?");
        String load = read(Path.of("/proc/loadavg")).map(l -> String.join(" ", List.of(l.split(" ")).subList(0, 3))).orElse("?");
        return String.format(Locale.ROOT, "%d CPUs (%s), %s RAM, JDK %s; load average at the end %s",
                Runtime.getRuntime().availableProcessors(), cpu, mem, System.getProperty("java.version"), load);
    }

    private static Optional<String> firstValue(Path file, String key) {
        return read(file).flatMap(text -> text.lines().filter(l -> l.startsWith(key))
                .map(l -> l.substring(l.indexOf(':') + 1).trim()).findFirst());
    }

    private static Optional<String> read(Path file) {
        try {
            return Optional.of(Files.readString(file).trim());
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static void line(StringBuilder out, String text) {
        out.append(text).append(System.lineSeparator());
    }
}
