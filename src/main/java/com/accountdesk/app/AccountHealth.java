package com.accountdesk.app;

import com.accountdesk.api.ApiException;
import com.accountdesk.api.Endpoints;
import com.accountdesk.api.HttpTransport;
import com.accountdesk.api.acm.AcmClient;
import com.accountdesk.api.cratedb.CrateCloudClient;
import com.accountdesk.api.cratedb.CrateClusterSurvey;
import com.accountdesk.credentials.Profile;
import com.accountdesk.credentials.SavedSecretRefused;
import com.accountdesk.model.AccountInfo;
import com.accountdesk.model.ApiKey;
import com.accountdesk.model.CrateApiKey;
import com.accountdesk.model.DiskUsage;
import com.accountdesk.model.Provider;
import com.accountdesk.model.Secret;
import com.accountdesk.session.Accounts;
import com.accountdesk.ui.common.ErrorMessages;
import com.accountdesk.ui.common.Texts;
import com.accountdesk.ui.common.TimeFormats;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

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
    public record Report(Profile profile, State state, Instant expires, String detail, List<CrateApiKey> othersNearRemoval,
                         List<CrateClusterSurvey.Entry> fullDisks) {
        /**
         * @param othersNearRemoval the account's other CrateDB keys within {@link CrateApiKey#REMOVAL_WARNING} of removal, soonest first
         * @param fullDisks         the account's CrateDB clusters whose disk is over the threshold, fullest first
         */
        public Report {
            othersNearRemoval = List.copyOf(othersNearRemoval);
            fullDisks = List.copyOf(fullDisks);
        }

        public Report(Profile profile, State state, Instant expires, String detail, List<CrateApiKey> othersNearRemoval) {
            this(profile, state, expires, detail, othersNearRemoval, List.of());
        }

        public Report(Profile profile, State state, Instant expires, String detail) {
            this(profile, state, expires, detail, List.of());
        }

        /** The account's other keys near removal, each with the days left ("k1 (5 days left), k2 (10 days left)"); "" when none. */
        public String othersDescribed(Instant now) {
            StringBuilder s = new StringBuilder();
            for (CrateApiKey key : othersNearRemoval) {
                if (!s.isEmpty()) {
                    s.append(", ");
                }
                s.append(Texts.get("common.health.keyLeft", key.key(), key.daysLeft(now)));
            }
            return s.toString();
        }

        /** Nothing for the user to do: OK, or nothing could be checked, and no cluster's disk over the threshold. */
        public boolean fine() {
            return (state == State.OK || state == State.NOT_CHECKED) && fullDisks.isEmpty();
        }

        /** The clusters over the disk threshold ("orders-prod's disk is 91 % full, ..."); "" when none. */
        public String fullDisksDescribed() {
            StringBuilder s = new StringBuilder();
            for (CrateClusterSurvey.Entry e : fullDisks) {
                if (!s.isEmpty()) {
                    s.append(", ");
                }
                s.append(Texts.get("common.health.diskFull", e.cluster().name(), e.disk().percent(),
                        DiskUsage.size(e.disk().usedBytes()), DiskUsage.size(e.disk().sizeBytes())));
            }
            return s.toString();
        }

        /** For one line of text, e.g. "OK (key expires in 6 d)", "expires in 2 h", "refused (...)". */
        public String describe(Instant now) {
            String left = expires == null ? null : TimeFormats.timeLeft(Duration.between(now, expires));
            return switch (state) {
                case OK -> left == null ? Texts.get("common.health.ok")
                        : crate() ? Texts.get("common.health.ok.crate", left) : Texts.get("common.health.ok.acm", left);
                case EXPIRES_SOON -> crate() ? Texts.get("common.health.soon.crate", left) : Texts.get("common.health.soon.acm", left);
                case REFUSED -> Texts.get("common.health.refused", detail);
                case UNREACHABLE -> Texts.get("common.health.unreachable", detail);
                case NOT_CHECKED -> Texts.get("common.health.notChecked", detail);
            };
        }

        private boolean crate() {
            return profile.provider() == Provider.CRATEDB;
        }
    }

    private final Accounts accounts;
    private final HttpTransport http;
    private final Clock clock;

    /** Where the app's own sandbox answers for a cloud; null when it is not running (e.g. the command line). */
    private final Function<Provider, String> sandboxBase;

    /** Accounts saved on the app's own sandbox are not checked: none is running. */
    public AccountHealth(Accounts accounts, HttpTransport http, Clock clock) {
        this(accounts, http, clock, provider -> null);
    }

    /** @param sandboxBase the base URL of the app's own sandbox for a cloud, or null when it is not running */
    public AccountHealth(Accounts accounts, HttpTransport http, Clock clock, Function<Provider, String> sandboxBase) {
        this.accounts = Objects.requireNonNull(accounts, "accounts");
        this.http = Objects.requireNonNull(http, "http");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.sandboxBase = Objects.requireNonNull(sandboxBase, "sandboxBase");
    }

    /** Checks {@code profile} with its saved secret; an expiry within {@code window} is {@link State#EXPIRES_SOON}. Blocking. */
    public Report check(Profile profile, Duration window) {
        return check(profile, window, DiskUsage.DEFAULT_RED);
    }

    /**
     * As {@link #check(Profile, Duration)}; a CrateDB account's clusters are looked at too, and one
     * whose fullest node's disk is at {@code diskFull} (a fraction) or more makes the report not fine.
     */
    public Report check(Profile profile, Duration window, double diskFull) {
        // An account on the app's own sandbox is checked there, so a new user sees reminders too.
        String endpoint = profile.onSandbox() ? sandboxBase.apply(profile.provider()) : profile.endpoint();
        if (endpoint == null) {
            return new Report(profile, State.NOT_CHECKED, null, Texts.get("common.health.detail.sandbox"));
        }
        if (profile.usesAcmPassword()) {
            return new Report(profile, State.NOT_CHECKED, null, Texts.get("common.health.detail.password"));
        }
        Optional<Secret> secret;
        try {
            secret = accounts.savedSecret(profile);
        } catch (SavedSecretRefused e) {
            // Not sent: the file that says where it goes could have been changed by someone else.
            return new Report(profile, State.REFUSED, null, Texts.get("common.health.detail.notUsed"));
        }
        if (secret.isEmpty()) {
            return new Report(profile, State.NOT_CHECKED, null, Texts.get("common.health.detail.noSecret"));
        }
        try {
            return profile.provider() == Provider.CRATEDB ? withDisks(checkCrate(profile, endpoint, secret.get()), endpoint,
                    secret.get(), diskFull)
                    : checkAcm(profile, endpoint, secret.get(), window);
        } catch (ApiException e) {
            if (e.kind() == ApiException.Kind.UNAUTHORIZED) {
                return new Report(profile, State.REFUSED, null, profile.provider() == Provider.CRATEDB
                        ? Texts.get("common.health.detail.crateRefused") : Texts.get("common.health.detail.acmRefused"));
            }
            return new Report(profile, State.UNREACHABLE, null, ErrorMessages.describe(e));
        }
    }

    /** The report with the account's clusters whose disk is at {@code diskFull} or more; clusters that cannot be listed change nothing. */
    private Report withDisks(Report report, String endpoint, Secret secret, double diskFull) throws ApiException {
        if (report.state() == State.REFUSED || report.state() == State.UNREACHABLE) {
            return report;
        }
        CrateCloudClient client = new CrateCloudClient(Endpoints.parseBase(endpoint), report.profile().login(), secret,
                report.profile().region(), http);
        List<CrateClusterSurvey.Entry> full;
        try {
            full = CrateClusterSurvey.look(client).clusters().stream()
                    .filter(e -> e.disk() != null && e.disk().fraction() >= diskFull)
                    .sorted(Comparator.comparingDouble((CrateClusterSurvey.Entry e) -> e.disk().fraction()).reversed())
                    .toList();
        } catch (ApiException e) {
            // A key that may not list clusters still works: its clusters are simply not looked at.
            return report;
        }
        return new Report(report.profile(), report.state(), report.expires(), report.detail(), report.othersNearRemoval(), full);
    }

    private Report checkAcm(Profile profile, String endpoint, Secret key, Duration window) throws ApiException {
        AccountInfo account = new AcmClient(Endpoints.parseBase(endpoint), key, http).account();
        Optional<ApiKey> own = account.key(key);
        if (own.isEmpty()) {
            // Accepted, but the account did not list it (e.g. an answer without keys): nothing says it is ending.
            return new Report(profile, State.OK, null, Texts.get("common.health.detail.expiryUnknown"));
        }
        Instant expires = own.get().expires();
        boolean soon = !expires.isAfter(clock.instant().plus(window));
        return new Report(profile, soon ? State.EXPIRES_SOON : State.OK, expires, "");
    }

    private Report checkCrate(Profile profile, String endpoint, Secret secret) throws ApiException {
        CrateCloudClient client = new CrateCloudClient(Endpoints.parseBase(endpoint), profile.login(), secret,
                profile.region(), http);
        client.me();
        List<CrateApiKey> keys;
        try {
            keys = client.keys();
        } catch (ApiException e) {
            // The key works (me() answered); when keys will be removed is only a nicety.
            return new Report(profile, State.OK, null, Texts.get("common.health.detail.removalUnknown"));
        }
        Instant now = clock.instant();
        // The saved key was just used (me() above), so it is not near removal; the account's other keys may be.
        List<CrateApiKey> others = keys.stream()
                .filter(k -> !k.key().equals(profile.login()) && k.nearRemoval(now))
                .sorted(Comparator.comparing(CrateApiKey::removalDue))
                .toList();
        Optional<CrateApiKey> own = keys.stream().filter(k -> k.key().equals(profile.login())).findFirst();
        if (own.isEmpty()) {
            return new Report(profile, State.OK, null, Texts.get("common.health.detail.removalUnknown"), others);
        }
        State state = own.get().nearRemoval(now) ? State.EXPIRES_SOON : State.OK;
        return new Report(profile, state, own.get().removalDue(), "", others);
    }
}
