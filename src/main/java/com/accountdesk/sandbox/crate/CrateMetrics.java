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
 * "instance"}, "values": [[epoch seconds, "value"], ...]}]}}}, one series per node. Disk usage is
 * bytes used on the node's data disk (it fills day by day, as the cluster's growth says, with a
 * small daily swing); CPU is the cores in use (the rate of crate_cpu_seconds); memory is bytes.
 */
final class CrateMetrics {
    static final String DISK = "crate_disk_usage2";
    static final String CPU = "crate_cpu_seconds";
    static final String MEMORY = "crate_memory_usage";
    /** At most this many points a series: the step grows with the range. */
    static final int MAX_POINTS = 720;
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
        return switch (metric) {
            case DISK -> usedBytes(c, t) * (1 - 0.015 * node);
            case CPU -> p.cpuCores() * Math.max(0.02, 0.3 + 0.18 * Math.sin(2 * Math.PI * t / DAY + phase)
                    + 0.06 * Math.sin(2 * Math.PI * t / 420.0 + phase));
            default -> p.ramBytes() * (0.55 + 0.08 * Math.sin(2 * Math.PI * t / DAY + phase)
                    + 0.02 * Math.sin(2 * Math.PI * t / 900.0));
        };
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
                values.add(List.of(t, String.valueOf(Math.round(value(metric, c, p, node, t) * 1000) / 1000.0)));
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
