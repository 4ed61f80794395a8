package com.accountdesk.api.acm;

import com.accountdesk.api.ApiException;
import com.accountdesk.api.Endpoints;
import com.accountdesk.api.HttpTransport;
import com.accountdesk.model.AccountInfo;
import com.accountdesk.model.Cluster;
import com.accountdesk.model.Secret;
import com.accountdesk.testing.FixedServer;
import com.accountdesk.testing.FixedServer.Answer;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Answers shaped as loosely as the live ACM sends them, served over loopback. */
class AcmLooseTypesTest {
    private static AcmClient client(FixedServer server) throws ApiException {
        return new AcmClient(Endpoints.parseBase(server.baseUrl()), Secret.of("k"), new HttpTransport());
    }

    @Test
    void accountWithNumericIdOriginsArrayAndIsoTimes() throws Exception {
        String body = """
                {"data": {"id": 176, "email": "a@b.c", "name": null,
                  "origins": ["example.com, 10.0.0.1", "*.x.org\\n::1"],
                  "tokens": [
                    {"token": "k1", "created": "2023-12-28T21:59:00Z", "expires": "2023-12-29 21:59:00"},
                    {"token": "k2", "expires": 1703800740},
                    {"token": "", "expires": "2023-12-29 21:59:00"},
                    {"token": "k3"}
                  ], "extra": {"ignored": true}}, "metadata": {"changed": "1"}}
                """;
        try (FixedServer server = new FixedServer(n -> Answer.json(200, body))) {
            AccountInfo account = client(server).account();
            assertEquals("176", account.id());
            assertEquals("a@b.c", account.displayName());
            assertEquals(List.of("example.com", "10.0.0.1", "*.x.org", "::1"), account.origins());
            assertEquals(2, account.keys().size());
            assertEquals(Instant.parse("2023-12-29T21:59:00Z"), account.keys().get(0).expires());
            assertEquals(Instant.parse("2023-12-28T21:59:00Z"), account.keys().get(0).created());
            assertEquals(Instant.ofEpochSecond(1703800740), account.keys().get(1).expires());
        }
    }

    @Test
    void clusterCountsAsStringsOrNumbers() throws Exception {
        String body = "{\"data\": [{\"id\": 7, \"name\": \"a\", \"status\": \"online\", \"nodes\": \"4\", \"shards\": 2, \"replicas\": \"x\"}]}";
        try (FixedServer server = new FixedServer(n -> Answer.json(200, body))) {
            Cluster c = client(server).clusters("1").get(0);
            assertEquals("7", c.id());
            assertEquals(4, c.nodes());
            assertEquals(2, c.shards());
            assertEquals(0, c.replicas());
        }
    }

    @Test
    void tokenAsObjectOrString() throws Exception {
        try (FixedServer server = new FixedServer(n -> Answer.json(200, n == 1 ? "{\"data\":\"abc\"}" : "{\"data\":{\"token\":\"def\"}}"))) {
            assertEquals("abc", client(server).generateApiKey().reveal());
            assertEquals("def", client(server).createAnywhereToken().reveal());
        }
    }

    @Test
    void wrongShapesAreBadResponses() throws Exception {
        for (String body : List.of("{}", "{\"data\": 5}", "[]", "{\"data\": {\"no\": \"list\"}}", "\"text\"")) {
            try (FixedServer server = new FixedServer(n -> Answer.json(200, body))) {
                assertEquals(ApiException.Kind.BAD_RESPONSE,
                        assertThrows(ApiException.class, () -> client(server).environments()).kind(), body);
            }
        }
    }
}
