package com.accountdesk.model;

/**
 * A ClickHouse Keeper already running in an environment ({@code GET /environment/{environment}/keepers},
 * {@code CHKeeper}); a launch that uses it sends its {@link #name} as {@code keeperName}.
 *
 * @param ha true when it runs as a three-node quorum
 */
public record Keeper(String name, String instanceType, String image, boolean ha) {
}
