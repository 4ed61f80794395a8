package com.accountdesk.sandbox.http;

import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/** The JDK HTTP server a {@link Router} is served on, on 127.0.0.1, and the limits it works under. */
public final class HttpHost {
    /** How long a request may take to arrive (see {@link #applyServerSettings}). */
    public static final int MAX_REQUEST_SECONDS = 5;
    /** Workers answering requests; idle half-sent requests are cut off after {@link #MAX_REQUEST_SECONDS}. */
    static final int WORKERS = 32;

    private HttpHost() {
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

    /** The workers every server of one sandbox shares (daemon threads). */
    public static ExecutorService workers() {
        AtomicInteger n = new AtomicInteger();
        return Executors.newFixedThreadPool(WORKERS, r -> {
            Thread t = new Thread(r, "sandbox-http-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    /** Serves {@code router} at the root of 127.0.0.1:{@code port} (0: any free port). */
    public static HttpServer serve(int port, Router router, ExecutorService executor) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 64);
        server.setExecutor(executor);
        server.createContext("/", router);
        server.start();
        return server;
    }
}
