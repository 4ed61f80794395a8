package com.accountdesk.sandbox.crate;

import com.accountdesk.sandbox.state.StateData;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The sandbox's CrateDB Cloud products, their prices, and the demo organization, projects and
 * clusters. Prices are made up but shaped as the published {@code ProductPricing}: per hour and per
 * month (730 hours), for the nodes, for the storage and in total.
 */
public final class CrateCatalogue {
    static final long GIB = 1024L * 1024 * 1024;
    static final double HOURS_PER_MONTH = 730;
    /** Storage, per GiB and hour, on every product but the free one. */
    static final double STORAGE_PER_GIB_HOUR = 0.000164;
    public static final String REGION = "eastus.azure";

    /** A product: name, tier, cores, RAM, default/min/max storage per node, node price per hour, units (nodes − 1). */
    record Product(String name, String tier, String label, double cpuCores, long ramBytes, long storageBytes,
                   long storageMinimumBytes, long storageMaximumBytes, double nodePerHour, int maxUnit) {
        boolean free() {
            return nodePerHour == 0;
        }
    }

    static final List<Product> PRODUCTS = List.of(
            new Product("crfree", "free", "CRFREE", 0.5, 2 * GIB, 8 * GIB, 8 * GIB, 8 * GIB, 0, 0),
            new Product("cr1", "default", "CR1", 2, 8 * GIB, 128 * GIB, 32 * GIB, 4096 * GIB, 0.21, 2),
            new Product("cr2", "default", "CR2", 4, 16 * GIB, 512 * GIB, 32 * GIB, 8192 * GIB, 0.42, 8));

    /** The stable CrateDB versions the sandbox knows, oldest first. */
    static final List<String> STABLE_VERSIONS = List.of("5.8.5", "5.8.6", "5.9.4", "5.9.7", "5.9.8", "5.10.2");

    /**
     * The versions {@code current} may be upgraded to, oldest first, as the description says:
     * later hotfixes of the same minor, or the immediately next minor; never a major or a downgrade.
     */
    static List<String> upgradesFrom(String current) {
        int[] now = parts(current);
        if (now == null) {
            return List.of();
        }
        return STABLE_VERSIONS.stream().filter(v -> {
            int[] x = parts(v);
            return x[0] == now[0] && (x[1] == now[1] && x[2] > now[2] || x[1] == now[1] + 1);
        }).toList();
    }

