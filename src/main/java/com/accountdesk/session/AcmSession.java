package com.accountdesk.session;

import com.accountdesk.api.acm.AcmClient;
import com.accountdesk.credentials.Profile;
import com.accountdesk.model.Provider;

import java.util.Objects;

/** A signed-in Altinity Cloud Manager account. */
public record AcmSession(AcmClient client, String displayName, String email, boolean sandbox, Profile profile)
        implements Session {

    public AcmSession {
        Objects.requireNonNull(client, "client");
    }

    public AcmSession(AcmClient client, String displayName, String email, boolean sandbox) {
        this(client, displayName, email, sandbox, null);
    }

    @Override
    public Provider provider() {
        return Provider.ACM;
    }

    @Override
    public AcmSession withProfile(Profile saved) {
        return new AcmSession(client, displayName, email, sandbox, saved);
    }
}
