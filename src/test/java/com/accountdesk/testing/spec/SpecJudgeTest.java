package com.accountdesk.testing.spec;

import com.accountdesk.sandbox.http.ExchangeTap;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The judge itself: it must catch what the description forbids, and only the named deviations pass. */
class SpecJudgeTest {
    private static final Map<String, String> APP = Map.of("user-agent", "AccountDesk/test", "content-type", "application/json",
            "x-auth-token", "k");

    private static ExchangeTap.Exchange launch(String body, int status, String answer) {
        return new ExchangeTap.Exchange(ExchangeTap.Api.ACM, "POST", "/environment/7/clusters/launch", null, APP,
                body.getBytes(StandardCharsets.UTF_8), status, "application/json",
                answer.getBytes(StandardCharsets.UTF_8), false);
    }

    private static List<String> unexplained(ExchangeTap.Exchange x) {
        return SpecJudge.unexplained(x).stream().map(SpecJudge.Finding::toString).toList();
    }

    @Test
    void theGuidesLaunchBodyAtThePublishedPathIsCaught() {
        var x = launch("{\"name\":\"a\",\"instanceType\":\"m5.large\",\"nodes\":2,\"secure\":true,\"https_port\":8443}", 200,
                "{\"data\":{\"id\":1,\"name\":\"a\"}}");
        List<String> wrong = unexplained(x);
        assertTrue(wrong.stream().anyMatch(w -> w.contains("instanceType")), wrong::toString);
        assertTrue(wrong.stream().anyMatch(w -> w.contains("/nodes")), wrong::toString);
        assertTrue(wrong.stream().anyMatch(w -> w.contains("/secure")), wrong::toString);
    }

    @Test
    void thePublishedBodyPassesWithAdminUserAsTheOneNamedDeviation() {
        var x = launch("{\"name\":\"a\",\"nodeType\":\"m5.large\",\"nodes\":\"2\",\"shards\":\"1\",\"replicas\":\"2\","
                + "\"secure\":1,\"httpPort\":8443,\"port\":9440,\"role\":\"dev\",\"adminUser\":\"admin\",\"adminPass\":\"p\"}",
                200, "{\"data\":{\"id\":\"1\",\"name\":\"a\",\"nodes\":\"2\"}}");
        assertEquals(List.of(), unexplained(x));
        assertTrue(SpecJudge.findings(x).stream().anyMatch(f -> Deviations.explaining(f).orElseThrow().name().equals("acm.launch-admin-user")));
    }

    @Test
    void aRequestFromSomethingElseIsNotJudgedButItsAnswerIs() {
        var x = new ExchangeTap.Exchange(ExchangeTap.Api.CRATEDB, "GET", "/api/v2/users/me/api-keys/", null,
                Map.of("user-agent", "curl/8"), new byte[0], 200, "application/json",
                "[{\"key\":\"k\",\"active\":\"yes\"}]".getBytes(StandardCharsets.UTF_8), false);
        List<String> wrong = unexplained(x);
        assertEquals(1, wrong.size(), wrong::toString);
        assertTrue(wrong.get(0).contains("/0/active"), wrong::toString);
    }

    @Test
    void aSpoiledAnswerIsLeftToTheFaultTests() {
        var x = new ExchangeTap.Exchange(ExchangeTap.Api.ACM, "GET", "/account", null, APP, new byte[0], 200,
                "application/json", "{\"data\":".getBytes(StandardCharsets.UTF_8), true);
        assertFalse(SpecJudge.findings(x).iterator().hasNext());
    }
}
