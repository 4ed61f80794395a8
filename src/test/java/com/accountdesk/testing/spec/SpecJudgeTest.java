package com.accountdesk.testing.spec;

import com.accountdesk.sandbox.http.ExchangeTap;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The judge itself: it must catch what the description forbids, and only the named deviations pass. */
@Tag("spec")
class SpecJudgeTest {
    private static final Map<String, String> APP = Map.of("user-agent", "AccountDesk/test", "content-type", "application/json",
            "x-auth-token", "k");
    private static final Map<String, String> JSON = Map.of("content-type", "application/json");

    private static ExchangeTap.Exchange launch(String body, int status, String answer) {
        return new ExchangeTap.Exchange(ExchangeTap.Api.ACM, "/api", "POST", "/environment/7/clusters/launch", null, APP,
                body.getBytes(StandardCharsets.UTF_8), true, status, JSON, answer.getBytes(StandardCharsets.UTF_8), false);
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
        // A boolean secure is the form live clients report the backend wants: named, and only that.
        assertTrue(excusedBy(x).contains("acm.launch-boolean-secure"), excusedBy(x)::toString);
        var stringSecure = launch("{\"name\":\"a\",\"nodeType\":\"m5.large\",\"secure\":\"true\"}", 200, "{\"data\":{\"id\":1,\"name\":\"a\"}}");
        assertTrue(unexplained(stringSecure).stream().anyMatch(w -> w.contains("/secure")), unexplained(stringSecure)::toString);
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
        var x = new ExchangeTap.Exchange(ExchangeTap.Api.CRATEDB, "/cratedb", "GET", "/api/v2/users/me/api-keys/", null,
                Map.of("user-agent", "curl/8"), new byte[0], true, 200, JSON,
                "[{\"key\":\"k\",\"active\":\"yes\"}]".getBytes(StandardCharsets.UTF_8), false);
        List<String> wrong = unexplained(x);
        assertEquals(1, wrong.size(), wrong::toString);
        assertTrue(wrong.get(0).contains("/0/active"), wrong::toString);
    }

    @Test
    void aSpoiledAnswerIsLeftToTheFaultTests() {
        var x = new ExchangeTap.Exchange(ExchangeTap.Api.ACM, "/api", "GET", "/account", null, APP, new byte[0], true, 200,
                JSON, "{\"data\":".getBytes(StandardCharsets.UTF_8), true);
        assertFalse(SpecJudge.findings(x).iterator().hasNext());
    }

    private static ExchangeTap.Exchange acm(String method, String path, String body, int status, Map<String, String> answerHeaders,
                                            String answer, boolean spoiled) {
        return new ExchangeTap.Exchange(ExchangeTap.Api.ACM, "/api", method, path, null, APP,
                body.getBytes(StandardCharsets.UTF_8), true, status, answerHeaders,
                answer == null ? null : answer.getBytes(StandardCharsets.UTF_8), spoiled);
    }

    private static List<String> excusedBy(ExchangeTap.Exchange x) {
        return SpecJudge.findings(x).stream().map(f -> Deviations.explaining(f).map(Deviations.Deviation::name).orElse("-")).toList();
    }

    @Test
    void aStringIsExcusedOnlyWhereTheGuideShowsOne() {
        var named = acm("GET", "/environments", "", 200, JSON, "{\"data\":[{\"id\":\"5\",\"name\":\"e\",\"externalDNS\":\"1\"}]}", false);
        assertEquals(List.of(), unexplained(named));
        assertEquals(List.of("acm.loose-types", "acm.loose-types"), excusedBy(named));

        var other = acm("GET", "/environments", "", 200, JSON,
                "{\"data\":[{\"id\":5,\"name\":\"e\",\"managed\":\"1\",\"id_owner\":\"7\"}]}", false);
        List<String> wrong = unexplained(other);
        assertEquals(2, wrong.size(), wrong::toString);
        assertTrue(wrong.stream().anyMatch(w -> w.contains("/managed")) && wrong.stream().anyMatch(w -> w.contains("/id_owner")), wrong::toString);
    }

