package com.accountdesk.testing.spec;

import com.accountdesk.sandbox.http.ExchangeTap;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.fge.jsonschema.core.exceptions.ProcessingException;
import com.github.fge.jsonschema.core.report.LogLevel;
import com.github.fge.jsonschema.core.report.ProcessingMessage;
import com.github.fge.jsonschema.main.JsonSchema;
import com.github.fge.jsonschema.main.JsonSchemaFactory;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * Error answers (status 400 and up), judged against the error shape each provider documents, as
 * JSON Schemas of our own (src/test/resources/api/errors): neither published description has one.
 * ACM's comes from the Altinity API Guide, CrateDB's from how croud reads it.
 */
final class ErrorShapes {
    /** The key a finding about an error answer's shape carries. */
    static final String KEY = "accountdesk.error.shape";
    static final String ACM_SCHEMA = "/api/errors/acm-error.schema.json";
    static final String CRATEDB_SCHEMA = "/api/errors/cratedb-error.schema.json";

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final JsonSchema ACM = schema(ACM_SCHEMA);
    private static final JsonSchema CRATEDB = schema(CRATEDB_SCHEMA);

    private ErrorShapes() {
    }

    private static JsonSchema schema(String resource) {
        try (InputStream in = ErrorShapes.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing " + resource);
            }
            return JsonSchemaFactory.byDefault().getJsonSchema(MAPPER.readTree(in));
        } catch (IOException | ProcessingException e) {
            throw new IllegalStateException("cannot read " + resource, e);
        }
    }

    /** What the error answer of {@code x} does otherwise than its provider's error shape. */
    static List<SpecJudge.Finding> judge(ExchangeTap.Exchange x) {
        String schema = x.api() == ExchangeTap.Api.ACM ? ACM_SCHEMA : CRATEDB_SCHEMA;
        List<SpecJudge.Finding> out = new ArrayList<>();
        JsonNode body;
        try {
            body = x.responseBody() == null ? null : MAPPER.readTree(x.responseBody());
        } catch (IOException e) {
            body = null;
        }
        if (body == null) {
            out.add(finding(x, schema, "an error answer without a JSON body"));
            return out;
        }
        String type = x.responseContentType();
        if (type == null || !type.startsWith("application/json")) {
            out.add(finding(x, schema, "an error answer's content type is " + type + ", not application/json"));
        }
        try {
            for (ProcessingMessage m : (x.api() == ExchangeTap.Api.ACM ? ACM : CRATEDB).validate(body, true)) {
                if (m.getLogLevel().compareTo(LogLevel.ERROR) < 0) {
                    continue;
                }
                String at = m.asJson().path("instance").path("pointer").asText("");
                out.add(finding(x, schema, "[Path '" + at + "'] " + m.getMessage()));
            }
        } catch (ProcessingException e) {
            out.add(finding(x, schema, "cannot be judged: " + e.getMessage()));
        }
        return out;
    }

    private static SpecJudge.Finding finding(ExchangeTap.Exchange x, String schema, String message) {
        return new SpecJudge.Finding(x.api(), x.mount(), x.method(), x.path(), x.status(), false, KEY, schema, message);
    }
}
