package com.accountdesk.sandbox.crate;

import com.accountdesk.sandbox.http.Reply;
import com.accountdesk.sandbox.http.SandboxError;
import com.accountdesk.sandbox.http.SandboxRequest;
import com.accountdesk.sandbox.state.SandboxState;
import com.accountdesk.sandbox.state.StateData;
import com.fasterxml.jackson.databind.JsonNode;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Organizations, projects, clusters, products, prices, metrics and the cluster operations (expand
 * storage, scale, suspend, upgrade) on the published paths. An operation runs a few seconds by the
 * sandbox's clock; its change shows on the cluster when it has finished (the description says so
 * for the disk size and the unit), and a cluster with an operation running refuses another (409).
 */
final class CrateClusters {
    static final String CLUSTERS = "/api/v2/clusters/";
    static final String CLUSTER = CLUSTERS + "{cluster_id}/";
    /** How long each operation runs, by the clock. */
    static final long EXPAND_MILLIS = 8_000;
    static final long SCALE_MILLIS = 10_000;
    static final long SUSPEND_MILLIS = 6_000;
    static final long UPGRADE_MILLIS = 12_000;
    /** An operation is SENT this long before it is IN_PROGRESS. */
    static final long SENT_MILLIS = 1_000;
    private static final long MAX_METRIC_MINUTES = 31L * 24 * 60;

    private final SandboxState state;
    private final Clock clock;

    CrateClusters(SandboxState state, Clock clock) {
        this.state = state;
        this.clock = clock;
    }

    /** Adds the routes through {@code route}, which authenticates first. */
    void register(CrateApi.Routes route) {
        route.add("GET", "/api/v2/organizations/", r -> Reply.ok(state.read(d -> d.crate.organizations.stream()
                .map(o -> organizationView(d.crate, o)).toList())));
        route.add("GET", "/api/v2/projects/", r -> Reply.ok(state.read(d -> d.crate.projects.stream().map(CrateClusters::projectView).toList())));
        route.add("GET", "/api/v2/organizations/{organization_id}/projects/", this::organizationProjects);
        route.add("GET", CLUSTERS, this::clusters);
        route.add("GET", "/api/v2/organizations/{organization_id}/clusters/", this::organizationClusters);
        route.add("GET", "/api/v2/projects/{project_id}/clusters/", r -> clustersWhere(k -> k.projectId.equals(r.param("project_id"))));
        route.add("GET", CLUSTER, r -> Reply.ok(settled(d -> clusterView(d, cluster(d, r)))));
        route.add("GET", "/api/v2/products/", this::products);
        route.add("GET", "/api/v2/products/clusters/price", this::price);
        route.add("GET", CLUSTER + "metrics/{metric_id}/", this::metrics);
        route.add("GET", CLUSTER + "operations/", this::operations);
        route.add("PUT", CLUSTER + "storage/", this::expandStorage);
        route.add("PUT", CLUSTER + "scale/", this::scale);
        route.add("PUT", CLUSTER + "suspend/", this::suspend);
        route.add("GET", CLUSTER + "available-upgrades/", this::availableUpgrades);
        route.add("PUT", CLUSTER + "upgrade/", this::upgrade);
    }

    private static SandboxError error(int status, String message) {
        return new SandboxError(status, CrateApi.errorBody(message, null));
    }

    private static SandboxError invalid(String field, String message) {
        return new SandboxError(400, CrateApi.errorBody("Validation failed", Map.of(field, List.of(message))));
    }

    /** Applies finished operations, then reads or changes under the same lock. */
    private <T> T settled(SandboxState.Writer<T, SandboxError> work) throws SandboxError {
        long now = clock.millis();
        return state.writeOrRefuse(d -> {
            settle(d, now);
            return work.apply(d);
        });
    }

    static void settle(StateData d, long nowMillis) {
        for (StateData.CrateOperation op : d.crate.operations) {
            if (op.applied || nowMillis < op.startedMillis + op.durationMillis) {
                continue;
            }
            op.applied = true;
            StateData.CrateCluster k = d.crate.clusters.stream().filter(c -> c.id.equals(op.clusterId)).findFirst().orElse(null);
            if (k == null) {
                continue;
            }
            switch (op.type) {
                case "EXPAND_STORAGE" -> k.diskSizePerNodeBytes = op.targetDiskBytes;
                case "SCALE" -> k.productUnit = op.targetUnit;
                case "UPGRADE" -> k.crateVersion = op.targetVersion;
                default -> k.suspended = op.targetSuspended;
            }
        }
    }

