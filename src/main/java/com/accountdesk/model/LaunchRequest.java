package com.accountdesk.model;

import java.util.Objects;

/**
 * What the Launch Cluster wizard sends to {@code POST /{environment}/cluster-launch}.
 *
 * @param version    image tag of altinity/clickhouse-server; empty for the environment's default
 * @param zookeeper  "launch" for a new ZooKeeper, empty for none
 * @param sizeGb     disk storage per node, GB
 */
public record LaunchRequest(String name, String adminUser, Secret adminPass, String version,
                            String instanceType, int shards, int replicas, int nodes, int sizeGb,
                            boolean secure, int httpsPort, int tcpPortSecure,
                            String zookeeper, ZookeeperOptions zookeeperOptions) {

    public static final String ZOOKEEPER_LAUNCH = "launch";

    public LaunchRequest {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(adminPass, "adminPass");
        version = version == null ? "" : version;
        zookeeper = zookeeper == null ? "" : zookeeper;
    }

    /** ZooKeeper options: an image tag and "single" or "ensemble" (three nodes). */
    public record ZookeeperOptions(String tag, String size) {
        public static final String SINGLE = "single";
        public static final String ENSEMBLE = "ensemble";
    }
}
