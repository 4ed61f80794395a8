package com.accountdesk.api.acm;

import com.accountdesk.api.ApiException;
import com.accountdesk.api.ErrorBodyReader;
import com.accountdesk.api.LooseValues;
import com.accountdesk.model.AccessRight;
import com.accountdesk.model.AccountDetails;
import com.accountdesk.model.AccountInfo;
import com.accountdesk.model.AccountRole;
import com.accountdesk.model.ApiKey;
import com.accountdesk.model.Cluster;
import com.accountdesk.model.ClusterBackup;
import com.accountdesk.model.ClusterStatus;
import com.accountdesk.model.ClusterUser;
import com.accountdesk.model.DisplayText;
import com.accountdesk.model.Environment;
import com.accountdesk.model.LaunchValidity;
import com.accountdesk.model.NodeType;
import com.accountdesk.model.ClickHouseVersion;
import com.accountdesk.model.Keeper;
import com.accountdesk.model.Secret;
import com.accountdesk.model.LoginAnswer;
import com.accountdesk.model.SignIn;
import com.fasterxml.jackson.databind.JsonNode;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * ACM's wire format in one place: tolerant reading of answers into model records, exact writing of
 * requests. The parts of the contract that ACM does not document publicly (marked "ours" in
 * shared/api/ACM.md) are the ones to change here when the real shape is learnt.
 */
final class AcmWire {
    private AcmWire() {
    }

    /**
     * ACM errors: {"error": "message", "code": N}; some also name a "field". Some refusals come
     * with HTTP 200 and that body (reported by live clients); they are failures all the same,
     * typed by the code they name.
     */
    static final ErrorBodyReader ERRORS = new ErrorBodyReader() {
        @Override
        public ServerError read(JsonNode body) {
            // "right" (ours): the access right a 403 names as missing; also read as "accessRight" or "permission".
            return new ServerError(firstText(body, "error", "message"), LooseValues.text(body, "field"),
                    firstText(body, "right", "accessRight", "permission"));
        }

        @Override
        public Refusal refusalIn(JsonNode okBody) {
            if (okBody == null || !okBody.isObject() || okBody.hasNonNull("data")) {
                return null;
            }
            String error = firstText(okBody, "error");
            if (error == null) {
                return null;
            }
            int code = LooseValues.integer(okBody, "code", 0);
            // A body naming no error status is still a refusal: typed as a refused request.
            return new Refusal(code >= 400 && code <= 599 ? code : 400, read(okBody));
        }

        @Override
        public ApiException.Kind kindOf(int status, ServerError said) {
            String m = said.message();
            return m != null && BUSY.matcher(m).find() ? ApiException.Kind.BUSY : null;
        }
    };

    /** ACM's words when an environment or cluster is busy with another change. */
    private static final Pattern BUSY = Pattern.compile(
            "another operation is (in progress|running)|operation in progress", Pattern.CASE_INSENSITIVE);

    private static String firstText(JsonNode body, String... fields) {
        for (String f : fields) {
            String v = LooseValues.text(body, f);
            if (v != null && !v.isBlank()) {
                return v;
            }
        }
        return null;
    }

    /** The "data" member of a success answer. */
    static JsonNode data(JsonNode answer) throws ApiException {
        JsonNode data = answer == null ? null : answer.get("data");
        if (data == null || data.isNull()) {
            throw new ApiException(ApiException.Kind.BAD_RESPONSE, "the answer has no 'data'");
        }
        return data;
    }

    static Secret secretData(JsonNode answer) throws ApiException {
        JsonNode data = data(answer);
        String value = data.isValueNode() ? data.asText() : LooseValues.text(data, "token");
        if (value == null || value.isBlank()) {
            throw new ApiException(ApiException.Kind.BAD_RESPONSE, "the answer holds no token");
        }
        return Secret.of(value);
    }

    /**
     * A {@code /login} answer: with a session token, a sign-in; without one but with the user's id,
     * the second factor is due (as acmctl reads it: "no token returned, 2FA may be required").
     */
    static LoginAnswer loginAnswer(JsonNode answer) throws ApiException {
        JsonNode user = data(answer);
        String token = LooseValues.text(user, "token");
        if (token != null && !token.isBlank()) {
            return signIn(answer);
        }
        String id = LooseValues.text(user, "id");
        if (id == null || id.isBlank()) {
            throw new ApiException(ApiException.Kind.BAD_RESPONSE, "the sign-in answer has neither a session token nor a user");
        }
        return new LoginAnswer.SecondFactorNeeded(id, LooseValues.text(user, "name"), LooseValues.text(user, "email"));
    }

