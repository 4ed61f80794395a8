package com.accountdesk.ui.launch;

/** The wizard's pages, in order. */
public enum WizardPage {
    ENVIRONMENT("Environment"),
    CLUSTER("Cluster"),
    RESOURCES("Resources"),
    CONNECTION("Connection"),
    HIGH_AVAILABILITY("High availability"),
    REVIEW("Review");

    private final String title;

    WizardPage(String title) {
        this.title = title;
    }

    public String title() {
        return title;
    }

    public WizardPage next() {
        return this == REVIEW ? REVIEW : values()[ordinal() + 1];
    }

    public WizardPage previous() {
        return this == ENVIRONMENT ? ENVIRONMENT : values()[ordinal() - 1];
    }
}
