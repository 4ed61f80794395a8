package com.accountdesk.sandbox.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Maps "METHOD /path/{param}" to routes, reads JSON bodies and writes JSON answers. Each API module
 * adds its routes under its own prefix and says how its errors look.
 */
public final class Router implements HttpHandler {
    private static final Logger LOG = Logger.getLogger(Router.class.getName());
    /** No request the APIs take is near this; a larger one is refused before it is parsed. */
    static final int MAX_BODY_BYTES = 64 * 1024;
    private static final String JSON = "application/json";
    private static final Pattern PARAM = Pattern.compile("\\{(\\w+)}");

    /** A request handler. */
    @FunctionalInterface
    public interface Route {
        Reply handle(SandboxRequest request) throws SandboxError;
    }

    /**
     * Where an API module's routes hang: which published API it is and the path prefix of its
     * root on this server ("/api", "/cratedb", or "" when it owns the server's root).
     */
    public record Mount(ExchangeTap.Api api, String prefix, ErrorShape errorBody) {
    }

    /** An API's error body for a status and a message. */
    @FunctionalInterface
    public interface ErrorShape {
        Object body(int status, String message);
    }

    private record Entry(Mount mount, String method, Pattern path, List<String> names, Route route) {
    }

    private final List<Entry> entries = new ArrayList<>();
    private final ObjectMapper mapper;
    private final FaultInjector faults;
    /** Answers a path no route knows, in the shape of the server's main API. */
    private final Mount fallback;

    public Router(ObjectMapper mapper, FaultInjector faults, Mount fallback) {
        this.mapper = mapper;
        this.faults = faults;
        this.fallback = fallback;
    }