    @Test
    void anErrorAnswerIsJudgedAgainstItsProvidersErrorShape() {
        var right = acm("POST", "/account", "{}", 400, JSON, "{\"error\":\"bad\",\"code\":400,\"field\":\"tokens\"}", false);
        assertEquals(List.of(), unexplained(right));
        var wrong = acm("POST", "/account", "{}", 400, JSON, "{\"message\":\"bad\"}", false);
        List<String> found = unexplained(wrong);
        assertTrue(found.stream().allMatch(w -> w.contains(ErrorShapes.KEY)) && found.size() >= 2, found::toString);
        var noBody = acm("GET", "/account", "", 500, Map.of(), null, false);
        assertTrue(unexplained(noBody).stream().anyMatch(w -> w.contains("without a JSON body")), unexplained(noBody)::toString);

        var crate = new ExchangeTap.Exchange(ExchangeTap.Api.CRATEDB, "/cratedb", "DELETE", "/api/v2/users/me/api-keys/k/", null,
                APP, new byte[0], true, 404, JSON, "{\"error\":\"Not found\",\"code\":404}".getBytes(StandardCharsets.UTF_8), false);
        assertTrue(unexplained(crate).stream().anyMatch(w -> w.contains("message")), unexplained(crate)::toString);
    }

    @Test
    void theFlatNewKeyIsExcusedOnTheCroudPortOnly() {
        byte[] flat = "{\"key\":\"k\",\"user_id\":\"u\",\"active\":true,\"secret\":\"s\",\"last_used\":null,\"dc\":{}}"
                .getBytes(StandardCharsets.UTF_8);
        Map<String, String> croud = Map.of("user-agent", "Croud/1.15.0 Python/3.11.2");
        var atRoot = new ExchangeTap.Exchange(ExchangeTap.Api.CRATEDB, "", "POST", "/api/v2/users/me/api-keys/", null, croud,
                new byte[0], true, 200, JSON, flat, false);
        assertEquals(List.of(), unexplained(atRoot));
        var atTheAppsMount = new ExchangeTap.Exchange(ExchangeTap.Api.CRATEDB, "/cratedb", "POST", "/api/v2/users/me/api-keys/", null,
                croud, new byte[0], true, 200, JSON, flat, false);
        assertFalse(unexplained(atTheAppsMount).isEmpty());
    }

    @Test
    void theRequestOfASpoiledExchangeIsStillJudged() {
        var x = acm("POST", "/environment/7/clusters/launch", "{\"name\":\"a\",\"instanceType\":\"m5.large\"}", 200, JSON,
                "{\"data\":", true);
        List<String> wrong = unexplained(x);
        assertTrue(!wrong.isEmpty() && wrong.stream().allMatch(w -> w.contains(" request: ")), wrong::toString);
        assertTrue(wrong.stream().anyMatch(w -> w.contains("instanceType")), wrong::toString);
    }

    @Test
    void theContentTypeSentIsJudged() {
        var x = acm("GET", "/account", "", 200, Map.of("content-type", "text/html"), "{\"data\":{\"id\":1}}", false);
        List<String> wrong = unexplained(x);
        assertTrue(wrong.stream().anyMatch(w -> w.contains("text/html")), wrong::toString);
    }

    @Test
    void aCallMissingFromTheCallsTableIsAFinding() {
        var listed = acm("GET", "/cluster/5", "", 200, JSON, "{\"data\":{\"id\":5,\"name\":\"c\"}}", false);
        assertTrue(unexplained(listed).stream().noneMatch(w -> w.contains(CallsTable.KEY)), unexplained(listed)::toString);
        var unlisted = acm("GET", "/cluster/5/nodes", "", 200, JSON, "{\"data\":[]}", false);
        assertTrue(unexplained(unlisted).stream().anyMatch(w -> w.contains(CallsTable.KEY)), unexplained(unlisted)::toString);
    }

    @Test
    void everyDeviationQuotesItsFactAndAPublicSource() {
        for (Deviations.Deviation d : Deviations.ALL) {
            assertFalse(d.fact().isBlank() || d.source().isBlank(), d.name());
            assertFalse(d.source().contains("shared/") || d.source().contains(".md"), d.name() + ": a public source, not a file of ours");
        }
    }
}
