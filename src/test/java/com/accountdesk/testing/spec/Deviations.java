package com.accountdesk.testing.spec;

import com.accountdesk.sandbox.http.ExchangeTap;

import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Where the live services are known to differ from their published descriptions, each named once
 * with its source. A finding of {@link SpecJudge} that none of these explains fails the test.
 */
public final class Deviations {
    /** A known difference between a description and the live service (or its real clients). */
    public record Deviation(String name, String source, Predicate<SpecJudge.Finding> explains) {
    }

    private static final Pattern LOOSE_TYPE = Pattern.compile(
            "Instance type \\(string\\) does not match any allowed primitive type \\(allowed: \\[\"(integer|boolean)\"]\\)");
    private static final Pattern GUIDE_LAUNCH_PATH = Pattern.compile("/[^/]+/cluster-launch");

    public static final List<Deviation> ALL = List.of(
            new Deviation("acm.loose-types",
                    "Altinity API Guide's own output (\"id\": \"176\", \"externalDNS\": \"1\"); shared/api/ACM.md",
                    f -> f.api() == ExchangeTap.Api.ACM && !f.inRequest()
                            && f.key().equals("validation.response.body.schema.type") && LOOSE_TYPE.matcher(f.message()).find()),
            new Deviation("acm.account-key-list",
                    "ACM web UI lists the account's keys; POST /account takes `tokens` (ACM.md: the published User has none)",
                    f -> f.api() == ExchangeTap.Api.ACM && !f.inRequest() && f.path().equals("/account")
                            && f.key().equals("validation.response.body.schema.additionalProperties")
                            && f.message().endsWith("[\"tokens\"]")),
            new Deviation("acm.error-answers",
                    "Altinity API Guide: errors are {\"error\", \"code\"} with the HTTP status (400 for invalid input); "
                            + "26.1.59 lists only 200/401/404 and no error bodies",
                    f -> f.api() == ExchangeTap.Api.ACM && !f.inRequest() && f.status() >= 400
                            && (f.key().equals("validation.response.status.unknown")
                            || f.key().equals("validation.response.body.unexpected"))),
            new Deviation("acm.guide-launch-path",
                    "Altinity API Guide: POST /{environment}/cluster-launch, gone from 26.1.59; sent only after a 404 at the current path",
                    f -> f.api() == ExchangeTap.Api.ACM && f.method().equals("POST")
                            && GUIDE_LAUNCH_PATH.matcher(f.path()).matches()
                            && f.key().equals("validation.request.path.missing")),
            new Deviation("acm.launch-admin-user",
                    "reported by live clients (gorgias-oss/terraform-provider-altinity): adminUser must accompany adminPass",
                    f -> f.api() == ExchangeTap.Api.ACM && f.inRequest() && f.path().endsWith("/clusters/launch")
                            && f.key().equals("validation.request.body.schema.additionalProperties")
                            && f.message().endsWith("[\"adminUser\"]")),
            new Deviation("acm.cluster-node-type",
                    "assumed, unpublished: ACM's web UI shows each cluster's node type; named `nodeType` as the launch "
                            + "and rescale bodies name it (shared/api/ACM.md); the app reads it only when an answer has it",
                    f -> f.api() == ExchangeTap.Api.ACM && !f.inRequest()
                            && f.key().equals("validation.response.body.schema.additionalProperties")
                            && f.message().endsWith("[\"nodeType\"]")),
            new Deviation("cratedb.last-used-null",
                    "croud's documentation shows last_used NULL for a key never used (the schema says a date-time)",
                    f -> f.api() == ExchangeTap.Api.CRATEDB && !f.inRequest()
                            && f.message().startsWith("[Path '") && f.message().contains("/last_used'] Instance type (null)")),
            new Deviation("cratedb.croud-flat-create",
                    "croud 1.15 reads POST /api/v2/users/me/api-keys/ flat (key, user_id, active, secret: "
                            + "croud/apikeys/commands.py); the sandbox's root port answers so for croud",
                    f -> f.api() == ExchangeTap.Api.CRATEDB && !f.inRequest() && f.method().equals("POST")
                            && f.path().equals("/api/v2/users/me/api-keys/")
                            && (f.message().matches("\\[Path '/key'] Instance type \\(string\\) does not match .*\\[\"object\"]\\)")
                            || f.message().endsWith("[\"active\",\"dc\",\"last_used\",\"user_id\"]"))),
            new Deviation("cratedb.error-answers",
                    "shared/api/CrateDB.md: 404 for an unknown key, 400 with \"errors\" for a bad field, on operations whose "
                            + "description lists neither",
                    f -> f.api() == ExchangeTap.Api.CRATEDB && !f.inRequest() && f.status() >= 400
                            && f.key().equals("validation.response.status.unknown")));

    private Deviations() {
    }

    public static Optional<Deviation> explaining(SpecJudge.Finding f) {
        return ALL.stream().filter(d -> d.explains().test(f)).findFirst();
    }
}
