package com.accountdesk.model;

/** A CrateDB Cloud project: its organization and region (the price endpoint asks for the region). */
public record CrateProject(String id, String name, String organizationId, String region) {
}