    private static StateData.CrateCluster cluster(StateData d, SandboxRequest r) throws SandboxError {
        String id = r.param("cluster_id");
        return d.crate.clusters.stream().filter(k -> k.id.equals(id)).findFirst()
                .orElseThrow(() -> error(404, "Cluster not found"));
    }

    private static StateData.CrateOperation running(StateData d, String clusterId) {
        return d.crate.operations.stream().filter(o -> o.clusterId.equals(clusterId) && !o.applied).findFirst().orElse(null);
    }

    // ---- lists

    private Reply organizationProjects(SandboxRequest r) throws SandboxError {
        String org = r.param("organization_id");
        return Reply.ok(settled(d -> {
            requireOrganization(d, org);
            return d.crate.projects.stream().filter(p -> p.organizationId.equals(org)).map(CrateClusters::projectView).toList();
        }));
    }

    private static void requireOrganization(StateData d, String org) throws SandboxError {
        if (d.crate.organizations.stream().noneMatch(o -> o.id.equals(org))) {
            throw error(404, "Organization not found");
        }
    }

    private Reply clusters(SandboxRequest r) throws SandboxError {
        String project = r.query("project_id");
        String product = r.query("product_name");
        return clustersWhere(k -> (project == null || k.projectId.equals(project)) && (product == null || k.productName.equals(product)));
    }

    private Reply organizationClusters(SandboxRequest r) throws SandboxError {
        String org = r.param("organization_id");
        return Reply.ok(settled(d -> {
            requireOrganization(d, org);
            List<String> projects = d.crate.projects.stream().filter(p -> p.organizationId.equals(org)).map(p -> p.id).toList();
            return d.crate.clusters.stream().filter(k -> projects.contains(k.projectId)).map(k -> clusterView(d, k)).toList();
        }));
    }

    private Reply clustersWhere(java.util.function.Predicate<StateData.CrateCluster> which) throws SandboxError {
        return Reply.ok(settled(d -> d.crate.clusters.stream().filter(which).map(k -> clusterView(d, k)).toList()));
    }

    private Reply products(SandboxRequest r) {
        String tier = r.query("tier");
        String name = r.query("name");
        return Reply.ok(CrateCatalogue.PRODUCTS.stream()
                .filter(p -> (tier == null || p.tier().equals(tier)) && (name == null || p.name().equals(name)))
                .map(CrateCatalogue::productView).toList());
    }

    private Reply price(SandboxRequest r) throws SandboxError {
        String name = r.query("product_name");
        String tier = r.query("product_tier");
        String unitText = r.query("product_unit");
        if (name == null || tier == null || unitText == null || r.query("region") == null) {
            throw invalid(name == null ? "product_name" : tier == null ? "product_tier" : unitText == null ? "product_unit" : "region",
                    "Missing data for required field.");
        }
        CrateCatalogue.Product p = CrateCatalogue.product(name, tier);
        if (p == null) {
            throw error(404, "Product not found");
        }
        int unit;
        long storage;
        try {
            unit = Integer.parseInt(unitText.trim());
            String s = r.query("storage_bytes");
            storage = s == null || s.isBlank() ? p.storageBytes() : Long.parseLong(s.trim());
        } catch (NumberFormatException e) {
            throw invalid("product_unit", "Not a valid integer.");
        }
        if (unit < 0 || unit > p.maxUnit()) {
            throw invalid("product_unit", "Must be between 0 and " + p.maxUnit() + ".");
        }
        return Reply.ok(CrateCatalogue.price(p, unit, storage));
    }

    // ---- metrics

    private Reply metrics(SandboxRequest r) throws SandboxError {
        String metric = r.param("metric_id");
        long now = clock.instant().getEpochSecond();
        long start;
        long end = now;
        try {
            String minutes = r.query("minutes_ago");
            String endText = r.query("end");
            if (endText != null) {
                end = Math.min(now, time(endText));
            }
            if (minutes != null) {
                long m = Long.parseLong(minutes.trim());
                if (m <= 0 || m > MAX_METRIC_MINUTES) {
                    throw invalid("minutes_ago", "Must be between 1 and " + MAX_METRIC_MINUTES + ".");
                }
                start = end - m * 60;
            } else {
                String startText = r.query("start");
                start = startText == null ? end - 3600 : time(startText);
            }
        } catch (NumberFormatException | DateTimeParseException e) {
            throw invalid("start", "Not a valid ISO 8601 time or number of minutes.");
        }
        if (!CrateMetrics.known(metric)) {
            throw error(404, "Metric not found");
        }
        if (end - start > MAX_METRIC_MINUTES * 60) {
            throw invalid("start", "The range may be at most 31 days.");
        }
        long from = start;
        long to = end;
        Map<String, Object> answer = settled(d -> CrateMetrics.answer(metric, cluster(d, r), from, to));
        return answer == null ? Reply.noContent() : Reply.ok(answer);
    }

