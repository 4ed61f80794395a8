package com.accountdesk.sandbox.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpExchange;

import java.net.InetAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/** One request as a route sees it: method, path parameters, headers and the parsed JSON body. */
public final class SandboxRequest {
    private final HttpExchange exchange;
    private final Map<String, String> params;
    private final JsonNode body;

    SandboxRequest(HttpExchange exchange, Map<String, String> params, JsonNode body) {
        this.exchange = exchange;
        this.params = params;
        this.body = body;
    }

    public String method() {
        return exchange.getRequestMethod();
    }

    public String param(String name) {
        return params.get(name);
    }

    /** A query parameter's first value, decoded, or null. */
    public String query(String name) {
        String raw = exchange.getRequestURI().getRawQuery();
        if (raw == null) {
            return null;
        }
        for (String pair : raw.split("&")) {
            int eq = pair.indexOf('=');
            String key = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            if (key.equals(name)) {
                return eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            }
        }
        return null;
    }

    public String header(String name) {
        return exchange.getRequestHeaders().getFirst(name);
    }

    /** The JSON body, or a missing node when there was none. */
    public JsonNode body() {
        return body;
    }

    public InetAddress remoteAddress() {
        return exchange.getRemoteAddress().getAddress();
    }
}