    /** Adds a route at {@code mount.prefix() + template}; the mount's error body is used for 400/404/405/500. */
    public void add(Mount mount, String method, String template, Route route) {
        List<String> names = new ArrayList<>();
        String full = mount.prefix() + template;
        Matcher m = PARAM.matcher(full);
        StringBuilder regex = new StringBuilder();
        int last = 0;
        while (m.find()) {
            regex.append(Pattern.quote(full.substring(last, m.start()))).append("([^/]+)");
            names.add(m.group(1));
            last = m.end();
        }
        regex.append(Pattern.quote(full.substring(last)));
        entries.add(new Entry(mount, method, Pattern.compile(regex.toString()), names, route));
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            // The body is read first, before any injected delay: a request must arrive whole within
            // the server's request time (HttpHost.MAX_REQUEST_SECONDS), however slow the answer.
            byte[] body = exchange.getRequestBody().readNBytes(MAX_BODY_BYTES + 1);
            if (!fromOwnOrigin(exchange)) {
                Mount mount = mountOf(exchange.getRequestURI().getRawPath());
                LOG.fine("sandbox: a request from another origin was refused");
                sendRaw(exchange, 403, bytesOf(new Reply(403, mount.errorBody().body(403,
                        "Requests from web pages are refused: the sandbox answers only its own origin."))));
                return;
            }
            faults.delay();
            FaultInjector.Fault fault = faults.next();
            Mount mount = mountOf(exchange.getRequestURI().getRawPath());
            switch (fault) {
                case ERROR_500, ERROR_503 -> {
                    int status = fault == FaultInjector.Fault.ERROR_500 ? 500 : 503;
                    Reply reply = new Reply(status, mount.errorBody().body(status, "Injected fault: HTTP " + status + "."));
                    byte[] bytes = bytesOf(reply);
                    // An injected error is still this API's error shape: judged like any other.
                    exchange.getResponseHeaders().set("Content-Type", JSON);
                    tap(exchange, mount, body, status, bytes, false);
                    sendRaw(exchange, status, bytes);
                    return;
                }
                default -> { }
            }
            Reply reply = dispatch(exchange, body);
            byte[] bytes = reply.body() == null ? null : bytesOf(reply);
            // Told before the answer leaves, so whoever listens has it by the time the caller does,
            // with the headers it is sent with.
            if (bytes != null) {
                exchange.getResponseHeaders().set("Content-Type", JSON);
            }
            tap(exchange, mount, body, reply.status(), bytes, fault != FaultInjector.Fault.NONE);
            switch (fault) {
                case DROP -> LOG.fine("injected fault: connection dropped after the request was performed");
                case MALFORMED -> sendRaw(exchange, 200, FaultInjector.malformed(bytes == null ? "{}".getBytes(StandardCharsets.UTF_8) : bytes));
                case HUGE -> sendRaw(exchange, 200, FaultInjector.huge());
                default -> send(exchange, reply.status(), bytes);
            }
        } catch (IOException e) {
            LOG.log(Level.FINE, "sandbox connection dropped", e);
        }
    }

    /**
     * Whether the request comes from no web page (no {@code Origin}: the app, curl, croud) or from a
     * page the sandbox itself served. A page elsewhere, open in the user's browser, can still send a
     * "simple" request (a {@code text/plain} POST needs no preflight) to loopback: its answer, a
     * session token, must not be made.
     */
    static boolean fromOwnOrigin(HttpExchange exchange) {
        List<String> origins = exchange.getRequestHeaders().get("Origin");
        if (origins == null) {
            return true;
        }
        int port = exchange.getLocalAddress().getPort();
        Set<String> own = Set.of("http://127.0.0.1:" + port, "http://localhost:" + port, "http://[::1]:" + port);
        return !origins.isEmpty() && origins.stream().allMatch(o -> own.contains(o.trim().toLowerCase(Locale.ROOT)));
    }

    /** The mount whose prefix is the longest that starts the path. */
    private Mount mountOf(String path) {
        Mount best = fallback;
        for (Entry e : entries) {
            String prefix = e.mount().prefix();
            if (path.startsWith(prefix + "/") && prefix.length() > best.prefix().length()) {
                best = e.mount();
            }
        }
        return best;
    }

    private static void tap(HttpExchange exchange, Mount mount, byte[] request, int status, byte[] answer, boolean spoiled) {
        if (!ExchangeTap.listening()) {
            return;
        }
        URI uri = exchange.getRequestURI();
        // A body over the limit was read only in part: the tap says so, and the judge leaves that request be.
        ExchangeTap.publish(new ExchangeTap.Exchange(mount.api(), mount.prefix(), exchange.getRequestMethod(),
                uri.getRawPath().substring(mount.prefix().length()), uri.getRawQuery(), firstValues(exchange.getRequestHeaders()),
                request, request.length <= MAX_BODY_BYTES, status, firstValues(exchange.getResponseHeaders()), answer, spoiled));
    }

    private static Map<String, String> firstValues(Headers headers) {
        Map<String, String> out = new HashMap<>();
        headers.forEach((name, values) -> {
            if (!values.isEmpty()) {
                out.put(name.toLowerCase(Locale.ROOT), values.get(0));
            }
        });
        return Map.copyOf(out);
    }

    private Reply dispatch(HttpExchange exchange, byte[] rawBody) {
        URI uri = exchange.getRequestURI();
        String path = uri.getRawPath();
        Entry pathMatch = null;
        for (Entry e : entries) {
            Matcher m = e.path().matcher(path);
            if (!m.matches()) {
                continue;
            }
            pathMatch = e;
            if (!e.method().equals(exchange.getRequestMethod())) {
                continue;
            }
            Map<String, String> params = new HashMap<>();
            for (int i = 0; i < e.names().size(); i++) {
                params.put(e.names().get(i), URLDecoder.decode(m.group(i + 1), StandardCharsets.UTF_8));
            }
            if (rawBody.length > MAX_BODY_BYTES) {
                return new Reply(413, e.mount().errorBody().body(413, "The request body is larger than " + MAX_BODY_BYTES / 1024 + " KB."));
            }
            JsonNode body;
            try {
                body = readBody(rawBody);
            } catch (IOException bad) {
                return new Reply(400, e.mount().errorBody().body(400, "The request body is not valid JSON."));
            }
            try {
                return e.route().handle(new SandboxRequest(exchange, params, body));
            } catch (SandboxError error) {
                return new Reply(error.status(), error.body());
            } catch (RuntimeException bug) {
                LOG.log(Level.WARNING, "sandbox route failed: " + exchange.getRequestMethod() + " " + e.path(), bug);
                return new Reply(500, e.mount().errorBody().body(500, "Internal sandbox error."));
            }
        }
        if (pathMatch != null) {
            return new Reply(405, pathMatch.mount().errorBody().body(405, "Method not allowed."));
        }
        return new Reply(404, mountOf(path).errorBody().body(404, "Not found"));
    }

    private JsonNode readBody(byte[] bytes) throws IOException {
        if (bytes.length > MAX_BODY_BYTES) {
            throw new IOException("body too large");
        }
        if (bytes.length == 0) {
            return MissingNode.getInstance();
        }
        return mapper.readTree(bytes);
    }

    private byte[] bytesOf(Reply reply) throws IOException {
        return reply.body() == null ? "{}".getBytes(StandardCharsets.UTF_8) : mapper.writeValueAsBytes(reply.body());
    }

    private static void sendRaw(HttpExchange exchange, int status, byte[] bytes) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", JSON);
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    private static void send(HttpExchange exchange, int status, byte[] bytes) throws IOException {
        if (bytes == null) {
            exchange.sendResponseHeaders(status, -1);
            return;
        }
        sendRaw(exchange, status, bytes);
    }
}
