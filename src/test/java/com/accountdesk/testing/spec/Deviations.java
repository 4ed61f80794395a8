package com.accountdesk.testing.spec;

import com.accountdesk.sandbox.crate.CrateApi;
import com.accountdesk.sandbox.http.ExchangeTap;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Where the live services are known to differ from their published descriptions, each named once,
 * scoped as narrowly as its source allows, with the fact quoted and where it is published. A
 * finding of {@link SpecJudge} that none of these explains fails the test; a deviation that no
 * exchange of a full run needed fails the run ({@link DeviationsUsedTest}).
 */
public final class Deviations {
    /**
     * A known difference between a description and the live service (or its real clients).
     *
     * @param fact   what differs, quoted from the source
     * @param source where that is published (a guide, a client's source file), never a file of ours
     */
    public record Deviation(String name, String fact, String source, Predicate<SpecJudge.Finding> explains) {
    }

    private static final Pattern LOOSE_TYPE = Pattern.compile(
            "Instance type \\(string\\) does not match any allowed primitive type \\(allowed: \\[\"(integer|boolean)\"]\\)");
    /**
     * The members the guide's output or a live client shows as strings, by the description's
     * schema that declares them (Cluster.id, id_environment, secure; Environment.id, externalDNS; User.id).
     */
    static final Set<String> LOOSE_MEMBERS = Set.of(
            "/components/schemas/Cluster/properties/id",
            "/components/schemas/Cluster/properties/id_environment",
            "/components/schemas/Cluster/properties/secure",
            "/components/schemas/Environment/properties/id",
            "/components/schemas/Environment/properties/externalDNS",
            "/components/schemas/User/properties/id");
    /** The members of a refusal sent in HTTP 200, as the only ones a typed answer did not expect. */
    private static final Pattern REFUSAL_MEMBERS = Pattern.compile("not allowed by the schema: \\[\"code\",\"error\"(,\"field\")?]$");
    private static final String GORGIAS_CLIENT = "github.com/gorgias-oss/terraform-provider-altinity, internal/acm/client.go";
    private static final Pattern GUIDE_LAUNCH_PATH = Pattern.compile("/[^/]+/cluster-launch");
    private static final Pattern PUBLISHED_LAUNCH_PATH = Pattern.compile("/environment/[^/]+/clusters/launch");
    private static final String ALTINITY_GUIDE = "Altinity API Guide (docs.altinity.com, Altinity.Cloud → API Guide)";
    private static final Pattern OPERATIONS_PATH = Pattern.compile("/api/v2/clusters/[^/]+/operations/");
    private static final String GORGIAS_CLUSTERS = "github.com/gorgias-oss/terraform-provider-altinity, internal/acm/clusters.go";