    static SignIn signIn(JsonNode answer) throws ApiException {
        JsonNode user = data(answer);
        String token = LooseValues.requireText(user, "token");
        return new SignIn(LooseValues.label(user, "name", null), LooseValues.label(user, "email", null), Secret.of(token),
                LooseValues.time(user, "tokenExpiry"));
    }

    static AccountInfo account(JsonNode answer) throws ApiException {
        JsonNode user = data(answer);
        if (!user.isObject()) {
            throw new ApiException(ApiException.Kind.BAD_RESPONSE, "the account is not an object");
        }
        List<ApiKey> keys = new ArrayList<>();
        JsonNode tokens = user.get("tokens");
        boolean listed = tokens != null && tokens.isArray();
        if (listed) {
            for (JsonNode t : tokens) {
                String value = t.isValueNode() ? t.asText() : LooseValues.text(t, "token");
                Instant expires = LooseValues.time(t, "expires");
                if (value == null || value.isBlank() || expires == null) {
                    continue; // a key we cannot show or keep is skipped, not fatal
                }
                keys.add(new ApiKey(Secret.of(value), LooseValues.time(t, "created"), expires));
            }
        }
        return new AccountInfo(LooseValues.text(user, "id", ""), LooseValues.label(user, "email", ""), LooseValues.label(user, "name", ""),
                keys, listed, origins(user.get("origins")));
    }

    /** {@code GET /account} as My Account's Common Information shows it; each part read loosely, absent as null. */
    static AccountDetails accountDetails(JsonNode answer) throws ApiException {
        JsonNode user = data(answer);
        if (!user.isObject()) {
            throw new ApiException(ApiException.Kind.BAD_RESPONSE, "the account is not an object");
        }
        JsonNode role = user.get("role");
        String roleId = LooseValues.text(user, "id_role");
        String roleName = null;
        Set<String> rights = Set.of();
        if (role != null && role.isObject()) {
            roleId = roleId != null ? roleId : LooseValues.text(role, "id");
            roleName = LooseValues.label(role, "name", null);
            rights = rightNames(role.get("rights"));
        } else if (role != null && role.isValueNode() && !role.isNull()) {
            roleName = LooseValues.label(user, "role", null); // a role named by its name alone
        }
        JsonNode dark = user.get("darkTheme");
        Boolean darkTheme = dark == null || dark.isNull() ? null : LooseValues.flag(user, "darkTheme", false);
        return new AccountDetails(LooseValues.text(user, "id", ""), LooseValues.label(user, "email", ""),
                LooseValues.label(user, "name", ""), roleId, roleName, rights, LooseValues.time(user, "lastLogin"), darkTheme);
    }

    /**
     * The names of the rights a role grants. 26.1.59 types them as a list of objects without saying
     * more; read as objects naming the right ("name", "code", "right" or "id"), as plain names, or
     * (as acmctl types it) as a map from name to a flag.
     */
    static Set<String> rightNames(JsonNode rights) {
        Set<String> out = new java.util.LinkedHashSet<>();
        if (rights == null || rights.isNull()) {
            return out;
        }
        if (rights.isArray()) {
            for (JsonNode r : rights) {
                String name = r.isValueNode() ? r.asText() : firstText(r, "name", "code", "right", "id");
                boolean granted = !r.isObject() || !r.has("value") || LooseValues.flag(r, "value", true);
                if (name != null && !name.isBlank() && granted) {
                    out.add(name.strip());
                }
            }
        } else if (rights.isObject()) {
            rights.fields().forEachRemaining(e -> {
                JsonNode v = e.getValue();
                boolean granted = v.isObject() || v.isArray() || v.asBoolean(false) || v.asText().equals("1")
                        || v.asText().equalsIgnoreCase("true");
                if (granted) {
                    out.add(e.getKey());
                }
            });
        }
        return out;
    }

    /** {@code GET /access-rights}: blocks {title, rights: [{name, title}]}, flattened; a right without a name is skipped. */
    static List<AccessRight> accessRights(JsonNode answer) throws ApiException {
        JsonNode data = data(answer);
        if (!data.isArray()) {
            throw new ApiException(ApiException.Kind.BAD_RESPONSE, "the access rights are not a list");
        }
        List<AccessRight> out = new ArrayList<>();
        for (JsonNode block : data) {
            String blockTitle = LooseValues.label(block, "title", "");
            JsonNode rights = block.get("rights");
            if (rights == null || !rights.isArray()) {
                continue;
            }
            for (JsonNode r : rights) {
                String name = r.isValueNode() ? r.asText() : firstText(r, "name", "code", "right", "id");
                if (name == null || name.isBlank()) {
                    continue;
                }
                String title = r.isObject() ? LooseValues.label(r, "title", null) : null;
                out.add(new AccessRight(name.strip(), title == null || title.isBlank() ? name.strip() : title, blockTitle));
            }
        }
        return out;
    }