    /** major, minor, hotfix; null when the text is not such a version. */
    static int[] parts(String version) {
        String[] p = version == null ? new String[0] : version.trim().split("\\.");
        if (p.length != 3) {
            return null;
        }
        try {
            return new int[] {Integer.parseInt(p[0]), Integer.parseInt(p[1]), Integer.parseInt(p[2])};
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** The demo ids, fixed so tests and screenshots can name them. */
    public static final String PROJECT_PRODUCTION = "5a0e6b1c-7d2f-4e3a-9b4c-1d2e3f4a5b6c";
    public static final String PROJECT_DEVELOPMENT = "6b1f7c2d-8e3a-4f4b-8c5d-2e3f4a5b6c7d";
    public static final String CLUSTER_ORDERS = "0c4e8a12-3b5d-4f6e-8a7b-9c0d1e2f3a4b";
    public static final String CLUSTER_ANALYTICS = "1d5f9b23-4c6e-4a7f-9b8c-0d1e2f3a4b5c";
    public static final String CLUSTER_FREE = "2e6a0c34-5d7f-4b8a-8c9d-1e2f3a4b5c6d";
    public static final String CLUSTER_ARCHIVE = "3f7b1d45-6e8a-4c9b-9d0e-2f3a4b5c6d7e";

    private CrateCatalogue() {
    }

    static Product product(String name, String tier) {
        return PRODUCTS.stream().filter(p -> p.name().equals(name) && (tier == null || p.tier().equals(tier)))
                .findFirst().orElse(null);
    }

    /** Adds the demo organization, projects and clusters to a state that has none; true if it did. */
    public static boolean seedIfMissing(StateData d, Clock clock) {
        StateData.CrateAccount c = d.crate;
        if (c == null || c.uid == null || !c.organizations.isEmpty()) {
            return false;
        }
        long now = clock.instant().getEpochSecond();
        StateData.CrateOrganization org = new StateData.CrateOrganization();
        org.id = c.organizationId;
        org.name = "Demo Organization";
        org.created = now - 400 * 86_400L;
        c.organizations.add(org);
        c.projects.add(project(PROJECT_PRODUCTION, "production", org.id, now - 380 * 86_400L));
        c.projects.add(project(PROJECT_DEVELOPMENT, "development", org.id, now - 200 * 86_400L));
        // A disk at 78 % that fills 2.4 % of its size a day: amber now, over 90 % in five days.
        c.clusters.add(cluster(CLUSTER_ORDERS, "orders-prod", PROJECT_PRODUCTION, "cr2", 2, 512 * GIB, 0.78, 0.024, now));
        c.clusters.add(cluster(CLUSTER_ANALYTICS, "analytics-dev", PROJECT_DEVELOPMENT, "cr1", 0, 128 * GIB, 0.41, 0.005, now));
        StateData.CrateCluster free = cluster(CLUSTER_FREE, "free-trial", PROJECT_DEVELOPMENT, "crfree", 0, 8 * GIB, 0.23, 0.002, now);
        free.allowCustomStorage = false;
        free.allowSuspend = false;
        free.crateVersion = "5.8.5";
        c.clusters.add(free);
        StateData.CrateCluster archive = cluster(CLUSTER_ARCHIVE, "archive-2023", PROJECT_PRODUCTION, "cr1", 0, 256 * GIB, 0.64, 0, now);
        archive.suspended = true;
        c.clusters.add(archive);
        return true;
    }

    private static StateData.CrateProject project(String id, String name, String org, long created) {
        StateData.CrateProject p = new StateData.CrateProject();
        p.id = id;
        p.name = name;
        p.organizationId = org;
        p.region = REGION;
        p.created = created;
        return p;
    }

    private static StateData.CrateCluster cluster(String id, String name, String project, String product, int unit,
                                                  long disk, double used, double growthPerDay, long now) {
        StateData.CrateCluster k = new StateData.CrateCluster();
        k.id = id;
        k.name = name;
        k.projectId = project;
        k.crateVersion = "5.9.4";
        Product p = product(product, null);
        k.productName = p.name();
        k.productTier = p.tier();
        k.productUnit = unit;
        k.diskSizePerNodeBytes = disk;
        k.created = now - 90 * 86_400L;
        k.seeded = now;
        k.usedBytesAtSeed = (long) (disk * used);
        k.growthBytesPerDay = (long) (disk * growthPerDay);
        return k;
    }

    // ---- views

    static Map<String, Object> productView(Product p) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("deprecated", false);
        m.put("description", p.label() + ": " + fmt(p.cpuCores()) + " CPU cores and " + p.ramBytes() / GIB + " GiB RAM per node");
        m.put("kind", "cluster");
        m.put("label", p.label());
        m.put("name", p.name());
        m.put("offer", "standard");
        m.put("plan", "default");
        // One node's price a minute, in the scaling options' unit; 0 for the free product (croud lists only priced ones).
        m.put("price_per_dtu_minute", (int) Math.round(p.nodePerHour() / 60 * 100_000));
        m.put("region", REGION);
        m.put("scale_summary", p.maxUnit() == 0 ? "1 node" : "1 to " + (p.maxUnit() + 1) + " nodes");
        List<Map<String, Object>> scaling = new ArrayList<>();
        for (int unit = 0; unit <= p.maxUnit(); unit++) {
            Map<String, Object> s = new LinkedHashMap<>();
            s.put("description", (unit + 1) + (unit == 0 ? " node" : " nodes"));
            s.put("nodes", unit + 1);
            s.put("price_per_minute", (int) Math.round(p.nodePerHour() * (unit + 1) / 60 * 100_000));
            s.put("storage_bytes", p.storageBytes() * (unit + 1));
            s.put("value", unit);
            scaling.add(s);
        }
        m.put("scaling", scaling);
        Map<String, Object> specs = new LinkedHashMap<>();
        specs.put("cpu_cores", p.cpuCores());
        specs.put("ram_bytes", p.ramBytes());
        specs.put("storage_bytes", p.storageBytes());
        specs.put("storage_maximum_bytes", p.storageMaximumBytes());
        specs.put("storage_minimum_bytes", p.storageMinimumBytes());
        m.put("specs", specs);
        m.put("tags", List.of());
        m.put("tier", p.tier());
        return m;
    }

    private static String fmt(double cores) {
        return cores == Math.rint(cores) ? String.valueOf((long) cores) : String.valueOf(cores);
    }

    /** The published ProductPricing for {@code unit} (nodes − 1) with {@code storageBytes} per node. */
    static Map<String, Object> price(Product p, int unit, long storageBytes) {
        int nodes = unit + 1;
        double clusterHour = p.nodePerHour() * nodes;
        double storageHour = p.free() ? 0 : STORAGE_PER_GIB_HOUR * storageBytes / GIB * nodes;
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("cluster_price", pricing(clusterHour));
        m.put("storage_price", pricing(storageHour));
        m.put("total_price", pricing(clusterHour + storageHour));
        return m;
    }

    private static Map<String, Object> pricing(double perHour) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("price_per_hour", Math.round(perHour * 10_000) / 10_000.0);
        m.put("price_per_month", Math.round(perHour * HOURS_PER_MONTH * 100) / 100.0);
        return m;
    }
}
