package com.accountdesk.api;

import com.fasterxml.jackson.databind.JsonNode;

/** Reads a provider's error body into the message and the field it names. */
@FunctionalInterface
public interface ErrorBodyReader {
    /** What the server said; either part may be null. */
    record ServerError(String message, String field) {
    }

    /** @param body the parsed error body, or null when it was not JSON */
    ServerError read(JsonNode body);
}
