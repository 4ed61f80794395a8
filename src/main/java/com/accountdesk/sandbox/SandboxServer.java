package com.accountdesk.sandbox;

import com.accountdesk.sandbox.acm.AcmApi;
import com.accountdesk.sandbox.crate.CrateApi;
import com.accountdesk.sandbox.crate.CrateCatalogue;
import com.accountdesk.sandbox.http.FaultInjector;
import com.accountdesk.sandbox.http.HttpHost;
import com.accountdesk.sandbox.http.Router;
import com.accountdesk.sandbox.state.DemoAccount;
import com.accountdesk.sandbox.state.SandboxState;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.time.Clock;
import java.util.concurrent.ExecutorService;

/**
 * The embedded sandbox: an HTTP server on 127.0.0.1 that speaks the ACM API under {@code /api}, so
 * the app runs and is tested end to end with no cloud account; the CrateDB Cloud API is under
 * {@code /cratedb}.
 */
public final class SandboxServer implements AutoCloseable {
    private final HttpServer server;
    /** The CrateDB Cloud API alone at the root of its own port, for croud; null when not asked for. */
    private final HttpServer crateRoot;
    private final ExecutorService executor;
    private final SandboxState state;
    private final AcmApi acm;
    private final FaultInjector faults;

    private SandboxServer(HttpServer server, HttpServer crateRoot, ExecutorService executor, SandboxState state,
                          AcmApi acm, FaultInjector faults) {
        this.server = server;
        this.crateRoot = crateRoot;
        this.executor = executor;
        this.state = state;
        this.acm = acm;
        this.faults = faults;
    }

    /** Starts on the system clock, as the app and the command line do. */
    public static SandboxServer start(SandboxOptions options) throws IOException {
        return start(options, Clock.systemUTC());
    }

    /** Starts with {@code clock} as the sandbox's time, so tests move it rather than wait. */
    public static SandboxServer start(SandboxOptions options, Clock clock) throws IOException {
        HttpHost.applyServerSettings();
        SandboxState state = SandboxState.open(options.stateFile(), options.fresh(), d -> DemoAccount.seed(d, clock));
        if (state.read(d -> d.crate == null || d.crate.uid == null)) {
            state.write(d -> DemoAccount.addCrateIfMissing(d, clock));
        }
        if (state.read(d -> d.crate.organizations.isEmpty())) {
            state.write(d -> CrateCatalogue.seedIfMissing(d, clock));
        }
        ObjectMapper mapper = new ObjectMapper();
        FaultInjector faults = new FaultInjector(options.faults(), options.faultSeed());
        Router router = new Router(mapper, faults, AcmApi.MOUNT);
        AcmApi acm = new AcmApi(state, clock, options.provisioningDelay(), options.enforceOrigins(), variant(options.dialect()));
        if (options.extraApiKey() != null) {
            acm.addLongLivedKey(options.extraApiKey());
        }
        acm.register(router);
        new CrateApi(state, clock, CrateApi.MOUNT, false).register(router);

        ExecutorService executor = HttpHost.workers();
        HttpServer server = null;
        try {
            server = HttpHost.serve(options.port(), router, executor);
            HttpServer crateRoot = null;
            if (options.dialect().crateRootPort() >= 0) {
                Router croudRouter = new Router(mapper, faults, CrateApi.ROOT);
                new CrateApi(state, clock, CrateApi.ROOT, true).register(croudRouter);
                crateRoot = HttpHost.serve(options.dialect().crateRootPort(), croudRouter, executor);
            }
            return new SandboxServer(server, crateRoot, executor, state, acm, faults);
        } catch (IOException portTaken) {
            // Nothing left running: the caller may try another port.
            if (server != null) {
                server.stop(0);
            }
            executor.shutdownNow();
            throw portTaken;
        }
    }

    private static AcmApi.Variant variant(SandboxOptions.Dialect dialect) {
        return new AcmApi.Variant(dialect.guideLaunchOnly(), dialect.hideKeyList(), dialect.booleanSecureOnly());
    }

    public int port() {
        return server.getAddress().getPort();
    }

    /** The ACM API's base URL, e.g. http://127.0.0.1:18080/api/ */
    public String acmBaseUrl() {
        return "http://127.0.0.1:" + port() + AcmApi.PREFIX + "/";
    }

    /** The CrateDB Cloud API's base URL, e.g. http://127.0.0.1:18080/cratedb/ (paths go on as /api/v2/...). */
    public String crateBaseUrl() {
        return "http://127.0.0.1:" + port() + CrateApi.PREFIX + "/";
    }

    /**
     * The CrateDB Cloud API at the root of a port of its own, e.g. http://127.0.0.1:18081 (croud's
     * endpoint), or null when the sandbox was not asked to serve it there.
     */
    public String crateRootUrl() {
        return crateRoot == null ? null : "http://127.0.0.1:" + crateRoot.getAddress().getPort();
    }

    /** The live state, for tests that check what the server holds after a UI action. */
    public SandboxState state() {
        return state;
    }

    /**
     * Plays another variant of ACM from now on (launch path, key list); the CrateDB root port is
     * fixed at start.
     */
    public void dialect(SandboxOptions.Dialect dialect) {
        acm.variant(variant(dialect));
    }

    /** How many cluster-launch requests arrived, refused ones included. */
    public int launchRequests() {
        return acm.launchRequests();
    }

    /** The fault injection of every module, changeable while serving. */
    public FaultInjector faults() {
        return faults;
    }

    @Override
    public void close() {
        server.stop(0);
        if (crateRoot != null) {
            crateRoot.stop(0);
        }
        executor.shutdownNow();
    }
}
