package com.accountdesk.app;

import com.accountdesk.api.ApiException;
import com.accountdesk.api.Endpoints;
import com.accountdesk.api.HttpTransport;
import com.accountdesk.api.acm.AcmClient;
import com.accountdesk.api.cratedb.CrateCloudClient;
import com.accountdesk.credentials.Profile;
import com.accountdesk.credentials.SavedSecretRefused;
import com.accountdesk.model.AccountInfo;
import com.accountdesk.model.ApiKey;
import com.accountdesk.model.CrateApiKey;
import com.accountdesk.model.Provider;
import com.accountdesk.model.Secret;
import com.accountdesk.session.Accounts;
import com.accountdesk.ui.common.ErrorMessages;
import com.accountdesk.ui.common.TimeFormats;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Whether a saved account's saved secret still works, and for how long: one call with it. ACM: the
 * account's key list says when the key expires; CrateDB Cloud: a key is deleted after 90 days
 * unused (the check itself is a use). No JavaFX: {@code account-desk status} uses it too.
 */
public final class AccountHealth {
    public enum State {
        /** The secret works and does not expire within the window (or its expiry is unknown). */
        OK,
        /** The secret works but expires (ACM) or will be removed (CrateDB) within the window. */
        EXPIRES_SOON,
        /** The server refused the saved secret: wrong, expired, deactivated or deleted. */
        REFUSED,
        /** No answer that says either way: network, server or endpoint trouble. */
        UNREACHABLE,
        /** Nothing to check with: no saved secret, a password account, or the app's built-in sandbox. */
        NOT_CHECKED
    }

    /**
     * @param expires when the ACM key expires, or when CrateDB Cloud removes the key if unused; null when unknown
     * @param detail  a short clause for the user, e.g. "the API key was not accepted", "no saved secret"
     */
    public record Report(Profile profile, State state, Instant expires, String detail) {
        /** Nothing for the user to do: OK, or nothing could be checked. */
        public boolean fine() {
            return state == State.OK || state == State.NOT_CHECKED;
        }

        /** For one line of text, e.g. "OK (key expires in 6 d)", "expires in 2 h", "refused (...)". */
        public String describe(Instant now) {
            String left = expires == null ? null : TimeFormats.timeLeft(Duration.between(now, expires));
            return switch (state) {
                case OK -> left == null ? "OK" : "OK (" + (crate() ? "removed if unused for " : "key expires in ") + left + ")";
                case EXPIRES_SOON -> (crate() ? "removed if unused for " : "expires in ") + left;
                case REFUSED -> "refused (" + detail + ")";
                case UNREACHABLE -> "not reached (" + detail + ")";
                case NOT_CHECKED -> "not checked (" + detail + ")";
            };
        }

        private boolean crate() {
            return profile.provider() == Provider.CRATEDB;
        }
    }

    private final Accounts accounts;
    private final HttpTransport http;
    private final Clock clock;

    public AccountHealth(Accounts accounts, HttpTransport http, Clock clock) {
        this.accounts = Objects.requireNonNull(accounts, "accounts");
        this.http = Objects.requireNonNull(http, "http");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** Checks {@code profile} with its saved secret; an expiry within {@code window} is {@link State#EXPIRES_SOON}. Blocking. */
    public Report check(Profile profile, Duration window) {
        if (profile.onSandbox()) {
            return new Report(profile, State.NOT_CHECKED, null, "the app's built-in sandbox runs only inside the app");
        }
        if (profile.usesAcmPassword()) {
            return new Report(profile, State.NOT_CHECKED, null, "signs in with a password, which is never saved");
        }
        Optional<Secret> secret;
        try {
            secret = accounts.savedSecret(profile);
        } catch (SavedSecretRefused e) {
            // Not sent: the file that says where it goes could have been changed by someone else.
            return new Report(profile, State.REFUSED, null, "the saved secret was not used, as the app's sign-in says why");
        }
        if (secret.isEmpty()) {
            return new Report(profile, State.NOT_CHECKED, null, "no saved secret");
        }
        try {
            return profile.provider() == Provider.CRATEDB ? checkCrate(profile, secret.get())
                    : checkAcm(profile, secret.get(), window);
        } catch (ApiException e) {
            if (e.kind() == ApiException.Kind.UNAUTHORIZED) {
                return new Report(profile, State.REFUSED, null, profile.provider() == Provider.CRATEDB
                        ? "the key and secret were not accepted: deactivated, deleted or changed"
                        : "the API key was not accepted: expired, deleted or changed");
            }
            return new Report(profile, State.UNREACHABLE, null, ErrorMessages.describe(e));
        }
    }

    private Report checkAcm(Profile profile, Secret key, Duration window) throws ApiException {
        AccountInfo account = new AcmClient(Endpoints.parseBase(profile.endpoint()), key, http).account();
        Optional<ApiKey> own = account.key(key);
        if (own.isEmpty()) {
            // Accepted, but the account did not list it (e.g. an answer without keys): nothing says it is ending.
            return new Report(profile, State.OK, null, "expiry unknown");
        }
        Instant expires = own.get().expires();
        boolean soon = !expires.isAfter(clock.instant().plus(window));
        return new Report(profile, soon ? State.EXPIRES_SOON : State.OK, expires, "");
    }

    private Report checkCrate(Profile profile, Secret secret) throws ApiException {
        CrateCloudClient client = new CrateCloudClient(Endpoints.parseBase(profile.endpoint()), profile.login(), secret,
                profile.region(), http);
        client.me();
        CrateApiKey key;
        try {
            key = client.key(profile.login());
        } catch (ApiException e) {
            // The key works (me() answered); when it will be removed is only a nicety.
            return new Report(profile, State.OK, null, "removal date unknown");
        }
        Instant due = key.removalDue();
        State state = key.nearRemoval(clock.instant()) ? State.EXPIRES_SOON : State.OK;
        return new Report(profile, state, due, "");
    }
}
