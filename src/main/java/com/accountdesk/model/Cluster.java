package com.accountdesk.model;

import java.time.Instant;

/**
 * A ClickHouse cluster of an environment, as ACM reports it.
 *
 * @param endpoint     the host clients connect to ({@code endpoint}); empty when not reported
 * @param endpointHttp the HTTPS URL ACM reports ({@code endpointHTTP}); empty when not reported
 * @param version      the ClickHouse version it runs ({@code systemVersion}); empty when not reported
 * @param locked       locked in ACM ({@code locked}): no life-cycle action may be asked for
 * @param mysqlProtocol the MySQL wire protocol is on ({@code mysqlProtocol})
 * @param mysqlPort    the port of the MySQL protocol ({@code mysqlPort}); 0 when not reported
 * @param nodeType     the node type it runs on ({@code nodeType}, as a launch or rescale sends it; the guide's
 *                     {@code instanceType}); empty when not reported (26.1.59's Cluster does not list it)
 * @param latestBackupTime when its newest backup was made ({@code latestBackupTime}, GMT/UTC); null when not
 *                     reported (26.1.59 does not say what an absent or empty one means, so nothing is made of it)
 */
public record Cluster(String id, String name, String status, String environmentId,
                      int nodes, int shards, int replicas,
                      boolean secure, String endpoint, String endpointHttp, String version,
                      boolean locked, boolean mysqlProtocol, int mysqlPort, String nodeType, Instant latestBackupTime) {

    public Cluster {
        nodeType = nodeType == null ? "" : nodeType;
        endpoint = endpoint == null ? "" : endpoint;
        endpointHttp = endpointHttp == null ? "" : endpointHttp;
        version = version == null ? "" : version;
    }

    /** A cluster whose latest backup was not reported. */
    public Cluster(String id, String name, String status, String environmentId, int nodes, int shards, int replicas,
                   boolean secure, String endpoint, String endpointHttp, String version,
                   boolean locked, boolean mysqlProtocol, int mysqlPort, String nodeType) {
        this(id, name, status, environmentId, nodes, shards, replicas, secure, endpoint, endpointHttp, version,
                locked, mysqlProtocol, mysqlPort, nodeType, null);
    }

    /** A cluster known only by its list columns (what the tests and older answers give). */
    public Cluster(String id, String name, String status, String environmentId, int nodes, int shards, int replicas) {
        this(id, name, status, environmentId, nodes, shards, replicas, false, "", "", "");
    }

    /** A cluster whose node type was not reported. */
    public Cluster(String id, String name, String status, String environmentId, int nodes, int shards, int replicas,
                   boolean secure, String endpoint, String endpointHttp, String version,
                   boolean locked, boolean mysqlProtocol, int mysqlPort) {
        this(id, name, status, environmentId, nodes, shards, replicas, secure, endpoint, endpointHttp, version,
                locked, mysqlProtocol, mysqlPort, "");
    }

    /** A cluster neither locked nor speaking MySQL. */
    public Cluster(String id, String name, String status, String environmentId, int nodes, int shards, int replicas,
                   boolean secure, String endpoint, String endpointHttp, String version) {
        this(id, name, status, environmentId, nodes, shards, replicas, secure, endpoint, endpointHttp, version, false, false, 0);
    }

    public boolean isRunning() {
        return "online".equalsIgnoreCase(status) || "running".equalsIgnoreCase(status);
    }

    /** Suspended by a stop: nothing to watch until it is resumed. */
    public boolean isStopped() {
        return "stopped".equalsIgnoreCase(status) || "suspended".equalsIgnoreCase(status);
    }
}
