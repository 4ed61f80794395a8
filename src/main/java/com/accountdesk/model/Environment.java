package com.accountdesk.model;

import java.time.Instant;

/** An ACM environment: where clusters are launched. {@code created} may be null when unknown. */
public record Environment(String id, String name, String type, String domain, Instant created) {
}
