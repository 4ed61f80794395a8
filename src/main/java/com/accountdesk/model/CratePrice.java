package com.accountdesk.model;

/** A product's price per month ({@code GET /api/v2/products/clusters/price}): nodes, storage, total; NaN when not given. */
public record CratePrice(double clusterPerMonth, double storagePerMonth, double totalPerMonth) {
}
