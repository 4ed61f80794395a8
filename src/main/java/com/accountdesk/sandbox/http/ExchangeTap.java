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
     * @param mount           the prefix of the mount that served it ("/api", "/cratedb", or "" for a port's root)
     * @param path            the path below the API's root (e.g. "/account", "/api/v2/users/me/"), still encoded
     * @param query           the raw query, or null
     * @param headers         request headers, names in lower case, first value each
     * @param requestWhole    the request body was read whole (one over the size limit is read only in part)
     * @param responseHeaders the answer's headers as sent, names in lower case, first value each
     * @param answerSpoiled   the answer was spoiled or withheld on purpose (fault injection): not the API's shape;
     *                        the request is still the caller's
     */
    public record Exchange(Api api, String mount, String method, String path, String query, Map<String, String> headers,
                           byte[] requestBody, boolean requestWhole, int status, Map<String, String> responseHeaders,
                           byte[] responseBody, boolean answerSpoiled) {
        /** The answer's content type as sent, or null when it named none. */
        public String responseContentType() {
            return responseHeaders.get("content-type");
        }
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
