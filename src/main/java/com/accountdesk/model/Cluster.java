package com.accountdesk.model;

/** A ClickHouse cluster of an environment, as ACM reports it. */
public record Cluster(String id, String name, String status, String environmentId,
                      int nodes, int shards, int replicas) {
    public boolean isRunning() {
        return "online".equalsIgnoreCase(status) || "running".equalsIgnoreCase(status);
    }
}