    /** YYYY-MM-DD or YYYY-MM-DDThh:mm:ssZ, as the description's start and end. */
    private static long time(String text) {
        String t = text.trim();
        if (t.length() == 10) {
            return LocalDate.parse(t).atStartOfDay(ZoneOffset.UTC).toEpochSecond();
        }
        return Instant.parse(t).getEpochSecond();
    }

    // ---- operations

    /**
     * Newest first. {@code type} and {@code limit} are not in the description, but croud polls with
     * them ({@code {"type": "SCALE", "limit": 1}}) and reads the first operation as the one it
     * started: honoured here so croud sees its own operation (the deviation
     * {@code cratedb.croud-operations-filter}).
     */
    private Reply operations(SandboxRequest r) throws SandboxError {
        long now = clock.millis();
        String status = r.query("statuses");
        String type = r.query("type");
        long limit;
        try {
            limit = r.query("limit") == null ? Long.MAX_VALUE : Long.parseLong(r.query("limit").trim());
        } catch (NumberFormatException e) {
            throw invalid("limit", "Not a valid integer.");
        }
        if (limit < 1) {
            throw invalid("limit", "Must be 1 or more.");
        }
        return Reply.ok(Map.of("operations", settled(d -> {
            StateData.CrateCluster k = cluster(d, r);
            List<Map<String, Object>> ops = new ArrayList<>();
            d.crate.operations.stream().filter(o -> o.clusterId.equals(k.id))
                    .sorted(Comparator.comparingLong((StateData.CrateOperation o) -> o.startedMillis).reversed())
                    .filter(o -> status == null || status.equals(status(o, now)))
                    .filter(o -> type == null || type.equals(o.type))
                    .limit(limit)
                    .forEach(o -> ops.add(operationView(o, now)));
            return ops;
        })));
    }

    static String status(StateData.CrateOperation o, long nowMillis) {
        long elapsed = nowMillis - o.startedMillis;
        return o.applied || elapsed >= o.durationMillis ? "SUCCEEDED" : elapsed < SENT_MILLIS ? "SENT" : "IN_PROGRESS";
    }

    private Reply expandStorage(SandboxRequest r) throws SandboxError {
        JsonNode size = r.body().path("disk_size_per_node_bytes");
        if (!size.isIntegralNumber()) {
            throw invalid("disk_size_per_node_bytes", "Not a valid integer.");
        }
        long bytes = size.asLong();
        return Reply.ok(change(r, "EXPAND_STORAGE", EXPAND_MILLIS, (d, k, op) -> {
            CrateCatalogue.Product p = CrateCatalogue.product(k.productName, k.productTier);
            if (!k.allowCustomStorage || p == null) {
                throw error(403, "Custom storage is not available for this cluster's plan.");
            }
            if (bytes <= k.diskSizePerNodeBytes) {
                throw invalid("disk_size_per_node_bytes", "Storage can only grow: the new size must be larger than the current "
                        + k.diskSizePerNodeBytes + " bytes.");
            }
            if (bytes > p.storageMaximumBytes()) {
                throw invalid("disk_size_per_node_bytes", "The size may be at most " + p.storageMaximumBytes() + " bytes for "
                        + p.label() + ".");
            }
            op.targetDiskBytes = bytes;
            op.before = k.diskSizePerNodeBytes;
        }));
    }

    private Reply scale(SandboxRequest r) throws SandboxError {
        JsonNode unit = r.body().path("product_unit");
        if (!unit.isIntegralNumber()) {
            throw invalid("product_unit", "Not a valid integer.");
        }
        int target = unit.asInt();
        return Reply.ok(change(r, "SCALE", SCALE_MILLIS, (d, k, op) -> {
            CrateCatalogue.Product p = CrateCatalogue.product(k.productName, k.productTier);
            if (p == null || target < 0 || target > p.maxUnit()) {
                throw invalid("product_unit", "Must be between 0 and " + (p == null ? 0 : p.maxUnit()) + " for this product.");
            }
            if (target == k.productUnit) {
                throw invalid("product_unit", "The cluster already has " + (target + 1) + (target == 0 ? " node." : " nodes."));
            }
            op.targetUnit = target;
            op.before = k.productUnit;
        }));
    }

