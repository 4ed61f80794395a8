package com.accountdesk.sandbox;

import com.accountdesk.sandbox.acm.AcmApi;
import com.accountdesk.sandbox.crate.CrateApi;
import com.accountdesk.sandbox.http.FaultInjector;
import com.accountdesk.sandbox.http.Router;
import com.accountdesk.sandbox.state.DemoAccount;
import com.accountdesk.sandbox.state.SandboxState;
import com.accountdesk.sandbox.state.StateData;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The embedded sandbox: an HTTP server on 127.0.0.1 that speaks the ACM API under {@code /api}, so
 * the app runs and is tested end to end with no cloud account; the CrateDB Cloud API is under
 * {@code /cratedb}.
 */
public final class SandboxServer implements AutoCloseable {
    /** How long a request may take to arrive (see {@link #applyServerSettings}). */
    public static final int MAX_REQUEST_SECONDS = 5;
    /** Workers answering requests; idle half-sent requests are cut off after {@link #MAX_REQUEST_SECONDS}. */
    static final int WORKERS = 32;

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

    /**
     * Settings of the JDK's HTTP server, which it reads once per JVM when its first server starts,
     * so every server (the sandbox, and the tests' own loopback servers) applies them first:
     * <ul>
     * <li>{@code nodelay}: the server writes headers and body as separate packets; with Nagle's
     * algorithm on, each answer then waits for the client's delayed ACK (~45 ms a call, not ~4 ms).
     * <li>{@code maxReqTime}: a request (headers and body) must arrive whole within
     * {@link #MAX_REQUEST_SECONDS}, or its connection is closed, so a client that sends half a
     * request and waits cannot hold a worker.
     * </ul>
     */
    public static void applyServerSettings() {
        if (System.getProperty("sun.net.httpserver.nodelay") == null) {
            System.setProperty("sun.net.httpserver.nodelay", "true");
        }
        if (System.getProperty("sun.net.httpserver.maxReqTime") == null) {
            System.setProperty("sun.net.httpserver.maxReqTime", String.valueOf(MAX_REQUEST_SECONDS));
        }
    }

    public static SandboxServer start(SandboxOptions options) throws IOException {
        applyServerSettings();
        SandboxState state = SandboxState.open(options.stateFile(), options.fresh(), DemoAccount::seed);
        if (state.read(d -> d.crate == null || d.crate.uid == null)) {
            state.write(DemoAccount::addCrateIfMissing);
        }
        if (options.extraApiKey() != null) {
            addLongLivedKey(state, options.extraApiKey());
        }
        ObjectMapper mapper = new ObjectMapper();
        FaultInjector faults = new FaultInjector(options.faults(), options.faultSeed());
        Router router = new Router(mapper, faults, AcmApi.MOUNT);
        AcmApi acm = new AcmApi(state, options);
        acm.register(router);
        new CrateApi(state, CrateApi.MOUNT, false).register(router);

        AtomicInteger n = new AtomicInteger();
        ExecutorService executor = Executors.newFixedThreadPool(WORKERS, r -> {
            Thread t = new Thread(r, "sandbox-http-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        HttpServer server = serve(options.port(), router, executor);
        HttpServer crateRoot = null;
        if (options.dialect().crateRootPort() >= 0) {
            Router croudRouter = new Router(mapper, faults, CrateApi.ROOT);
            new CrateApi(state, CrateApi.ROOT, true).register(croudRouter);
            crateRoot = serve(options.dialect().crateRootPort(), croudRouter, executor);
        }
        return new SandboxServer(server, crateRoot, executor, state, acm, faults);
    }

    private static HttpServer serve(int port, Router router, ExecutorService executor) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 64);
        server.setExecutor(executor);
        server.createContext("/", router);
        server.start();
        return server;
    }

    /** A key given on the command line works for a year, so documented curl calls just work. */
    private static void addLongLivedKey(SandboxState state, String key) {
        long now = Instant.now().getEpochSecond();
        state.write(d -> {
            d.acm.tokens.removeIf(t -> t.token.equals(key));
            if (d.acm.tokens.size() >= AcmApi.MAX_KEYS) {
                d.acm.tokens.remove(0);
            }
            d.acm.tokens.add(new StateData.AcmToken(key, now, now + Duration.ofDays(365).getSeconds()));
            return null;
        });
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
        acm.dialect(dialect);
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
