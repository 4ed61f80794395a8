package com.accountdesk.ui.launch;

import com.accountdesk.ui.common.Texts;

/** The wizard's pages, in order. */
public enum WizardPage {
    ENVIRONMENT,
    CLUSTER,
    RESOURCES,
    CONNECTION,
    HIGH_AVAILABILITY,
    REVIEW;

    /** The page's name in the list of steps. */
    public String title() {
        return switch (this) {
            case ENVIRONMENT -> Texts.get("launch.environment.environment");
            case CLUSTER -> Texts.get("launch.cluster.cluster");
            case RESOURCES -> Texts.get("launch.resources.resources");
            case CONNECTION -> Texts.get("launch.connection.connection");
            case HIGH_AVAILABILITY -> Texts.get("launch.highAvailability.highAvailability");
            case REVIEW -> Texts.get("launch.review.review");
        };
    }

    public WizardPage next() {
        return this == REVIEW ? REVIEW : values()[ordinal() + 1];
    }

    public WizardPage previous() {
        return this == ENVIRONMENT ? ENVIRONMENT : values()[ordinal() - 1];
    }
}
