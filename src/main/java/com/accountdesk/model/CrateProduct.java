package com.accountdesk.model;

import java.util.List;

/**
 * A CrateDB Cloud product ({@code GET /api/v2/products/}): the storage a node may have (0 when the
 * answer gave none) and its scale options (unit = nodes − 1).
 */
public record CrateProduct(String name, String tier, String label, long storageMinimumBytes,
                           long storageMaximumBytes, List<Scale> scaling) {
    public CrateProduct {
        scaling = List.copyOf(scaling);
    }

    /** One scale option: the unit to send and the nodes it means. */
    public record Scale(int unit, int nodes) {
    }

    public boolean is(String productName, String productTier) {
        return name.equals(productName) && (tier.isEmpty() || productTier == null || tier.equals(productTier));
    }
}
