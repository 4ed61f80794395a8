package com.accountdesk.sandbox.http;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * Every exchange the sandboxes of this process serve, handed to whoever listens. The test suite
 * listens to check each request and answer against the published API descriptions; with no
 * listener nothing is copied.
 */
public final class ExchangeTap {
    /** Which published API an exchange belongs to. */
    public enum Api { ACM, CRATEDB }

    /**
     * One request and its answer.
     *
     * @param path          the path below the API's root (e.g. "/account", "/api/v2/users/me/"), still encoded
     * @param query         the raw query, or null
     * @param headers       request headers, names in lower case, first value each
     * @param faultInjected the answer was spoiled on purpose (fault injection): not the API's shape
     */
    public record Exchange(Api api, String method, String path, String query, Map<String, String> headers,
                           byte[] requestBody, int status, String responseContentType, byte[] responseBody,
                           boolean faultInjected) {
    }

    private static final List<Consumer<Exchange>> LISTENERS = new CopyOnWriteArrayList<>();

    private ExchangeTap() {
    }

    /** Starts listening; run the returned action to stop. */
    public static Runnable listen(Consumer<Exchange> listener) {
        LISTENERS.add(listener);
        return () -> LISTENERS.remove(listener);
    }

    static boolean listening() {
        return !LISTENERS.isEmpty();
    }

    static void publish(Exchange exchange) {
        for (Consumer<Exchange> l : LISTENERS) {
            l.accept(exchange);
        }
    }
}
