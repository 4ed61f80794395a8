package com.accountdesk.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpExchange;

import java.net.InetAddress;
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
