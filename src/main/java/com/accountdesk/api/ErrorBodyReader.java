package com.accountdesk.api;

import com.fasterxml.jackson.databind.JsonNode;

/** Reads a provider's error bodies: what the server said, and refusals it sends as success answers. */
@FunctionalInterface
public interface ErrorBodyReader {
    /**
     * What the server said; any part may be null.
     *
     * @param right the access right the server named as missing (a 403 from ACM), when it named one
     */
    record ServerError(String message, String field, String right) {
        public ServerError(String message, String field) {
            this(message, field, null);
        }
    }

    /**
     * A refusal inside an HTTP 2xx answer.
     *
     * @param status the HTTP status the body names (e.g. its "code"), or 0 when it names none
     */
    record Refusal(int status, ServerError said) {
    }

    /** @param body the parsed error body, or null when it was not JSON */
    ServerError read(JsonNode body);

    /** A refusal carried by a success answer (ACM answers some with 200 and {"error", "code"}), or null. */
    default Refusal refusalIn(JsonNode okBody) {
        return null;
    }

    /** The kind a refusal is, when the provider's words say more than its status; null: as the status says. */
    default ApiException.Kind kindOf(int status, ServerError said) {
        return null;
    }
}
