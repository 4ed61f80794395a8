package com.accountdesk.model;

import java.util.Objects;

/** A CrateDB Cloud key just created, with the secret the service shows this once only. */
public record CreatedCrateKey(CrateApiKey key, Secret secret) {
    public CreatedCrateKey {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(secret, "secret");
    }
}
