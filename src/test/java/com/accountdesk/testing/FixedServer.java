package com.accountdesk.testing;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * A tiny real HTTP server on loopback that answers each request with what a function returns: for
 * the transport's edge cases (retries, redirects, odd bodies) that the sandbox has no reason to make.
 */
public final class FixedServer implements AutoCloseable {
    /** One canned answer. */
    public record Answer(int status, String body, Map<String, String> headers) {
        public static Answer json(int status, String body) {
            return new Answer(status, body, Map.of("Content-Type", "application/json"));
        }
    }

    /** What a request carried, for assertions. */
    public record Seen(String method, String path, Map<String, List<String>> headers, String body) {
        public String header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                    .map(e -> e.getValue().get(0)).findFirst().orElse(null);
        }
    }

    private final HttpServer server;
    private final List<Seen> seen = new CopyOnWriteArrayList<>();
    private final AtomicInteger count = new AtomicInteger();

    public FixedServer(Function<Integer, Answer> answerForNthRequest) throws IOException {
        this((n, request) -> answerForNthRequest.apply(n));
    }

    /** Answers from what each request is (method, path, body) and its number, counted from 1. */
    public static FixedServer byRequest(BiFunction<Integer, Seen, Answer> answer) throws IOException {
        return new FixedServer(answer);
    }

    private FixedServer(BiFunction<Integer, Seen, Answer> answers) throws IOException {
        com.accountdesk.sandbox.http.HttpHost.applyServerSettings(); // the JDK server reads them once per JVM
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 16);
        server.createContext("/", exchange -> answer(exchange, answers));
        // A handler that stalls (to test timeouts) must not hold up the requests after it.
        server.setExecutor(java.util.concurrent.Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "fixed-server");
            t.setDaemon(true);
            return t;
        }));
        server.start();
    }

    private void answer(HttpExchange exchange, BiFunction<Integer, Seen, Answer> answers) throws IOException {
        try (exchange) {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            Seen request = new Seen(exchange.getRequestMethod(), exchange.getRequestURI().getPath(),
                    Map.copyOf(exchange.getRequestHeaders()), body);
            seen.add(request);
            Answer a = answers.apply(count.incrementAndGet(), request);
            a.headers().forEach((k, v) -> exchange.getResponseHeaders().set(k, v));
            byte[] bytes = a.body() == null ? new byte[0] : a.body().getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(a.status(), bytes.length == 0 ? -1 : bytes.length);
            if (bytes.length > 0) {
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(bytes);
                }
            }
        }
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/api/";
    }

    public List<Seen> seen() {
        return seen;
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
