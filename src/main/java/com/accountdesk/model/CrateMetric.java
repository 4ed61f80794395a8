package com.accountdesk.model;

import java.time.Instant;
import java.util.List;
import java.util.OptionalDouble;

/**
 * A metric's answer ({@code GET /api/v2/clusters/{id}/metrics/{metric_id}/}): one series a node,
 * each a list of timed values. Empty when the service had no data (204).
 */
public record CrateMetric(List<Series> series) {
    public static final String DISK = "crate_disk_usage2";
    public static final String CPU = "crate_cpu_seconds";
    public static final String MEMORY = "crate_memory_usage";

    public CrateMetric {
        series = List.copyOf(series);
    }

    public static CrateMetric empty() {
        return new CrateMetric(List.of());
    }

    /** One node's values, oldest first. */
    public record Series(String name, List<Point> points) {
        public Series {
            points = List.copyOf(points);
        }
    }

    public record Point(Instant at, double value) {
    }

    public boolean isEmpty() {
        return series.stream().allMatch(s -> s.points().isEmpty());
    }

    /** The largest of the series' latest values (the fullest node), or empty. */
    public OptionalDouble latestMax() {
        return series.stream().filter(s -> !s.points().isEmpty())
                .mapToDouble(s -> s.points().get(s.points().size() - 1).value()).max();
    }
}
