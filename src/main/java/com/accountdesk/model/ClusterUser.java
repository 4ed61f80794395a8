package com.accountdesk.model;

import java.util.List;

/**
 * A ClickHouse user of a cluster, as {@code GET /cluster/{cluster}/users} lists it.
 *
 * @param id        ACM's id for it; "" when the answer gives none (users in ClickHouse's replicated
 *                  storage have none, reported by gorgias-oss/terraform-provider-altinity): then the
 *                  login addresses it
 * @param databases the databases it may use; empty for all
 */
public record ClusterUser(String id, String login, List<String> databases, boolean accessManagement) {
    public ClusterUser {
        databases = List.copyOf(databases);
    }

    /** How the cluster-scoped paths address it: its id, or its login where it has none. */
    public String reference() {
        return id == null || id.isBlank() ? login : id;
    }
}
