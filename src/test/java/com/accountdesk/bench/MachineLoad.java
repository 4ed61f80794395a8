package com.accountdesk.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * How busy the machine was while bench/run.sh timed the start-ups, from what the script records in
 * {@code machine.txt}: the load average before it began and after the start-ups, the machine's CPU
 * counters (/proc/stat) around the start-ups, and the CPU time its own start-ups used (bash's
 * {@code times}). Other work on the machine slows every start-up by a different amount, so wall
 * times (and even CPU times, through cache and frequency effects) from a busy run mean little.
 *
 * @param cpus          CPUs of the machine
 * @param loadBefore    1-minute load average before the bench began (before its own build)
 * @param loadAfter     1-minute load average after the start-ups (includes the bench's own)
 * @param otherCpuShare share of all CPU time, during the start-ups, used by other processes (0–1)
 * @param stealShare    share of all CPU time, during the start-ups, taken by the hypervisor (0–1)
 */
public record MachineLoad(int cpus, double loadBefore, double loadAfter, double otherCpuShare, double stealShare) {
    /** Above this load average per CPU before the run, others were busy. */
    static final double MAX_LOAD_PER_CPU = 0.5;
    /** Above this share of CPU time used by other processes during the start-ups. */
    static final double MAX_OTHER_CPU_SHARE = 0.15;
    /** Above this share of CPU time stolen by the hypervisor (a noisy neighbour on the host). */
    static final double MAX_STEAL_SHARE = 0.03;

    /** Reads {@code key=value} lines; see bench/run.sh. */
    public static MachineLoad read(Path file) throws IOException {
        Map<String, String> values = new LinkedHashMap<>();
        for (String line : Files.readAllLines(file)) {
            int eq = line.indexOf('=');
            if (eq > 0) {
                values.put(line.substring(0, eq).trim(), line.substring(eq + 1).trim());
            }
        }
        int cpus = Integer.parseInt(values.get("cpus"));
        long[] before = cpuCounters(values.get("stat-before"));
        long[] after = cpuCounters(values.get("stat-after"));
        long ownMs = childrenCpuMs(values.get("own-cpu-after")) - childrenCpuMs(values.get("own-cpu-before"));
        return of(cpus, firstNumber(values.get("load-before")), firstNumber(values.get("load-after")), before, after, ownMs);
    }

    /**
     * From two /proc/stat "cpu" lines' counters (in USER_HZ ticks: user nice system idle iowait irq
     * softirq steal ...) and the CPU time the bench's own processes used between them.
     */
    static MachineLoad of(int cpus, double loadBefore, double loadAfter, long[] statBefore, long[] statAfter, long ownCpuMs) {
        long[] delta = new long[Math.min(statBefore.length, statAfter.length)];
        long total = 0;
        for (int i = 0; i < delta.length; i++) {
            delta[i] = statAfter[i] - statBefore[i];
            // guest and guest_nice (fields 9, 10) are counted in user and nice already.
            if (i < 8) {
                total += delta[i];
            }
        }
        long idle = delta[3] + (delta.length > 4 ? delta[4] : 0);
        long steal = delta.length > 7 ? delta[7] : 0;
        long busyTicks = total - idle - steal;
        double ownTicks = ownCpuMs / 10.0; // USER_HZ is 100
        double other = total == 0 ? 0 : Math.max(0, busyTicks - ownTicks) / total;
        double stealShare = total == 0 ? 0 : (double) steal / total;
        return new MachineLoad(cpus, loadBefore, loadAfter, other, stealShare);
    }

    /** Why the figures cannot be trusted; empty when the machine was quiet enough. */
    public List<String> tooBusyBecause() {
        List<String> reasons = new ArrayList<>();
        if (loadBefore > MAX_LOAD_PER_CPU * cpus) {
            reasons.add(String.format(Locale.ROOT, "the load average before the run was %.2f (more than %.1f per CPU on %d CPUs)",
                    loadBefore, MAX_LOAD_PER_CPU, cpus));
        }
        if (otherCpuShare > MAX_OTHER_CPU_SHARE) {
            reasons.add(String.format(Locale.ROOT, "other processes used %.0f%% of the CPU time during the start-ups (more than %.0f%%)",
                    otherCpuShare * 100, MAX_OTHER_CPU_SHARE * 100));
        }
        if (stealShare > MAX_STEAL_SHARE) {
            reasons.add(String.format(Locale.ROOT, "the hypervisor stole %.1f%% of the CPU time (more than %.0f%%)",
                    stealShare * 100, MAX_STEAL_SHARE * 100));
        }
        return reasons;
    }

    public boolean quietEnough() {
        return tooBusyBecause().isEmpty();
    }

    /** One line for the report's head. */
    public String summary() {
        return String.format(Locale.ROOT, "load average %.2f before, %.2f after the start-ups (%d CPUs); during them"
                + " other processes used %.0f%% of the CPU time, steal %.1f%%", loadBefore, loadAfter, cpus,
                otherCpuShare * 100, stealShare * 100);
    }

    /** The plain verdict the report ends its start-up section with. */
    public String verdict() {
        if (quietEnough()) {
            return "Verdict: the machine was quiet enough; these start-up figures can be read against the aims.";
        }
        return "Verdict: TOO BUSY, these start-up figures mean little and must not be read against the aims: "
                + String.join("; ", tooBusyBecause()) + ".";
    }

    /** The counters of a /proc/stat "cpu" line, after its name. */
    static long[] cpuCounters(String line) {
        String[] fields = line.trim().split("\\s+");
        int from = fields[0].startsWith("cpu") ? 1 : 0;
        long[] counters = new long[fields.length - from];
        for (int i = from; i < fields.length; i++) {
            counters[i - from] = Long.parseLong(fields[i]);
        }
        return counters;
    }

    /** The children's line of bash's {@code times} ("0m1.250s 0m0.310s"): user plus system, in ms. */
    static long childrenCpuMs(String line) {
        long ms = 0;
        for (String time : line.trim().split("\\s+")) {
            int m = time.indexOf('m');
            ms += Math.round((Long.parseLong(time.substring(0, m)) * 60
                    + Double.parseDouble(time.substring(m + 1, time.length() - 1))) * 1000);
        }
        return ms;
    }

    private static double firstNumber(String loadavg) {
        return Double.parseDouble(loadavg.trim().split("\\s+")[0]);
    }
}