    /** {@code GET /account-roles}: roles {id, name, rights}; one without an id or a name is skipped. */
    static List<AccountRole> accountRoles(JsonNode answer) throws ApiException {
        JsonNode data = data(answer);
        if (!data.isArray()) {
            throw new ApiException(ApiException.Kind.BAD_RESPONSE, "the account roles are not a list");
        }
        List<AccountRole> out = new ArrayList<>();
        for (JsonNode r : data) {
            String id = LooseValues.text(r, "id");
            String name = LooseValues.label(r, "name", null);
            if (id == null && name == null) {
                continue;
            }
            out.add(new AccountRole(id == null ? "" : id, name == null ? id : name, rightNames(r.get("rights"))));
        }
        return out;
    }

    /** {@code GET /cluster/{cluster}/users}: users without a login are skipped. */
    static List<ClusterUser> clusterUsers(JsonNode answer) throws ApiException {
        JsonNode data = data(answer);
        if (!data.isArray()) {
            throw new ApiException(ApiException.Kind.BAD_RESPONSE, "the users are not a list");
        }
        List<ClusterUser> out = new ArrayList<>();
        for (JsonNode u : data) {
            ClusterUser user = clusterUser(u);
            if (user != null) {
                out.add(user);
            }
        }
        return out;
    }

    /** One DbUser; databases as one comma-separated string (as published) or a list; null without a login. */
    static ClusterUser clusterUser(JsonNode u) {
        String login = LooseValues.label(u, "login", null);
        if (login == null || login.isBlank()) {
            return null;
        }
        JsonNode dbs = u.get("databases");
        List<String> databases = new ArrayList<>();
        if (dbs != null && dbs.isArray()) {
            dbs.forEach(d -> databases.add(d.asText()));
        } else if (dbs != null && dbs.isValueNode() && !dbs.isNull()) {
            databases.addAll(splitOrigins(dbs.asText()));
        }
        return new ClusterUser(LooseValues.text(u, "id", ""), login, databases.stream().map(String::strip)
                .filter(d -> !d.isEmpty()).toList(), LooseValues.flag(u, "accessManagement", false));
    }

    /**
     * {@code GET /cluster/{id}/backups}, whose answer 26.1.59 leaves untyped: a list (under "data", or
     * its "backups"), each backup's time, size and status read from the names it plausibly has; its
     * tag (what a restore names) from "tag" or "name".
     */
    static List<ClusterBackup> backups(JsonNode answer) throws ApiException {
        JsonNode data = data(answer);
        JsonNode list = data.isArray() ? data : data.path("backups");
        List<ClusterBackup> out = new ArrayList<>();
        if (!list.isArray()) {
            throw new ApiException(ApiException.Kind.BAD_RESPONSE, "the backups are not a list");
        }
        for (JsonNode b : list) {
            if (!b.isObject()) {
                continue;
            }
            Instant time = null;
            for (String f : List.of("time", "created", "date", "startedAt", "timestamp")) {
                time = time != null ? time : LooseValues.time(b, f);
            }
            Long size = null;
            for (String f : List.of("size", "bytes", "compressedSize")) {
                JsonNode v = b.get(f);
                if (size == null && v != null && (v.isNumber() || v.isTextual() && v.asText().matches("\\d{1,18}"))) {
                    size = v.asLong();
                }
            }
            out.add(new ClusterBackup(firstText(b, "id", "name", "tag"), firstText(b, "tag", "name"), time, size,
                    firstText(b, "status", "state")));
        }
        return out;
    }

    /** Allow Domains arrive as one string (commas or new lines) or, from some versions, an array. */
    static List<String> origins(JsonNode node) {
        List<String> out = new ArrayList<>();
        if (node == null || node.isNull()) {
            return out;
        }
        if (node.isArray()) {
            node.forEach(n -> out.addAll(splitOrigins(n.asText())));
        } else if (node.isValueNode()) {
            out.addAll(splitOrigins(node.asText()));
        }
        return out;
    }

    /** Splits text typed or stored as "a.com, b.com\n10.0.0.0/8" into trimmed entries. */
    static List<String> splitOrigins(String text) {
        return Arrays.stream(text.split("[,\\n\\r]+")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }

    static List<Map<String, Object>> tokens(List<ApiKey> keys) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (ApiKey k : keys) {
            Map<String, Object> t = new LinkedHashMap<>();
            t.put("token", k.token().reveal());
            if (k.created() != null) {
                t.put("created", LooseValues.formatAcmTime(k.created()));
            }
            t.put("expires", LooseValues.formatAcmTime(k.expires()));
            out.add(t);
        }
        return out;
    }

