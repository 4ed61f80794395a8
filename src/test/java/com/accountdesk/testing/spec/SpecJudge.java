package com.accountdesk.testing.spec;

import com.accountdesk.sandbox.http.ExchangeTap;
import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Judges exchanges against the published OpenAPI descriptions (src/test/resources/api): the
 * requests the app's clients send and every answer the sandbox gives. A finding passes only when
 * a named {@link Deviation} explains it.
 */
public final class SpecJudge {
    /** The app's clients sign their requests so; croud's replays sign them as croud does. */
    private static final String APP_CLIENT = "accountdesk/";
    private static final List<String> CLIENTS_JUDGED = List.of(APP_CLIENT, "croud/");

    private static final OpenApiInteractionValidator ACM = validator("/api/acm-reference.json", false);
    /** A query parameter CrateDB's description does not list is a finding (croud's operations poll is a named one). */
    private static final OpenApiInteractionValidator CRATEDB = validator("/api/cratedb-cloud-openapi.json", true);
    static final String UNEXPECTED_QUERY = "validation.request.parameter.query.unexpected";

    /**
     * One thing the description says otherwise.
     *
     * @param mount  the prefix of the sandbox mount that served the exchange ("" for a port's root, as croud calls it)
     * @param schema where in the description the rule broken is (a JSON pointer), or "" when the finding names none
     */
    public record Finding(ExchangeTap.Api api, String mount, String method, String path, int status, boolean inRequest,
                          String key, String schema, String message) {
        @Override
        public String toString() {
            return api + " " + method + " " + path + (inRequest ? " request" : " answer " + status) + ": [" + key + "] "
                    + (schema.isEmpty() ? "" : "(" + schema + ") ") + message;
        }
    }

    private SpecJudge() {
    }

    private static OpenApiInteractionValidator validator(String resource, boolean unexpectedQueryIsAFinding) {
        String spec;
        try (var in = SpecJudge.class.getResourceAsStream(resource)) {
            spec = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (java.io.IOException | NullPointerException e) {
            throw new IllegalStateException("missing " + resource, e);
        }
        // The parser's own complaints about the published files (e.g. CrateDB's `"default": null` on a
        // nullable array) are about the description's syntax, not about our exchanges: only a file
        // that cannot be read at all stops the suite.
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        SwaggerParseResult parsed = new OpenAPIV3Parser().readContents(spec, null, options);
        if (parsed.getOpenAPI() == null) {
            throw new IllegalStateException(resource + " cannot be read: " + parsed.getMessages());
        }
        // Paths are judged below the API's root, as the sandbox reports them.
        OpenApiInteractionValidator.Builder b = OpenApiInteractionValidator.createFor(parsed.getOpenAPI()).withBasePathOverride("/");
        if (unexpectedQueryIsAFinding) {
            b.withLevelResolver(LevelResolver.create().withLevel(UNEXPECTED_QUERY, ValidationReport.Level.ERROR).build());
        }
        return b.build();
    }

    /** Everything the descriptions say otherwise about the exchange, before deviations. */
    public static List<Finding> findings(ExchangeTap.Exchange x) {
        List<Finding> out = new ArrayList<>();
        OpenApiInteractionValidator validator = x.api() == ExchangeTap.Api.ACM ? ACM : CRATEDB;
        Request.Method method = Request.Method.valueOf(x.method().toUpperCase(Locale.ROOT));
        String agent = x.headers().getOrDefault("user-agent", "").toLowerCase(Locale.ROOT);
        // The request is the caller's even when its answer is spoiled on purpose; only one read in part is left be.
        if (CLIENTS_JUDGED.stream().anyMatch(agent::startsWith) && x.requestWhole()) {
            add(out, x, true, validator.validateRequest(request(x, method)));
            if (agent.startsWith(APP_CLIENT)) {
                CallsTable.missing(x).ifPresent(out::add);
            }
        }
        if (x.answerSpoiled()) {
            return out; // spoiled on purpose: judged by the fault tests, not the description
        }
        SimpleResponse.Builder answer = SimpleResponse.Builder.status(x.status());
        x.responseHeaders().forEach(answer::withHeader);
        if (x.responseBody() != null) {
            answer.withBody(new String(x.responseBody(), StandardCharsets.UTF_8));
        }
        add(out, x, false, validator.validateResponse(x.path(), method, answer.build()));
        if (x.status() >= 400) {
            out.addAll(ErrorShapes.judge(x));
        }
        return out;
    }

    private static Request request(ExchangeTap.Exchange x, Request.Method method) {
        SimpleRequest.Builder b = new SimpleRequest.Builder(method, x.path());
        for (Map.Entry<String, String> h : x.headers().entrySet()) {
            b.withHeader(h.getKey(), h.getValue());
        }
        if (x.query() != null) {
            for (String pair : x.query().split("&")) {
                int eq = pair.indexOf('=');
                String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
                String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
                b.withQueryParam(name, value);
            }
        }
        if (x.requestBody() != null && x.requestBody().length > 0) {
            b.withBody(new String(x.requestBody(), StandardCharsets.UTF_8));
        }
        return b.build();
    }

    private static void add(List<Finding> out, ExchangeTap.Exchange x, boolean inRequest, ValidationReport report) {
        for (ValidationReport.Message m : report.getMessages()) {
            if (m.getLevel() == ValidationReport.Level.ERROR) {
                addLeaves(out, x, inRequest, m);
            }
        }
    }

    /** An allOf/oneOf finding stands for its nested ones: each is judged on its own. */
    private static void addLeaves(List<Finding> out, ExchangeTap.Exchange x, boolean inRequest, ValidationReport.Message m) {
        if (m.getNestedMessages().isEmpty()) {
            String schema = m.getContext().flatMap(ValidationReport.MessageContext::getPointers)
                    .map(ValidationReport.MessageContext.Pointers::getSchema).orElse("");
            out.add(new Finding(x.api(), x.mount(), x.method(), x.path(), x.status(), inRequest, m.getKey(),
                    schema == null ? "" : schema, m.getMessage()));
        } else {
            m.getNestedMessages().forEach(n -> addLeaves(out, x, inRequest, n));
        }
    }

    /** The findings no deviation explains. */
    public static List<Finding> unexplained(ExchangeTap.Exchange x) {
        return findings(x).stream().filter(f -> Deviations.explaining(f).isEmpty()).toList();
    }
}
