package com.accountdesk.session;

import com.accountdesk.credentials.Profile;
import com.accountdesk.model.Provider;

/**
 * A signed-in account. One record per cloud, each with its own client, so every place that must
 * handle both clouds is a type test ({@code session instanceof AcmSession acm}) the compiler sees,
 * not a nullable field.
 */
public sealed interface Session permits AcmSession, CrateSession {

    Provider provider();

    /** Who is signed in, as the account names itself. */
    String displayName();

    String email();

    /** True when the endpoint is the embedded sandbox, so the UI can say so. */
    boolean sandbox();

    /** The saved account it was opened from, or null. */
    Profile profile();

    /** The same session, opened from {@code saved}. */
    Session withProfile(Profile saved);
}
