package com.accountdesk.model;

/** The managed clouds Account Desk can sign in to. */
public enum Provider {
    ACM("Altinity Cloud Manager", "https://acm.altinity.cloud/api/"),
    CRATEDB("CrateDB Cloud", "https://console.cratedb.cloud/");

    private final String label;
    private final String defaultEndpoint;

    Provider(String label, String defaultEndpoint) {
        this.label = label;
        this.defaultEndpoint = defaultEndpoint;
    }

    /** The name shown to people, e.g. "CrateDB Cloud". */
    public String label() {
        return label;
    }

    /** The public service's base URL. */
    public String defaultEndpoint() {
        return defaultEndpoint;
    }
}
