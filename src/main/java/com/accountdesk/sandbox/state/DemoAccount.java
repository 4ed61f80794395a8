package com.accountdesk.sandbox.state;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/** The seeded demo account: the sign-in shown in the README and on the sandbox's sign-in screen. */
public final class DemoAccount {
    public static final String LOGIN = "demo@sandbox.local";
    public static final String PASSWORD = "sandbox-demo";
    public static final String NAME = "Demo User";
    /**
     * A second demo user of the same account whose organisation enforces two-factor sign-in: after
     * the password, {@code POST /login/verify} with {@link #TWO_FACTOR_CODE}. (A real code changes
     * every 30 s; the sandbox's is fixed so it can be shown on the sign-in screen.)
     */
    public static final String TWO_FACTOR_LOGIN = "2fa@sandbox.local";
    public static final String TWO_FACTOR_CODE = "246810";
    public static final String TWO_FACTOR_USER_ID = "177";
    /** A user who signs in through single sign-on: password sign-in is refused, an API key works. */
    public static final String SSO_LOGIN = "sso@sandbox.local";
    public static final String ENVIRONMENT_AWS = "demo-aws";
    public static final String ENVIRONMENT_GCP = "demo-gcp";
    /** The seeded CrateDB Cloud API key pair (basic auth user and password). */
    public static final String CRATE_KEY = "demo-crate-key";
    public static final String CRATE_SECRET = "demo-crate-secret";
    public static final String CRATE_USERNAME = "demo";
    /** A second, deactivated demo key last used 80 days ago: shows the removal warning from the start. */
    public static final long CRATE_IDLE_KEY_DAYS_UNUSED = 80;

    private DemoAccount() {
    }

    /** Seeds an empty state; times are the clock's now. */
    public static void seed(StateData data, Clock clock) {
        seedAcm(data, clock);
        seedCrate(data, clock);
    }

    /** Adds the CrateDB user to a state saved before the sandbox served CrateDB; true if it did. */
    public static boolean addCrateIfMissing(StateData data, Clock clock) {
        if (data.crate != null && data.crate.uid != null) {
            return false;
        }
        data.crate = new StateData.CrateAccount();
        seedCrate(data, clock);
        return true;
    }

    private static void seedCrate(StateData data, Clock clock) {
        Instant now = clock.instant();
        StateData.CrateAccount c = data.crate;
        c.uid = "8b6c9f0e-5d1a-4c7e-9a3b-2f4d6e8a0c1b";
        c.username = CRATE_USERNAME;
        c.name = NAME;
        c.email = LOGIN;
        c.organizationId = "3f2a1b0c-9d8e-4f7a-8b6c-5d4e3f2a1b0c";
        c.keys.add(new StateData.CrateKey(CRATE_KEY, Hashes.sha256(CRATE_SECRET), now.getEpochSecond()));
        long idleSince = now.minus(Duration.ofDays(CRATE_IDLE_KEY_DAYS_UNUSED)).getEpochSecond();
        StateData.CrateKey idle = new StateData.CrateKey(Hashes.randomToken(24).toLowerCase(),
                Hashes.sha256(Hashes.randomToken(48)), idleSince - 86_400 * 30);
        idle.active = false;
        idle.lastUsed = idleSince;
        idle.modified = idleSince;
        c.keys.add(idle);
    }

    private static void seedAcm(StateData data, Clock clock) {
        Instant now = clock.instant();
        StateData.AcmAccount a = data.acm;
        // ACM sends ids as strings: the sandbox does too, to keep the client tolerant.
        a.id = "176";
        a.email = LOGIN;
        a.name = NAME;
        a.passwordHash = Hashes.sha256(PASSWORD);
        a.tokens.add(new StateData.AcmToken(Hashes.randomToken(40), now.getEpochSecond(),
                now.plus(Duration.ofDays(30)).getEpochSecond()));
        long created = now.minus(Duration.ofDays(120)).getEpochSecond();
        data.environments.add(new StateData.AcmEnvironment("101", ENVIRONMENT_AWS, "kubernetes",
                "demo-aws.sandbox.altinity.cloud", created));
        data.environments.add(new StateData.AcmEnvironment("102", ENVIRONMENT_GCP, "kubernetes",
                "demo-gcp.sandbox.altinity.cloud", created + 86_400 * 14));
    }
}
