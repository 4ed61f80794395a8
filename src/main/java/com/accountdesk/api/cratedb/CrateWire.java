package com.accountdesk.api.cratedb;

import com.accountdesk.api.ApiException;
import com.accountdesk.api.ErrorBodyReader;
import com.accountdesk.api.LooseValues;
import com.accountdesk.model.CrateApiKey;
import com.accountdesk.model.CrateUser;
import com.accountdesk.model.CreatedCrateKey;
import com.accountdesk.model.Secret;
import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/** CrateDB Cloud's wire format in one place (shared/api/CrateDB.md): answers into model records. */
final class CrateWire {
    private CrateWire() {
    }

    /**
     * Errors: {"message": "...", "success": false}, with 400 adding {"errors": {field: [...]}}.
     * The first field's complaints are joined to the message so the user reads one sentence.
     */
    static final ErrorBodyReader ERRORS = body -> {
        String message = LooseValues.text(body, "message");
        JsonNode errors = body == null ? null : body.get("errors");
        if (errors == null || !errors.isObject() || errors.isEmpty()) {
            return new ErrorBodyReader.ServerError(message, null);
        }
        Map.Entry<String, JsonNode> first = errors.fields().next();
        String detail = complaints(first.getValue());
        String sentence = sentence(message);
        String text = detail.isEmpty() ? sentence
                : (sentence == null ? "" : sentence + " ") + first.getKey() + ": " + sentence(detail);
        return new ErrorBodyReader.ServerError(text, first.getKey());
    };

    private static String complaints(JsonNode node) {
        if (node == null || node.isNull()) {
            return "";
        }
        if (node.isValueNode()) {
            return node.asText().trim();
        }
        List<String> parts = new ArrayList<>();
        for (Iterator<JsonNode> it = node.elements(); it.hasNext(); ) {
            String part = complaints(it.next());
            if (!part.isEmpty()) {
                parts.add(part);
            }
        }
        return String.join(" ", parts.stream().map(CrateWire::sentence).toList());
    }

    /** Ends the text with a full stop unless it has one. */
    private static String sentence(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String t = text.trim();
        return t.endsWith(".") || t.endsWith("!") || t.endsWith("?") ? t : t + ".";
    }

    static CrateUser user(JsonNode answer) throws ApiException {
        if (answer == null || !answer.isObject()) {
            throw new ApiException(ApiException.Kind.BAD_RESPONSE, "the user is not an object");
        }
        return new CrateUser(LooseValues.text(answer, "uid", ""), LooseValues.label(answer, "username", ""),
                LooseValues.label(answer, "name", ""), LooseValues.label(answer, "email", ""),
                LooseValues.text(answer, "organization_id", ""));
    }

    static CrateApiKey key(JsonNode k) throws ApiException {
        if (k == null || !k.isObject()) {
            throw new ApiException(ApiException.Kind.BAD_RESPONSE, "the API key is not an object");
        }
        JsonNode dc = k.get("dc");
        return new CrateApiKey(LooseValues.requireText(k, "key"), LooseValues.text(k, "user_id", ""),
                LooseValues.flag(k, "active", true), LooseValues.time(k, "last_used"), LooseValues.time(dc, "created"));
    }

    static List<CrateApiKey> keys(JsonNode answer) throws ApiException {
        if (answer == null || !answer.isArray()) {
            throw new ApiException(ApiException.Kind.BAD_RESPONSE, "the API keys are not a list");
        }
        List<CrateApiKey> out = new ArrayList<>();
        for (JsonNode k : answer) {
            if (k.isObject() && LooseValues.text(k, "key") != null) {
                out.add(key(k));
            }
        }
        return out;
    }

    /**
     * The create answer: documented nested ({"key": {...}, "secret": "..."}) but read flat
     * ({"key": "...", "secret": "...", ...}) by the official CLI. Both are accepted.
     */
    static CreatedCrateKey created(JsonNode answer) throws ApiException {
        if (answer == null || !answer.isObject()) {
            throw new ApiException(ApiException.Kind.BAD_RESPONSE, "the new API key is not an object");
        }
        JsonNode nested = answer.get("key");
        JsonNode keyNode = nested != null && nested.isObject() ? nested : answer;
        String secret = LooseValues.text(answer, "secret");
        if (secret == null) {
            secret = LooseValues.text(keyNode, "secret");
        }
        if (secret == null || secret.isEmpty()) {
            throw new ApiException(ApiException.Kind.BAD_RESPONSE, "the answer holds no secret for the new key");
        }
        return new CreatedCrateKey(key(keyNode), Secret.of(secret));
    }
}
