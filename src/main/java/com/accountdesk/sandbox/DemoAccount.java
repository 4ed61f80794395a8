package com.accountdesk.sandbox;

import java.time.Duration;
import java.time.Instant;

/** The seeded demo account: the sign-in shown in the README and on the sandbox's sign-in screen. */
public final class DemoAccount {
    public static final String LOGIN = "demo@sandbox.local";
    public static final String PASSWORD = "sandbox-demo";
    public static final String NAME = "Demo User";
    public static final String ENVIRONMENT_AWS = "demo-aws";
    public static final String ENVIRONMENT_GCP = "demo-gcp";

    private DemoAccount() {
    }

    static void seed(StateData data) {
        Instant now = Instant.now();
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