    private Reply suspend(SandboxRequest r) throws SandboxError {
        JsonNode suspended = r.body().path("suspended");
        if (!suspended.isBoolean()) {
            throw invalid("suspended", "Not a valid boolean.");
        }
        boolean target = suspended.booleanValue();
        return Reply.ok(change(r, "SUSPEND", SUSPEND_MILLIS, (d, k, op) -> {
            if (!k.allowSuspend) {
                throw error(403, "This cluster cannot be suspended.");
            }
            if (k.suspended == target) {
                throw invalid("suspended", target ? "The cluster is already suspended." : "The cluster is not suspended.");
            }
            op.targetSuspended = target;
            op.before = k.suspended ? 1 : 0;
        }));
    }

    /**
     * The published {@code CrateDBVersions}: one version a channel, so the newest stable version the
     * cluster may move to (the next hotfix or the next minor); no channel when there is none.
     */
    private Reply availableUpgrades(SandboxRequest r) throws SandboxError {
        return Reply.ok(settled(d -> {
            List<String> to = CrateCatalogue.upgradesFrom(cluster(d, r).crateVersion);
            Map<String, Object> channels = new LinkedHashMap<>();
            if (!to.isEmpty()) {
                String newest = to.get(to.size() - 1);
                int[] p = CrateCatalogue.parts(newest);
                Map<String, Object> v = new LinkedHashMap<>();
                v.put("hotfix", p[2]);
                v.put("major", p[0]);
                v.put("minor", p[1]);
                v.put("version", newest);
                channels.put("stable", v);
            }
            return Map.of("crate_versions", channels);
        }));
    }

    private Reply upgrade(SandboxRequest r) throws SandboxError {
        JsonNode version = r.body().path("crate_version");
        if (!version.isTextual() || version.asText().isBlank()) {
            throw invalid("crate_version", "Missing data for required field.");
        }
        String target = version.asText().trim();
        return Reply.ok(change(r, "UPGRADE", UPGRADE_MILLIS, (d, k, op) -> {
            if (!CrateCatalogue.upgradesFrom(k.crateVersion).contains(target)) {
                throw invalid("crate_version", "CrateDB " + target + " is not an available upgrade from " + k.crateVersion
                        + "; see the cluster's available upgrades.");
            }
            op.beforeVersion = k.crateVersion;
            op.targetVersion = target;
        }));
    }

    @FunctionalInterface
    private interface Change {
        void check(StateData d, StateData.CrateCluster k, StateData.CrateOperation op) throws SandboxError;
    }

    /** Starts an operation on the cluster unless it is busy or the change is refused; answers the cluster. */
    private Map<String, Object> change(SandboxRequest r, String type, long millis, Change change) throws SandboxError {
        long now = clock.millis();
        return settled(d -> {
            StateData.CrateCluster k = cluster(d, r);
            if (running(d, k.id) != null) {
                throw error(409, "Another operation is running on this cluster; try again when it has finished.");
            }
            if (k.suspended && !type.equals("SUSPEND")) {
                throw invalid("suspended", "The cluster is suspended; resume it first.");
            }
            StateData.CrateOperation op = new StateData.CrateOperation();
            op.id = UUID.randomUUID().toString();
            op.clusterId = k.id;
            op.type = type;
            op.startedMillis = now;
            op.durationMillis = millis;
            change.check(d, k, op);
            d.crate.operations.add(op);
            return clusterView(d, k);
        });
    }

    // ---- views

    private static Map<String, Object> dc(long createdSeconds, long modifiedSeconds) {
        Map<String, Object> dc = new LinkedHashMap<>();
        dc.put("created", CrateApi.format(createdSeconds));
        dc.put("modified", CrateApi.format(modifiedSeconds));
        return dc;
    }