    public static final List<Deviation> ALL = List.of(
            new Deviation("acm.loose-types",
                    "the guide's own output shows ids and flags as strings: \"id\": \"176\", \"externalDNS\": \"1\"",
                    ALTINITY_GUIDE,
                    f -> f.api() == ExchangeTap.Api.ACM && !f.inRequest()
                            && f.key().equals("validation.response.body.schema.type") && LOOSE_TYPE.matcher(f.message()).find()
                            && LOOSE_MEMBERS.contains(f.schema())),
            new Deviation("acm.account-key-list",
                    "My Account → API Access lists the account's keys and POST /account takes `tokens: [object]`, "
                            + "but the published User schema has no `tokens`",
                    "Altinity.Cloud Account settings documentation (API Access); ACM 26.1.59 reference.json, POST /account",
                    f -> f.api() == ExchangeTap.Api.ACM && !f.inRequest() && f.path().equals("/account")
                            && f.key().equals("validation.response.body.schema.additionalProperties")
                            && f.message().endsWith("[\"tokens\"]")),
            new Deviation("acm.error-answers",
                    "errors come back as {\"error\": ..., \"code\": N} with the HTTP status, 400 for invalid input; "
                            + "26.1.59 lists only 200/401/404 and describes no error bodies (the body is judged against "
                            + ErrorShapes.ACM_SCHEMA + " instead)",
                    ALTINITY_GUIDE,
                    f -> f.api() == ExchangeTap.Api.ACM && !f.inRequest() && f.status() >= 400
                            && (f.key().equals("validation.response.status.unknown")
                            || f.key().equals("validation.response.body.unexpected"))),
            new Deviation("acm.refusal-in-200",
                    "\"ACM (PHP) returns HTTP 200 with an error envelope ({\\\"error\\\":...,\\\"code\\\":403})\" on some failures; "
                            + "the app reads it as the refusal it names (a user that exists, a weak password, the admin user)",
                    GORGIAS_CLIENT,
                    f -> f.api() == ExchangeTap.Api.ACM && !f.inRequest() && f.status() == 200
                            && f.key().equals("validation.response.body.schema.additionalProperties")
                            && REFUSAL_MEMBERS.matcher(f.message()).find()),
            new Deviation("acm.guide-launch-path",
                    "POST /{environment}/cluster-launch launches a cluster (gone from 26.1.59); the app sends it only "
                            + "after a 404 at the current path",
                    ALTINITY_GUIDE,
                    f -> f.api() == ExchangeTap.Api.ACM && f.method().equals("POST")
                            && GUIDE_LAUNCH_PATH.matcher(f.path()).matches()
                            && f.key().equals("validation.request.path.missing")),
            new Deviation("acm.launch-admin-user",
                    "\"AdminUser is the cluster admin username (ACM defaults to \\\"admin\\\"); required alongside AdminPass — "
                            + "launching with a password but no user errors\"",
                    GORGIAS_CLUSTERS,
                    f -> f.api() == ExchangeTap.Api.ACM && f.inRequest() && PUBLISHED_LAUNCH_PATH.matcher(f.path()).matches()
                            && f.key().equals("validation.request.body.schema.additionalProperties")
                            && f.message().endsWith("[\"adminUser\"]")),
            new Deviation("acm.launch-boolean-secure",
                    "\"secure/mysqlProtocol/publicEndpoint/replicateSchema are JSON booleans (the backend rejects/ignores "
                            + "int 0|1)\"; the app sends true/false only after a 400 naming secure (LaunchForm.PUBLISHED_BOOLEAN_SECURE)",
                    GORGIAS_CLUSTERS,
                    f -> f.api() == ExchangeTap.Api.ACM && f.inRequest() && f.method().equals("POST")
                            && PUBLISHED_LAUNCH_PATH.matcher(f.path()).matches()
                            && f.schema().equals("/properties/secure")
                            && (f.key().equals("validation.request.body.schema.enum")
                            && f.message().matches("\\[Path '/secure'] Instance value \\((true|false)\\) not found in enum .*")
                            || f.key().equals("validation.request.body.schema.type")
                            && f.message().startsWith("[Path '/secure'] Instance type (boolean) does not match"))),
            new Deviation("cratedb.last-used-null",
                    "a key never used lists last_used as NULL (the schema says a non-null date-time)",
                    "croud's documentation, `croud api-keys list` (crate/croud, docs/commands/api-keys.rst)",
                    f -> f.api() == ExchangeTap.Api.CRATEDB && !f.inRequest()
                            && f.message().startsWith("[Path '") && f.message().contains("/last_used'] Instance type (null)")),
            new Deviation("cratedb.croud-flat-create",
                    "croud reads the new key flat, `key, user_id, active, secret` (the description nests it under `key`); "
                            + "the sandbox answers so only at a port's root, where croud calls it",
                    "github.com/crate/croud, croud/apikeys/commands.py (api_keys_create)",
                    f -> f.api() == ExchangeTap.Api.CRATEDB && !f.inRequest() && f.mount().equals(CrateApi.ROOT.prefix())
                            && f.method().equals("POST") && f.path().equals("/api/v2/users/me/api-keys/")
                            && (f.message().matches("\\[Path '/key'] Instance type \\(string\\) does not match .*\\[\"object\"]\\)")
                            || f.message().endsWith("[\"active\",\"dc\",\"last_used\",\"user_id\"]"))),
            new Deviation("cratedb.no-running-operation",
                    "\"Returns an empty string if there is no operation in progress\" (the member's enum leaves the empty "
                            + "string out); only \"\" at health.running_operation of a cluster answer",
                    "the published CrateDB Cloud API description itself, Cluster.health.running_operation's description",
                    f -> f.api() == ExchangeTap.Api.CRATEDB && !f.inRequest()
                            && f.key().equals("validation.response.body.schema.enum")
                            && f.message().matches("\\[Path '(/\\d+)?/health/running_operation'] Instance value \\(\"\"\\) .*")),
            new Deviation("cratedb.write-only-password",
                    "\"If the property is marked as writeOnly being true and is in the required list, the required will take "
                            + "effect on the request only\": Cluster.password (writeOnly, required) is missing from cluster answers",
                    "OpenAPI Specification 3.0.3, Schema Object, fixed field writeOnly (spec.openapis.org/oas/v3.0.3)",
                    f -> f.api() == ExchangeTap.Api.CRATEDB && !f.inRequest()
                            && f.key().equals("validation.response.body.schema.required")
                            && f.message().matches("\\[Path '(/\\d+)?'] Object has missing required properties \\(\\[\"password\"]\\)")),
            new Deviation("cratedb.croud-operations-filter",
                    "croud waits for its change with `client.get(f\"/api/v2/clusters/{cluster_id}/operations/\", "
                            + "params=request_params)`, `request_params={\"type\": \"SCALE\", \"limit\": 1}` (EXPAND_STORAGE, "
                            + "SUSPEND, UPGRADE alike), and reads `operations[0]`; the description lists only statuses, start, end",
                    "github.com/crate/croud, croud/clusters/commands.py (_wait_for_completed_operation, _get_operation_status)",
                    f -> f.api() == ExchangeTap.Api.CRATEDB && f.inRequest() && f.method().equals("GET")
                            && OPERATIONS_PATH.matcher(f.path()).matches()
                            && f.key().equals(SpecJudge.UNEXPECTED_QUERY)
                            && f.message().matches("Query parameter .(type|limit). is unexpected .*")),
            new Deviation("cratedb.error-answers",
                    "an error answer is {\"message\": ..., \"success\": false}, and a 400 adds \"errors\"; croud prints "
                            + "both; operations' descriptions list neither 400 nor 404 (the body is judged against "
                            + ErrorShapes.CRATEDB_SCHEMA + " instead)",
                    "github.com/crate/croud, croud/api.py (Client.decode_response) and croud/printer.py (print_response)",
                    f -> f.api() == ExchangeTap.Api.CRATEDB && !f.inRequest() && f.status() >= 400
                            && f.key().equals("validation.response.status.unknown")));

    private Deviations() {
    }

    public static Optional<Deviation> explaining(SpecJudge.Finding f) {
        return ALL.stream().filter(d -> d.explains().test(f)).findFirst();
    }
}
