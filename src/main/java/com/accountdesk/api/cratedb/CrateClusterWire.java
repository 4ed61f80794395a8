package com.accountdesk.api.cratedb;

import com.accountdesk.api.ApiException;
import com.accountdesk.api.LooseValues;
import com.accountdesk.model.CrateCluster;
import com.accountdesk.model.CrateMetric;
import com.accountdesk.model.CrateOperation;
import com.accountdesk.model.CrateOrganization;
import com.accountdesk.model.CrateProduct;
import com.accountdesk.model.CratePrice;
import com.accountdesk.model.CrateProject;
import com.fasterxml.jackson.databind.JsonNode;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

/** CrateDB Cloud's organizations, projects, clusters, products, prices, metrics and operations, read into model records. */
final class CrateClusterWire {
    private CrateClusterWire() {
    }

    /** The list's objects read by {@code read}; entries that are not objects or have no id are skipped. */
    static <T> List<T> list(JsonNode answer, String what, Function<JsonNode, T> read) throws ApiException {
        if (answer == null || !answer.isArray()) {
            throw new ApiException(ApiException.Kind.BAD_RESPONSE, "the " + what + " are not a list");
        }
        List<T> out = new ArrayList<>();
        for (JsonNode n : answer) {
            if (n.isObject()) {
                T t = read.apply(n);
                if (t != null) {
                    out.add(t);
                }
            }
        }
        return out;
    }

    static CrateOrganization organization(JsonNode n) {
        String id = LooseValues.text(n, "id");
        return id == null ? null : new CrateOrganization(id, LooseValues.label(n, "name", id));
    }

    static CrateProject project(JsonNode n) {
        String id = LooseValues.text(n, "id");
        return id == null ? null : new CrateProject(id, LooseValues.label(n, "name", id),
                LooseValues.text(n, "organization_id", ""), LooseValues.text(n, "region", ""));
    }

    static CrateCluster cluster(JsonNode n) {
        String id = LooseValues.text(n, "id");
        if (id == null) {
            return null;
        }
        JsonNode hw = n.path("hardware_specs");
        JsonNode health = n.path("health");
        int unit = LooseValues.integer(n, "product_unit", 0);
        return new CrateCluster(id, LooseValues.label(n, "name", id), LooseValues.text(n, "project_id", ""),
                LooseValues.label(n, "crate_version", ""), LooseValues.integer(n, "num_nodes", unit + 1),
                LooseValues.label(n, "product_name", ""), LooseValues.label(n, "product_tier", ""), unit,
                longOf(hw.get("disk_size_per_node_bytes")), doubleOf(hw.get("cpus_per_node")),
                longOf(hw.get("memory_per_node_bytes")), LooseValues.label(health, "status", "UNKNOWN"),
                LooseValues.label(health, "running_operation", ""), LooseValues.flag(n, "allow_custom_storage", false),
                LooseValues.flag(n, "allow_suspend", false), LooseValues.flag(n, "suspended", false));
    }

    static CrateCluster oneCluster(JsonNode answer) throws ApiException {
        CrateCluster c = answer != null && answer.isObject() ? cluster(answer) : null;
        if (c == null) {
            throw new ApiException(ApiException.Kind.BAD_RESPONSE, "the cluster is not an object with an id");
        }
        return c;
    }

    static CrateProduct product(JsonNode n) {
        String name = LooseValues.text(n, "name");
        if (name == null) {
            return null;
        }
        List<CrateProduct.Scale> scaling = new ArrayList<>();
        for (JsonNode s : n.path("scaling")) {
            if (s.has("value")) {
                int unit = LooseValues.integer(s, "value", 0);
                scaling.add(new CrateProduct.Scale(unit, LooseValues.integer(s, "nodes", unit + 1)));
            }
        }
        scaling.sort(Comparator.comparingInt(CrateProduct.Scale::unit));
        JsonNode specs = n.path("specs");
        return new CrateProduct(name, LooseValues.text(n, "tier", ""), LooseValues.label(n, "label", name),
                longOf(specs.get("storage_minimum_bytes")), longOf(specs.get("storage_maximum_bytes")), scaling);
    }

    static CratePrice price(JsonNode answer) throws ApiException {
        if (answer == null || !answer.isObject()) {
            throw new ApiException(ApiException.Kind.BAD_RESPONSE, "the price is not an object");
        }
        return new CratePrice(monthly(answer.path("cluster_price")), monthly(answer.path("storage_price")),
                monthly(answer.path("total_price")));
    }

    private static double monthly(JsonNode pricing) {
        double month = doubleOf(pricing.get("price_per_month"));
        if (Double.isNaN(month)) {
            double hour = doubleOf(pricing.get("price_per_hour"));
            return Double.isNaN(hour) ? Double.NaN : hour * 730;
        }
        return month;
    }

