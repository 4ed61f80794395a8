package com.accountdesk.testing;

import com.accountdesk.api.ApiException;
import com.accountdesk.api.Endpoints;
import com.accountdesk.api.HttpTransport;
import com.accountdesk.api.cratedb.CrateCloudClient;
import com.accountdesk.model.Secret;
import com.accountdesk.sandbox.SandboxServer;
import com.accountdesk.sandbox.state.DemoAccount;

import java.time.Duration;

/** The sandbox's seeded CrateDB Cloud account, signed in with its demo key and secret, as the app's client. */
public final class CrateDemoClient {
    private CrateDemoClient() {
    }

    /** Over {@code http}, in the sandbox's default region. */
    public static CrateCloudClient on(SandboxServer sandbox, HttpTransport http) throws ApiException {
        return new CrateCloudClient(Endpoints.parseBase(sandbox.crateBaseUrl()), DemoAccount.CRATE_KEY,
                Secret.of(DemoAccount.CRATE_SECRET), null, http);
    }

    /** With one quick retry (5 ms), for the view-model tests that answer a failure themselves. */
    public static CrateCloudClient withQuickRetry(SandboxServer sandbox) throws ApiException {
        return on(sandbox, new HttpTransport(HttpTransport.Settings.defaults().withRetries(1, Duration.ofMillis(5))));
    }
}
