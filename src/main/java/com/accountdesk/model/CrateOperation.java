package com.accountdesk.model;

import java.time.Instant;

/** One of a cluster's operations ({@code GET /api/v2/clusters/{id}/operations/}); created may be null. */
public record CrateOperation(String id, String type, String status, Instant created) {

    public boolean finished() {
        return "SUCCEEDED".equals(status) || "FAILED".equals(status);
    }

    public boolean failed() {
        return "FAILED".equals(status);
    }
}
