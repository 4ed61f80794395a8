package com.accountdesk.testing;

import com.accountdesk.api.ApiException;
import com.accountdesk.api.Endpoints;
import com.accountdesk.api.HttpTransport;
import com.accountdesk.api.acm.AcmClient;
import com.accountdesk.model.Cluster;
import com.accountdesk.model.Secret;
import com.accountdesk.model.SignIn;
import com.accountdesk.sandbox.SandboxOptions;
import com.accountdesk.sandbox.SandboxServer;
import com.accountdesk.sandbox.state.DemoAccount;
import okhttp3.HttpUrl;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;

/**
 * A fresh in-memory sandbox with a client signed in as its demo account, for the tests of the ACM
 * calls and of the view-models over them: started in a test's set-up, closed in its tear-down.
 * Reads are asked again once, quickly (a test waits for nothing).
 */
public final class SignedInSandbox implements AutoCloseable {
    private final SandboxServer server;
    private final HttpTransport http;
    private final HttpUrl base;
    private final AcmClient client;

    private SignedInSandbox(SandboxServer server) throws ApiException {
        this.server = server;
        this.http = new HttpTransport(HttpTransport.Settings.defaults().withRetries(1, Duration.ofMillis(10)));
        this.base = Endpoints.parseBase(server.acmBaseUrl());
        this.client = new AcmClient(base, signIn(DemoAccount.PASSWORD).token(), http);
    }

    /** On the sandbox's own clock. */
    public static SignedInSandbox start() throws IOException, ApiException {
        return new SignedInSandbox(SandboxServer.start(SandboxOptions.inMemory()));
    }

    /** On {@code clock}, which the test may move (a {@code MovableClock}). */
    public static SignedInSandbox start(Clock clock) throws IOException, ApiException {
        return new SignedInSandbox(SandboxServer.start(SandboxOptions.inMemory(), clock));
    }

    /** A new sign-in of the demo user with {@code password}. */
    public SignIn signIn(String password) throws ApiException {
        return (SignIn) AcmClient.login(base, DemoAccount.LOGIN, Secret.of(password), http);
    }

    /** {@link SandboxClusters#launchSmall} with this client. */
    public Cluster launchSmall(String name) throws ApiException {
        return SandboxClusters.launchSmall(client, name);
    }

    public SandboxServer server() {
        return server;
    }

    public HttpTransport http() {
        return http;
    }

    public HttpUrl base() {
        return base;
    }

    public AcmClient client() {
        return client;
    }

    @Override
    public void close() {
        server.close();
    }
}
