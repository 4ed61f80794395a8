package com.accountdesk.model;

import java.util.List;
import java.util.Objects;

/**
 * What the Launch Cluster wizard asks ACM to launch; how it is written on the wire (ACM 26.1.59's
 * form or the Altinity API Guide's) is the client's business.
 *
 * @param version    image tag of altinity/clickhouse-server; empty for the environment's default
 * @param nodeType   a node type of the environment (the guide calls it instanceType)
 * @param sizeGb     disk storage per node, GB
 * @param zookeeper  "launch" for a new ZooKeeper, empty for none
 * @param role       {@link #ROLE_PRODUCTION} or {@link #ROLE_DEVELOPMENT}
 */
public record LaunchRequest(String name, String adminUser, Secret adminPass, String version,
                            String nodeType, int shards, int replicas, int nodes, int sizeGb,
                            boolean secure, int httpsPort, int tcpPortSecure,
                            String zookeeper, ZookeeperOptions zookeeperOptions, String role, Extras extras) {

    public static final String ZOOKEEPER_LAUNCH = "launch";
    public static final String ROLE_PRODUCTION = "prod";
    public static final String ROLE_DEVELOPMENT = "dev";

    /** A request with none of the {@link Extras}. */
    public LaunchRequest(String name, String adminUser, Secret adminPass, String version,
                         String nodeType, int shards, int replicas, int nodes, int sizeGb,
                         boolean secure, int httpsPort, int tcpPortSecure,
                         String zookeeper, ZookeeperOptions zookeeperOptions, String role) {
        this(name, adminUser, adminPass, version, nodeType, shards, replicas, nodes, sizeGb, secure, httpsPort, tcpPortSecure,
                zookeeper, zookeeperOptions, role, Extras.NONE);
    }

    public LaunchRequest {
        Objects.requireNonNull(name, "name");
        extras = extras == null ? Extras.NONE : extras;
        Objects.requireNonNull(adminPass, "adminPass");
        version = version == null ? "" : version;
        zookeeper = zookeeper == null ? "" : zookeeper;
        if (!ROLE_PRODUCTION.equals(role) && !ROLE_DEVELOPMENT.equals(role)) {
            throw new IllegalArgumentException("role must be prod or dev");
        }
    }

    /** ZooKeeper options: an image tag and "single" or "ensemble" (three nodes). */
    public record ZookeeperOptions(String tag, String size) {
        public static final String SINGLE = "single";
        public static final String ENSEMBLE = "ensemble";
    }

    /**
     * The fields of ACM's own wizard beyond the guide's (26.1.59's body has them all).
     *
     * @param keeperName     an existing ClickHouse Keeper to use; empty for none
     * @param ipRestrictions IP addresses and CIDR ranges allowed to connect; empty for anyone
     * @param lbType         load balancer type; empty for the environment's default
     * @param mysqlPort      the MySQL protocol's port, or 0 for no MySQL protocol
     * @param zones          availability zones to spread over; empty for the environment's choice
     * @param storageClass   a storage class the environment's node types name; empty for the environment's default
     */
    public record Extras(String keeperName, Uptime uptime, List<String> ipRestrictions, String lbType,
                         int mysqlPort, List<String> zones, String storageClass) {
        public static final Extras NONE = new Extras("", Uptime.ALWAYS, List.of(), "", 0, List.of(), "");

        /** Extras with the environment's default storage class. */
        public Extras(String keeperName, Uptime uptime, List<String> ipRestrictions, String lbType,
                      int mysqlPort, List<String> zones) {
            this(keeperName, uptime, ipRestrictions, lbType, mysqlPort, zones, "");
        }

        public Extras withStorageClass(String storageClass) {
            return new Extras(keeperName, uptime, ipRestrictions, lbType, mysqlPort, zones, storageClass);
        }

        public Extras {
            storageClass = storageClass == null ? "" : storageClass;
            keeperName = keeperName == null ? "" : keeperName;
            uptime = uptime == null ? Uptime.ALWAYS : uptime;
            ipRestrictions = ipRestrictions == null ? List.of() : List.copyOf(ipRestrictions);
            lbType = lbType == null ? "" : lbType;
            zones = zones == null ? List.of() : List.copyOf(zones);
        }
    }

    /**
     * When the cluster runs: always, stopped after {@code idleHours} without queries, or stopped
     * at {@code stopAt} and started at {@code startAt} each day (HH:MM, UTC).
     */
    public record Uptime(Mode mode, int idleHours, String stopAt, String startAt) {
        public static final Uptime ALWAYS = new Uptime(Mode.ALWAYS_ON, 0, "", "");

        public enum Mode { ALWAYS_ON, STOP_WHEN_INACTIVE, SCHEDULE }
    }
}