    private static Map<String, Object> organizationView(StateData.CrateAccount c, StateData.CrateOrganization o) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("dc", dc(o.created, o.created));
        m.put("email", c.email);
        m.put("id", o.id);
        m.put("name", o.name);
        m.put("notifications_enabled", true);
        m.put("plan_type", 3);
        m.put("project_count", (int) c.projects.stream().filter(p -> p.organizationId.equals(o.id)).count());
        m.put("role_fqn", "org_admin");
        return m;
    }

    private static Map<String, Object> projectView(StateData.CrateProject p) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("dc", dc(p.created, p.created));
        m.put("id", p.id);
        m.put("name", p.name);
        m.put("organization_id", p.organizationId);
        m.put("region", p.region);
        return m;
    }

    private Map<String, Object> clusterView(StateData d, StateData.CrateCluster k) {
        StateData.CrateOperation op = running(d, k.id);
        CrateCatalogue.Product p = CrateCatalogue.product(k.productName, k.productTier);
        String host = k.name + "." + CrateCatalogue.REGION + ".sandbox.local";
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("allow_custom_storage", k.allowCustomStorage);
        m.put("allow_suspend", k.allowSuspend);
        m.put("backup_schedule", "@daily");
        m.put("channel", "stable");
        m.put("crate_version", k.crateVersion);
        m.put("dc", dc(k.created, k.created));
        m.put("deletion_protected", false);
        m.put("fqdn", host + ".");
        m.put("gc_available", false);
        Map<String, Object> hw = new LinkedHashMap<>();
        hw.put("cpus_per_node", p == null ? null : p.cpuCores());
        hw.put("disk_size_per_node_bytes", k.diskSizePerNodeBytes);
        hw.put("disk_type", "premium");
        hw.put("disks_per_node", 1);
        hw.put("heap_size_bytes", p == null ? 0 : p.ramBytes() / 2);
        hw.put("memory_per_node_bytes", p == null ? null : p.ramBytes());
        m.put("hardware_specs", hw);
        Map<String, Object> health = new LinkedHashMap<>();
        health.put("last_seen", CrateApi.format(k.suspended ? k.seeded : clock.instant().getEpochSecond()).substring(0, 26));
        health.put("running_operation", op == null ? "" : op.type);
        health.put("status", k.suspended ? "SUSPENDED" : k.health);
        m.put("health", health);
        m.put("id", k.id);
        m.put("ip_whitelist", List.of());
        StateData.CrateOperation last = d.crate.operations.stream().filter(o -> o.clusterId.equals(k.id))
                .max(Comparator.comparingLong(o -> o.startedMillis)).orElse(null);
        if (last != null) {
            Map<String, Object> lastView = new LinkedHashMap<>();
            lastView.put("dc", dc(last.startedMillis / 1000, last.startedMillis / 1000));
            lastView.put("id", last.id);
            lastView.put("status", last.applied ? "SUCCEEDED" : "IN_PROGRESS");
            lastView.put("type", last.type);
            m.put("last_async_operation", lastView);
        }
        m.put("name", k.name);
        m.put("num_nodes", k.productUnit + 1);
        m.put("origin", "cloud");
        m.put("product_name", k.productName);
        m.put("product_tier", k.productTier);
        m.put("product_unit", k.productUnit);
        m.put("project_id", k.projectId);
        m.put("subscription_id", "sandbox-subscription");
        m.put("suspended", k.suspended);
        m.put("url", "https://" + host + ":4200");
        m.put("username", "admin");
        return m;
    }

    private static Map<String, Object> operationView(StateData.CrateOperation o, long nowMillis) {
        Map<String, Object> m = new LinkedHashMap<>();
        long startedSeconds = o.startedMillis / 1000;
        String status = status(o, nowMillis);
        long modified = status.equals("SUCCEEDED") ? (o.startedMillis + o.durationMillis) / 1000 : startedSeconds;
        m.put("dc", dc(startedSeconds, modified));
        m.put("entity", "CLUSTER");
        m.put("entity_id", o.clusterId);
        m.put("feedback_data", Map.of());
        m.put("id", o.id);
        Map<String, Object> data = new LinkedHashMap<>();
        switch (o.type) {
            case "EXPAND_STORAGE" -> {
                data.put("current_disk_size_per_node_bytes", o.before);
                data.put("target_disk_size_per_node_bytes", o.targetDiskBytes);
            }
            case "SCALE" -> {
                data.put("current_product_unit", o.before);
                data.put("current_num_nodes", o.before + 1);
                data.put("target_product_unit", o.targetUnit);
                data.put("target_num_nodes", o.targetUnit + 1);
            }
            case "UPGRADE" -> {
                data.put("current_version", o.beforeVersion);
                data.put("target_version", o.targetVersion);
            }
            default -> data.put("target_suspended", o.targetSuspended);
        }
        m.put("non_sensitive_data", data);
        m.put("status", status);
        m.put("type", o.type);
        return m;
    }
}
