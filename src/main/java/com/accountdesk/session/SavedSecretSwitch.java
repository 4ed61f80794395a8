package com.accountdesk.session;

import com.accountdesk.api.ApiException;
import com.accountdesk.credentials.Profile;
import com.accountdesk.credentials.SavedSecretRefused;
import com.accountdesk.model.Provider;
import com.accountdesk.model.Secret;

import java.util.Objects;
import java.util.Optional;

/**
 * Makes a new key the secret an account is saved with, only once it is proven to work: signs in with
 * it, saves it, reads it back; if saving fails, what was saved before is put back. The one place the
 * app's own key replacement (ui/main) and key rotation (ui/rotate) change a saved secret. Blocking.
 */
public final class SavedSecretSwitch {
    /** The new key works, but the credential store did not keep it; the saved secret is as it was. */
    public static final class NotSaved extends Exception {
        private static final long serialVersionUID = 1L;
        public NotSaved() {
            super("the credential store did not keep the new key");
        }
    }

    private final Accounts accounts;

    public SavedSecretSwitch(Accounts accounts) {
        this.accounts = Objects.requireNonNull(accounts, "accounts");
    }

    /** Whether {@code secret} is what is saved for {@code profile} (a saved secret not trusted is not). */
    public boolean isSaved(Profile profile, Secret secret) {
        return saved(profile).map(secret::equals).orElse(false);
    }

    /** The secret saved for {@code profile}, if one is and it may be used. */
    public Optional<Secret> saved(Profile profile) {
        try {
            return accounts.savedSecret(profile);
        } catch (SavedSecretRefused e) {
            return Optional.empty();
        }
    }

    /**
     * Signs in with {@code fresh} (CrateDB: as key {@code crateKey}) at the session's endpoint, then
     * saves it as the account's secret and checks it was kept.
     *
     * @param crateKey CrateDB: the new key's id (the profile signs in with it from now on); ACM: ignored
     * @return the new key's session, its profile the saved one
     * @throws ApiException the new key did not work; nothing was saved
     * @throws NotSaved     the store did not keep it; the previous saved secret (if any) is back
     */
    public Session switchTo(Session current, String crateKey, Secret fresh) throws ApiException, NotSaved {
        Profile profile = Objects.requireNonNull(current.profile(), "a saved account");
        Profile next = profile.provider() == Provider.CRATEDB ? profile.withLogin(crateKey) : profile;
        Session signedIn = accounts.signIn(next, endpointOf(current), fresh, current.sandbox());
        Optional<Secret> before = saved(profile);
        Profile saved = accounts.remember(next, fresh, true);
        if (!isSaved(saved, fresh)) {
            // The store may have kept nothing or something half-written: put back what worked.
            accounts.remember(profile, before.orElse(fresh), before.isPresent());
            throw new NotSaved();
        }
        return signedIn.withProfile(saved);
    }

    /** Signs in with {@code secret} (CrateDB: as key {@code crateKey}) without saving anything: does it work? */
    public Session proveOnly(Session current, String crateKey, Secret secret) throws ApiException {
        Profile profile = Objects.requireNonNull(current.profile(), "a saved account");
        Profile next = profile.provider() == Provider.CRATEDB ? profile.withLogin(crateKey) : profile;
        return accounts.signIn(next, endpointOf(current), secret, current.sandbox()).withProfile(next);
    }

    /** The base URL the session calls (the sandbox's own for a sandbox profile). */
    public static String endpointOf(Session session) {
        if (session instanceof AcmSession acm) {
            return acm.client().base().toString();
        }
        return ((CrateSession) session).client().base().toString();
    }
}
