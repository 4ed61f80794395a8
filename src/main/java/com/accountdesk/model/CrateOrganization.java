package com.accountdesk.model;

/** A CrateDB Cloud organization ({@code GET /api/v2/organizations/}). */
public record CrateOrganization(String id, String name) {
}
