package com.accountdesk.model;

/**
 * A CrateDB Cloud cluster as {@code GET /api/v2/clusters/} describes it. {@code diskSizePerNodeBytes}
 * is 0 when the answer gave none; {@code runningOperation} is "" when nothing runs.
 */
public record CrateCluster(String id, String name, String projectId, String crateVersion, int numNodes,
                           String productName, String productTier, int productUnit, long diskSizePerNodeBytes,
                           double cpusPerNode, long memoryPerNodeBytes, String health, String runningOperation,
                           boolean allowCustomStorage, boolean allowSuspend, boolean suspended) {

    /** Whether an operation (expand storage, scale, suspend, ...) is under way. */
    public boolean busy() {
        return runningOperation != null && !runningOperation.isEmpty();
    }

    /** The product as people say it: "cr2 (default)". */
    public String product() {
        return productTier == null || productTier.isEmpty() || productTier.equals("default")
                ? productName : productName + " (" + productTier + ")";
    }
}
