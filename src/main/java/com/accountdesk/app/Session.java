package com.accountdesk.app;

import com.accountdesk.api.acm.AcmClient;
import com.accountdesk.api.cratedb.CrateCloudClient;
import com.accountdesk.credentials.Profile;
import com.accountdesk.model.Provider;

/**
 * A signed-in account: which cloud, the client to call it with, and who it is. Exactly one client
 * is present, the one of {@link #provider()}; asking for the other is a programming error.
 *
 * @param sandbox true when the endpoint is the embedded sandbox, so the UI can say so
 * @param profile the saved account it was opened from, or null
 */
public record Session(Provider provider, AcmClient acm, CrateCloudClient crate, String displayName, String email,
                      boolean sandbox, Profile profile) {

    public Session {
        if ((provider == Provider.ACM) != (acm != null) || (provider == Provider.CRATEDB) != (crate != null)) {
            throw new IllegalArgumentException("a " + provider + " session needs exactly its own client");
        }
    }

    /** An ACM session. */
    public Session(AcmClient acm, String displayName, String email, boolean sandbox) {
        this(Provider.ACM, acm, null, displayName, email, sandbox, null);
    }

    /** A CrateDB Cloud session. */
    public static Session ofCrate(CrateCloudClient crate, String displayName, String email, boolean sandbox) {
        return new Session(Provider.CRATEDB, null, crate, displayName, email, sandbox, null);
    }

    /** The ACM client; only for an ACM session. */
    @Override
    public AcmClient acm() {
        if (acm == null) {
            throw new IllegalStateException("a " + provider.label() + " session has no ACM client");
        }
        return acm;
    }

    /** The CrateDB Cloud client; only for a CrateDB session. */
    @Override
    public CrateCloudClient crate() {
        if (crate == null) {
            throw new IllegalStateException("a " + provider.label() + " session has no CrateDB client");
        }
        return crate;
    }

    public boolean isAcm() {
        return provider == Provider.ACM;
    }

    public boolean isCrate() {
        return provider == Provider.CRATEDB;
    }

    public Session withProfile(Profile saved) {
        return new Session(provider, acm, crate, displayName, email, sandbox, saved);
    }
}