    static List<Environment> environments(JsonNode answer) throws ApiException {
        JsonNode data = data(answer);
        if (!data.isArray()) {
            throw new ApiException(ApiException.Kind.BAD_RESPONSE, "the environments are not a list");
        }
        List<Environment> out = new ArrayList<>();
        for (JsonNode e : data) {
            String id = LooseValues.text(e, "id");
            if (id == null) {
                continue;
            }
            out.add(new Environment(id, LooseValues.label(e, "name", DisplayText.neutralise(id)), LooseValues.label(e, "type", ""),
                    LooseValues.text(e, "domain", ""), LooseValues.time(e, "created")));
        }
        return out;
    }

    static Cluster cluster(JsonNode c, String environmentId) throws ApiException {
        if (c == null || !c.isObject()) {
            throw new ApiException(ApiException.Kind.BAD_RESPONSE, "the cluster is not an object");
        }
        return new Cluster(LooseValues.requireText(c, "id"), LooseValues.label(c, "name", ""), LooseValues.label(c, "status", "unknown"),
                LooseValues.text(c, "id_environment", LooseValues.text(c, "environment", environmentId)),
                LooseValues.integer(c, "nodes", 0), LooseValues.integer(c, "shards", 0), LooseValues.integer(c, "replicas", 0),
                LooseValues.flag(c, "secure", false), LooseValues.text(c, "endpoint", ""), LooseValues.text(c, "endpointHTTP", ""),
                LooseValues.text(c, "systemVersion", LooseValues.text(c, "version", "")),
                LooseValues.flag(c, "locked", false), LooseValues.flag(c, "mysqlProtocol", false), LooseValues.integer(c, "mysqlPort", 0),
                LooseValues.text(c, "nodeType", LooseValues.text(c, "instanceType", "")),
                LooseValues.time(c, "latestBackupTime"));
    }

    static List<NodeType> nodeTypes(JsonNode answer) throws ApiException {
        JsonNode data = data(answer);
        if (!data.isArray()) {
            throw new ApiException(ApiException.Kind.BAD_RESPONSE, "the node types are not a list");
        }
        List<NodeType> out = new ArrayList<>();
        for (JsonNode t : data) {
            String code = LooseValues.text(t, "code");
            if (code == null || code.isBlank()) {
                continue; // nothing to send as nodeType
            }
            JsonNode cpu = t.get("cpu");
            double cpus = cpu == null || cpu.isNull() ? 0 : cpu.isNumber() ? cpu.asDouble() : parseDouble(cpu.asText());
            out.add(new NodeType(code, LooseValues.text(t, "name", code), cpus, LooseValues.integer(t, "memory", 0),
                    LooseValues.text(t, "storageClass", "")));
        }
        return out;
    }

    /**
     * The environment's versions, read so that any plausible answer works (the shape is unconfirmed):
     * a list inside "data" or bare, or a "versions"/"items" list within; each item an object
     * ({@code code}, else {@code version}/{@code tag}/{@code value}/{@code id}; {@code name}/{@code label};
     * {@code repo}; an {@code eol}/{@code isEol}/{@code is_eol}/{@code deprecated} flag or "EOL" in the
     * name) or a plain string. An answer with no list at all is a bad response.
     */
    static List<ClickHouseVersion> versions(JsonNode answer) throws ApiException {
        JsonNode list = optionList(answer, "versions");
        List<ClickHouseVersion> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (JsonNode v : list) {
            String code;
            String name;
            String repo = null;
            boolean eol;
            if (v.isValueNode()) {
                code = v.asText().trim();
                name = code;
                eol = false;
            } else if (v.isObject()) {
                code = firstText(v, "code", "version", "tag", "value", "id");
                name = firstText(v, "name", "label", "title");
                repo = firstText(v, "repo", "image");
                eol = LooseValues.flag(v, "eol", false) || LooseValues.flag(v, "isEol", false) || LooseValues.flag(v, "is_eol", false)
                        || LooseValues.flag(v, "deprecated", false);
            } else {
                continue;
            }
            if (code == null || code.isBlank() || !seen.add(code)) {
                continue; // nothing to send as version, or said twice
            }
            name = name == null ? code : DisplayText.neutralise(name);
            eol = eol || ClickHouseVersion.markedEol(name);
            out.add(new ClickHouseVersion(code.trim(), name, ClickHouseVersion.streamOf(code, name, repo), eol));
        }
        return out;
    }

