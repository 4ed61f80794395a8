package com.accountdesk.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Maps "METHOD /path/{param}" to routes, reads JSON bodies and writes JSON answers. Each API module
 * adds its routes under its own prefix and says how its errors look.
 */
final class Router implements HttpHandler {
    private static final Logger LOG = Logger.getLogger(Router.class.getName());
    /** No request the APIs take is near this; a larger one is refused before it is parsed. */
    static final int MAX_BODY_BYTES = 64 * 1024;
    private static final Pattern PARAM = Pattern.compile("\\{(\\w+)}");

    /** A request handler. */
    @FunctionalInterface
    interface Route {
        Reply handle(SandboxRequest request) throws SandboxError;
    }

    private record Entry(String method, Pattern path, List<String> names, Route route,
                         Function<String, Object> errorBody) {
    }

    private final List<Entry> entries = new ArrayList<>();
    private final ObjectMapper mapper;
    private final FaultInjector faults;

    Router(ObjectMapper mapper) {
        this(mapper, new FaultInjector(FaultInjector.Rates.NONE, 0));
    }

    Router(ObjectMapper mapper, FaultInjector faults) {
        this.mapper = mapper;
        this.faults = faults;
    }

    /** Adds a route; {@code errorBody} turns a message into the module's error JSON for 400/404/500. */
    void add(String method, String template, Route route, Function<String, Object> errorBody) {
        List<String> names = new ArrayList<>();
        Matcher m = PARAM.matcher(template);
        StringBuilder regex = new StringBuilder();
        int last = 0;
        while (m.find()) {
            regex.append(Pattern.quote(template.substring(last, m.start()))).append("([^/]+)");
            names.add(m.group(1));
            last = m.end();
        }
        regex.append(Pattern.quote(template.substring(last)));
        entries.add(new Entry(method, Pattern.compile(regex.toString()), names, route, errorBody));
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            // The body is read first, before any injected delay: a request must arrive whole within
            // the server's request time (SandboxServer.MAX_REQUEST_SECONDS), however slow the answer.
            byte[] raw = exchange.getRequestBody().readNBytes(MAX_BODY_BYTES + 1);
            faults.delay();
            FaultInjector.Fault fault = faults.next();
            switch (fault) {
                case ERROR_500, ERROR_503 -> {
                    int status = fault == FaultInjector.Fault.ERROR_500 ? 500 : 503;
                    send(exchange, new Reply(status, Map.of("error", "Injected fault: HTTP " + status + ".", "code", status)));
                    return;
                }
                default -> { }
            }
            Reply reply = dispatch(exchange, raw);
            switch (fault) {
                case DROP -> LOG.fine("injected fault: connection dropped after the request was performed");
                case MALFORMED -> sendRaw(exchange, 200, FaultInjector.malformed(bytesOf(reply)));
                case HUGE -> sendRaw(exchange, 200, FaultInjector.huge());
                default -> send(exchange, reply);
            }
        } catch (IOException e) {
            LOG.log(Level.FINE, "sandbox connection dropped", e);
        }
    }

    private Reply dispatch(HttpExchange exchange, byte[] raw) throws IOException {
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
                params.put(e.names().get(i), java.net.URLDecoder.decode(m.group(i + 1), java.nio.charset.StandardCharsets.UTF_8));
            }
            if (raw.length > MAX_BODY_BYTES) {
                return new Reply(413, e.errorBody().apply("The request body is larger than " + MAX_BODY_BYTES / 1024 + " KB."));
            }
            JsonNode body;
            try {
                body = readBody(raw);
            } catch (IOException bad) {
                return new Reply(400, e.errorBody().apply("The request body is not valid JSON."));
            }
            try {
                return e.route().handle(new SandboxRequest(exchange, params, body));
            } catch (SandboxError error) {
                return new Reply(error.status(), error.body());
            } catch (RuntimeException bug) {
                LOG.log(Level.WARNING, "sandbox route failed: " + exchange.getRequestMethod() + " " + e.path(), bug);
                return new Reply(500, e.errorBody().apply("Internal sandbox error."));
            }
        }
        if (pathMatch != null) {
            return new Reply(405, pathMatch.errorBody().apply("Method not allowed."));
        }
        return new Reply(404, Map.of("error", "Not found", "code", 404));
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
        return reply.body() == null ? "{}".getBytes(java.nio.charset.StandardCharsets.UTF_8) : mapper.writeValueAsBytes(reply.body());
    }

    private static void sendRaw(HttpExchange exchange, int status, byte[] bytes) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    private void send(HttpExchange exchange, Reply reply) throws IOException {
        if (reply.body() == null) {
            exchange.sendResponseHeaders(reply.status(), -1);
            return;
        }
        byte[] bytes = mapper.writeValueAsBytes(reply.body());
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(reply.status(), bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }
}
