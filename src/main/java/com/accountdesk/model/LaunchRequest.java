package com.accountdesk.model;

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
                            String zookeeper, ZookeeperOptions zookeeperOptions, String role) {

    public static final String ZOOKEEPER_LAUNCH = "launch";
    public static final String ROLE_PRODUCTION = "prod";
    public static final String ROLE_DEVELOPMENT = "dev";

    public LaunchRequest {
        Objects.requireNonNull(name, "name");
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
}