    /** The zones: strings (as reported), or objects with a code/name. */
    static List<String> zones(JsonNode answer) throws ApiException {
        List<String> out = new ArrayList<>();
        for (JsonNode z : optionList(answer, "zones")) {
            String zone = z.isValueNode() ? z.asText() : firstText(z, "code", "name", "zone");
            if (zone != null && !zone.isBlank() && !out.contains(zone.trim())) {
                out.add(zone.trim());
            }
        }
        return out;
    }

    /** A list of options: "data" a list, or holding one under {@code key}/"items"/"options", or the answer a bare list. */
    private static JsonNode optionList(JsonNode answer, String key) throws ApiException {
        JsonNode d = answer != null && answer.has("data") ? answer.get("data") : answer;
        if (d != null && d.isObject()) {
            for (String k : new String[] {key, "items", "options"}) {
                if (d.has(k) && d.get(k).isArray()) {
                    return d.get(k);
                }
            }
        }
        if (d == null || !d.isArray()) {
            throw new ApiException(ApiException.Kind.BAD_RESPONSE, "the " + key + " are not a list");
        }
        return d;
    }

    /** {@code data: [CHKeeper{name, instanceType, image, ha, ...}]}; entries without a name are skipped. */
    static List<Keeper> keepers(JsonNode answer) throws ApiException {
        JsonNode data = data(answer);
        if (!data.isArray()) {
            throw new ApiException(ApiException.Kind.BAD_RESPONSE, "the keepers are not a list");
        }
        List<Keeper> out = new ArrayList<>();
        for (JsonNode k : data) {
            String name = LooseValues.text(k, "name");
            if (name == null || name.isBlank()) {
                continue;
            }
            out.add(new Keeper(name, LooseValues.label(k, "instanceType", ""), LooseValues.label(k, "image", ""), LooseValues.flag(k, "ha", false)));
        }
        return out;
    }

    private static double parseDouble(String s) {
        try {
            return Double.parseDouble(s.trim());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /**
     * The pre-flight answer, whose shape is undocumented: a "data" (or body) that is {@code false}, or
     * an object whose valid/allowed/result flag is false, is a refusal with its reason/message/error;
     * anything else that is an answer is taken as valid.
     */
    static LaunchValidity launchValidity(JsonNode answer) {
        JsonNode d = answer == null ? null : answer.has("data") ? answer.get("data") : answer;
        if (d == null || d.isNull() || d.isMissingNode()) {
            return LaunchValidity.valid();
        }
        if (d.isBoolean() || d.isNumber()) {
            return d.asBoolean() ? LaunchValidity.valid() : LaunchValidity.refused(null);
        }
        if (d.isObject()) {
            for (String flag : new String[] {"valid", "isValid", "allowed", "result", "canLaunch"}) {
                if (d.has(flag) && !LooseValues.flag(d, flag, true)) {
                    return LaunchValidity.refused(firstText(d, "reason", "message", "error", "errors"));
                }
            }
        }
        return LaunchValidity.valid();
    }

    /**
     * A status answer: {@code {action, actionProgress: {percent}, health: {total, passed}}} as live
     * clients report it, inside "data" or not; any part may be missing, none is required.
     */
    static ClusterStatus clusterStatus(JsonNode answer) {
        JsonNode s = answer == null ? null : answer.get("data");
        if (s == null || !s.isObject()) {
            s = answer;
        }
        if (s == null || !s.isObject()) {
            return ClusterStatus.UNKNOWN;
        }
        JsonNode progress = s.get("actionProgress");
        JsonNode health = s.get("health");
        return new ClusterStatus(LooseValues.text(s, "action"),
                optionalInteger(progress, "percent"), optionalInteger(health, "passed"), optionalInteger(health, "total"));
    }

    private static Integer optionalInteger(JsonNode node, String field) {
        if (node == null || !node.isObject() || !node.hasNonNull(field)) {
            return null;
        }
        int missing = Integer.MIN_VALUE;
        int value = LooseValues.integer(node, field, missing);
        return value == missing ? null : value;
    }

    static List<Cluster> clusters(JsonNode answer, String environmentId) throws ApiException {
        JsonNode data = data(answer);
        if (!data.isArray()) {
            throw new ApiException(ApiException.Kind.BAD_RESPONSE, "the clusters are not a list");
        }
        List<Cluster> out = new ArrayList<>();
        for (JsonNode c : data) {
            out.add(cluster(c, environmentId));
        }
        return out;
    }
}