    static List<CrateOperation> operations(JsonNode answer) throws ApiException {
        JsonNode list = answer != null && answer.isObject() ? answer.get("operations") : answer;
        return list(list, "operations", n -> new CrateOperation(LooseValues.text(n, "id", ""),
                LooseValues.text(n, "type", ""), LooseValues.text(n, "status", ""), LooseValues.time(n.get("dc"), "created")));
    }

    /**
     * {@code GET …/available-upgrades/}: the published {@code CrateDBVersions} is
     * {"crate_versions": {"stable": {"version", ...}, "testing": {...}, "nightly": {...}}}, one version
     * a channel; read tolerantly, a channel that is a list of such objects (or of plain strings) gives
     * each. The stable channel first, then testing, then nightly; each version once, in that order.
     */
    static List<String> upgradeVersions(JsonNode answer) throws ApiException {
        if (answer == null || !answer.isObject()) {
            throw new ApiException(ApiException.Kind.BAD_RESPONSE, "the available upgrades are not an object");
        }
        JsonNode channels = answer.path("crate_versions");
        List<String> out = new ArrayList<>();
        for (String channel : List.of("stable", "testing", "nightly")) {
            JsonNode c = channels.path(channel);
            for (JsonNode v : c.isArray() ? c : List.of(c)) {
                String version = v.isTextual() ? v.asText() : LooseValues.text(v, "version");
                if (version != null && !version.isBlank() && !out.contains(version.trim())) {
                    out.add(version.trim());
                }
            }
        }
        return out;
    }

    /**
     * A metric, read tolerantly (the description types it only as an object): the sandbox's and
     * Prometheus' {@code {"data": {"result": [{"metric": {...}, "values": [[t, "v"], ...]}]}}}, with
     * {@code result} also at the top, a series' single {@code value}, points as {@code [t, v]} or
     * {@code {"timestamp"|"time"|"t", "value"|"v"}}, times as epoch seconds, milliseconds or ISO
     * 8601, values as numbers or numeric strings. Points that cannot be read are left out.
     */
    static CrateMetric metric(JsonNode answer) {
        if (answer == null || answer.isNull() || answer.isMissingNode()) {
            return CrateMetric.empty();
        }
        JsonNode result = answer.path("data").path("result");
        if (!result.isArray()) {
            result = answer.path("result");
        }
        List<CrateMetric.Series> series = new ArrayList<>();
        if (result.isArray()) {
            int i = 0;
            for (JsonNode s : result) {
                series.add(series(s, i++));
            }
        } else if (answer.path("values").isArray()) {
            series.add(series(answer, 0));
        }
        return new CrateMetric(series);
    }

    private static CrateMetric.Series series(JsonNode s, int index) {
        JsonNode labels = s.path("metric");
        String name = LooseValues.text(labels, "instance");
        if (name == null) {
            name = LooseValues.text(labels, "pod_name", "node " + index);
        }
        List<CrateMetric.Point> points = new ArrayList<>();
        JsonNode values = s.path("values");
        if (values.isArray()) {
            for (JsonNode v : values) {
                addPoint(points, v);
            }
        } else if (s.has("value")) {
            addPoint(points, s.get("value"));
        }
        points.sort(Comparator.comparing(CrateMetric.Point::at));
        return new CrateMetric.Series(com.accountdesk.model.DisplayText.neutralise(name), points);
    }

    private static void addPoint(List<CrateMetric.Point> points, JsonNode v) {
        JsonNode t;
        JsonNode value;
        if (v.isArray() && v.size() >= 2) {
            t = v.get(0);
            value = v.get(1);
        } else if (v.isObject()) {
            t = first(v, "timestamp", "time", "t");
            value = first(v, "value", "v");
        } else {
            return;
        }
        Instant at = instantOf(t);
        double x = doubleOf(value);
        if (at != null && !Double.isNaN(x) && !Double.isInfinite(x)) {
            points.add(new CrateMetric.Point(at, x));
        }
    }

    private static JsonNode first(JsonNode n, String... names) {
        for (String name : names) {
            if (n.has(name)) {
                return n.get(name);
            }
        }
        return null;
    }

    private static Instant instantOf(JsonNode t) {
        if (t == null || t.isNull()) {
            return null;
        }
        double seconds = doubleOf(t);
        if (!Double.isNaN(seconds)) {
            // Epoch seconds, or milliseconds; anything past the year 5000 either way is junk.
            if (seconds < 0 || seconds >= 1e14 || (seconds >= 1e11 && seconds < 1e12)) {
                return null;
            }
            return seconds >= 1e12 ? Instant.ofEpochMilli((long) seconds) : Instant.ofEpochMilli((long) (seconds * 1000));
        }
        return LooseValues.parseTime(t.asText());
    }

    static long longOf(JsonNode v) {
        double d = doubleOf(v);
        return Double.isNaN(d) ? 0 : (long) d;
    }

    static double doubleOf(JsonNode v) {
        if (v == null || v.isNull() || v.isContainerNode()) {
            return Double.NaN;
        }
        if (v.isNumber()) {
            return v.asDouble();
        }
        try {
            return Double.parseDouble(v.asText().trim());
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }
}
