package com.accountdesk.model;

/**
 * One ACM access right, as {@code GET /access-rights} lists it.
 *
 * @param name  how the answers name it (e.g. {@code cluster.launch})
 * @param title what the web console calls it; the name when the answer gives none
 * @param block the title of the block it is listed under
 */
public record AccessRight(String name, String title, String block) {
}
