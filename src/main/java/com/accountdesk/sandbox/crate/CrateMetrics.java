package com.accountdesk.sandbox.crate;

import com.accountdesk.sandbox.state.StateData;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Believable metrics for a sandbox cluster, a pure function of the cluster and the time, in the
 * shape the sandbox serves (Prometheus' range answer, which the description leaves open):
 * {@code {"status": "success", "data": {"resultType": "matrix", "result": [{"metric": {"__name__",
 * "instance"}, "values": [[epoch seconds, "value"], ...]}]}}}, one series a node. Disk usage is
 * bytes used on the node's data disk (it fills day by day, as the cluster's growth says, with a
 * small daily swing); CPU is the cores in use (the rate of crate_cpu_seconds): a working-day curve,
 * a nightly batch hour and minute-to-minute jitter; memory is bytes (a daily curve and a heap that
 * fills and is collected every few minutes).
 *
 * <p>Resolution: a point a minute, as a Prometheus range query with a 60 s step gives, for any
 * range up to Prometheus' own limit of 11,000 points a series (7 d is 10,080); past it the step
 * grows by whole minutes to stay under the limit.
 */
final class CrateMetrics {
    static final String DISK = "crate_disk_usage2";
    static final String CPU = "crate_cpu_seconds";
    static final String MEMORY = "crate_memory_usage";
    /** At most this many points a series (Prometheus refuses a range query of more): the step grows past it. */
    static final int MAX_POINTS = 11_000;
    private static final double DAY = 86_400;

    private CrateMetrics() {
    }

    static boolean known(String metric) {
        return metric.equals(DISK) || metric.equals(CPU) || metric.equals(MEMORY);
    }

    /** Bytes used on node 0 (the fullest) at {@code t}; the other nodes hold a little less. */
    static long usedBytes(StateData.CrateCluster c, long t) {
        double days = (t - c.seeded) / DAY;
        double swing = 0.004 * c.diskSizePerNodeBytes * Math.sin(2 * Math.PI * t / DAY);
        double used = c.usedBytesAtSeed + c.growthBytesPerDay * days + swing;
        return (long) Math.max(0, Math.min(used, c.diskSizePerNodeBytes * 0.995));
    }

    private static double value(String metric, StateData.CrateCluster c, CrateCatalogue.Product p, int node, long t) {
        double phase = node * 0.7;
        double day = 2 * Math.PI * t / DAY;
        return switch (metric) {
            case DISK -> usedBytes(c, t) * (1 - 0.015 * node);
            case CPU -> p.cpuCores() * Math.min(0.97, Math.max(0.02, 0.3 + 0.18 * Math.sin(day + phase)
                    + 0.06 * Math.sin(2 * Math.PI * t / 420.0 + phase) + batch(t) + 0.08 * (jitter(c, node, t) - 0.5)));
            default -> p.ramBytes() * (0.55 + 0.08 * Math.sin(day + phase) + 0.05 * ((t + node * 97L) % 600) / 600.0
                    + 0.01 * jitter(c, node, t));
        };
    }

    /** The nightly batch job: 02:00 to 03:00 UTC, the CPU a third busier. */
    private static double batch(long t) {
        long secondOfDay = Math.floorMod(t, 86_400L);
        return secondOfDay >= 7_200 && secondOfDay < 10_800 ? 0.33 : 0;
    }

    /** 0 to 1, the same for the same cluster, node and minute: noise that does not change when asked again. */
    private static double jitter(StateData.CrateCluster c, int node, long t) {
        long x = c.id.hashCode() * 0x9E3779B97F4A7C15L + node * 0xBF58476D1CE4E5B9L + Math.floorDiv(t, 60L) * 0x94D049BB133111EBL;
        x ^= x >>> 31;
        x *= 0xD6E8FEB86659FD93L;
        x ^= x >>> 32;
        return (x >>> 11) / (double) (1L << 53);
    }

    /** As Prometheus writes a value: plain decimals, bytes whole. */
    private static String text(String metric, double v) {
        return metric.equals(CPU) ? java.math.BigDecimal.valueOf(Math.round(v * 1000) / 1000.0).toPlainString()
                : Long.toString(Math.round(v));
    }

    /** The answer for [start, end] (epoch seconds), or null when there is no data (204). */
    static Map<String, Object> answer(String metric, StateData.CrateCluster c, long start, long end) {
        CrateCatalogue.Product p = CrateCatalogue.product(c.productName, c.productTier);
        long from = Math.max(start, c.created);
        if (c.suspended || p == null || from > end) {
            return null;
        }
        long step = Math.max(60, (long) Math.ceil((end - from) / (double) MAX_POINTS / 60.0) * 60);
        long first = (from / step + 1) * step; // (start, end]: an hour of minutes is 60 points
        if (first > end) {
            return null;
        }
        List<Map<String, Object>> result = new ArrayList<>();
        for (int node = 0; node <= c.productUnit; node++) {
            List<List<Object>> values = new ArrayList<>();
            for (long t = first; t <= end; t += step) {
                values.add(List.of(t, text(metric, value(metric, c, p, node, t))));
            }
            Map<String, Object> labels = new LinkedHashMap<>();
            labels.put("__name__", metric);
            labels.put("instance", "crate-data-hot-" + c.id.substring(0, 8) + "-" + node);
            Map<String, Object> series = new LinkedHashMap<>();
            series.put("metric", labels);
            series.put("values", values);
            result.add(series);
        }
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("resultType", "matrix");
        data.put("result", result);
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("status", "success");
        answer.put("data", data);
        return answer;
    }
}
