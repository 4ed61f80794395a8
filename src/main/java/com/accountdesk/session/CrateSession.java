package com.accountdesk.session;

import com.accountdesk.api.cratedb.CrateCloudClient;
import com.accountdesk.credentials.Profile;
import com.accountdesk.model.Provider;

import java.util.Objects;

/** A signed-in CrateDB Cloud account. */
public record CrateSession(CrateCloudClient client, String displayName, String email, boolean sandbox, Profile profile)
        implements Session {

    public CrateSession {
        Objects.requireNonNull(client, "client");
    }

    public CrateSession(CrateCloudClient client, String displayName, String email, boolean sandbox) {
        this(client, displayName, email, sandbox, null);
    }

    @Override
    public Provider provider() {
        return Provider.CRATEDB;
    }

    @Override
    public CrateSession withProfile(Profile saved) {
        return new CrateSession(client, displayName, email, sandbox, saved);
    }
}
