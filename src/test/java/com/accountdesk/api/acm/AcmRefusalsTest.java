package com.accountdesk.api.acm;

import com.accountdesk.api.ApiException;
import com.accountdesk.api.Endpoints;
import com.accountdesk.api.HttpTransport;
import com.accountdesk.model.Secret;
import com.accountdesk.testing.FixedServer;
import com.accountdesk.ui.common.ErrorMessages;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * ACM's refusals as live clients report them: some come as HTTP 200 with {"error", "code"}; a busy
 * environment says "another operation is in progress"; answers the app cannot read still get a
 * sentence with their status.
 */
class AcmRefusalsTest {
    private static AcmClient client(FixedServer server) throws ApiException {
        HttpTransport http = new HttpTransport(HttpTransport.Settings.defaults().withRetries(3, Duration.ofMillis(5)));
        return new AcmClient(Endpoints.parseBase(server.baseUrl()), Secret.of("refusals-key"), http);
    }

    @Test
    void aRefusalSentAsHttp200IsAFailureTypedLikeTheStatusItNames() throws Exception {
        try (FixedServer server = new FixedServer(n -> FixedServer.Answer.json(200,
                "{\"error\":\"Access to this environment is not allowed\",\"code\":403}"))) {
            ApiException e = assertThrows(ApiException.class, () -> client(server).environments());
            assertEquals(ApiException.Kind.FORBIDDEN, e.kind());
            assertEquals(403, e.status());
            assertEquals("Access to this environment is not allowed", e.serverMessage());
            String sentence = ErrorMessages.describe(e);
            assertTrue(sentence.contains("(HTTP 403)") && sentence.contains("not allowed"), sentence);
        }
    }

    @Test
    void aSessionEndedInsideA200IsUnauthorizedSoTheAppAsksToSignInAgain() throws Exception {
        try (FixedServer server = new FixedServer(n -> FixedServer.Answer.json(200, "{\"error\":\"Token expired\",\"code\":401}"))) {
            assertEquals(ApiException.Kind.UNAUTHORIZED, assertThrows(ApiException.class, () -> client(server).account()).kind());
        }
    }

    @Test
    void aReadRefusedWhileAnotherOperationRunsIsAskedAgain() throws Exception {
        try (FixedServer server = new FixedServer(n -> n == 1
                ? FixedServer.Answer.json(200, "{\"error\":\"Another operation is in progress\",\"code\":409}")
                : FixedServer.Answer.json(200, "{\"data\":[{\"id\":\"5\",\"name\":\"prod\"}]}"))) {
            assertEquals("prod", client(server).environments().get(0).name());
            assertEquals(2, server.seen().size());
        }
    }

    @Test
    void aWriteRefusedWhileAnotherOperationRunsIsNotSentAgainAndSaysToWait() throws Exception {
        try (FixedServer server = new FixedServer(n -> FixedServer.Answer.json(409,
                "{\"error\":\"Another operation is in progress\",\"code\":409}"))) {
            ApiException e = assertThrows(ApiException.class, () -> client(server).saveOrigins(List.of("example.com")));
            assertEquals(ApiException.Kind.BUSY, e.kind());
            assertEquals(1, server.seen().size());
            String sentence = ErrorMessages.describe(e);
            assertTrue(sentence.contains("busy with another operation") && sentence.contains("try again"), sentence);
        }
    }

    @Test
    void anAnswerTheAppDoesNotRecogniseStillGetsASentenceWithItsStatus() throws Exception {
        try (FixedServer server = new FixedServer(n -> new FixedServer.Answer(418, "<html>I'm a teapot</html>",
                java.util.Map.of("Content-Type", "text/html")))) {
            ApiException e = assertThrows(ApiException.class, () -> client(server).saveOrigins(List.of()));
            String sentence = ErrorMessages.describe(e);
            assertTrue(sentence.contains("HTTP 418") && sentence.endsWith("."), sentence);
            assertTrue(!sentence.contains("BAD_RESPONSE") && !sentence.contains("teapot"), sentence);
        }
        try (FixedServer server = new FixedServer(n -> new FixedServer.Answer(500, null, java.util.Map.of()))) {
            String sentence = ErrorMessages.describe(assertThrows(ApiException.class, () -> client(server).saveOrigins(List.of())));
            assertTrue(sentence.startsWith("The server had a problem (HTTP 500). Try again"), sentence);
        }
    }
}
