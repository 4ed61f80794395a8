package com.accountdesk.testing.spec;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The table of the calls the app makes (docs/api-judge.md) says truly which are in the published descriptions. */
@Tag("spec")
class ApiCallsTableTest {
    private static JsonNode spec(String cloud) throws Exception {
        String file = cloud.equals("ACM") ? "/api/acm-reference.json" : "/api/cratedb-cloud-openapi.json";
        try (var in = ApiCallsTableTest.class.getResourceAsStream(file)) {
            return new ObjectMapper().readTree(in);
        }
    }

    @Test
    void everyRowsStandingIsWhatTheDescriptionSays() throws Exception {
        List<CallsTable.Row> rows = CallsTable.rows();
        assertEquals(51, rows.size(), "the table lists every call: " + rows);
        for (CallsTable.Row r : rows) {
            JsonNode operation = spec(r.cloud()).path("paths").path(r.path()).path(r.method().toLowerCase(Locale.ROOT));
            if (r.standing().startsWith("in the spec")) {
                assertFalse(operation.isMissingNode(), r + " is not in the published description");
            } else {
                assertTrue(r.standing().startsWith("guide only"), r.toString());
                assertTrue(operation.isMissingNode(), r + " is in the published description after all");
            }
        }
    }
}
