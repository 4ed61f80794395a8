package com.accountdesk.sandbox.acm;

import com.accountdesk.sandbox.http.Reply;
import com.accountdesk.sandbox.http.SandboxError;
import com.accountdesk.sandbox.http.SandboxRequest;
import com.accountdesk.sandbox.state.Hashes;
import com.accountdesk.sandbox.state.SandboxState;
import com.accountdesk.sandbox.state.StateData;
import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import static com.accountdesk.sandbox.acm.AcmApi.error;
import static com.accountdesk.sandbox.acm.AcmApi.errorBody;
import static com.accountdesk.sandbox.acm.AcmApi.invalid;
import static com.accountdesk.sandbox.acm.AcmApi.ok;
import static com.accountdesk.sandbox.acm.AcmApi.text;

/**
 * A cluster's ClickHouse users: {@code GET|POST /cluster/{cluster}/users}, {@code POST|DELETE
 * /cluster/{cluster}/user/{id}} (by id or login: gorgias-oss/terraform-provider-altinity reports the
 * bare {@code /user/{id}} answers 404 live) and {@code POST /cluster/{id}/push}, which publishes the
 * changes. Refusals of what exists, is weak or is the admin user come as ACM sends them: HTTP 200
 * with {@code {"error", "code"}}.
 */
final class ClusterUsers {
    static final int MIN_PASSWORD_LENGTH = 12;
    static final int MAX_USERS = 100;
    private static final Pattern LOGIN = Pattern.compile("[A-Za-z_][A-Za-z0-9_]{0,63}");

    private final SandboxState state;

    ClusterUsers(SandboxState state) {
        this.state = state;
    }

    /** The admin user a launch creates (its password as the launch body's hash). */
    static void addAdmin(StateData data, StateData.AcmCluster c, String login, String passwordHash) {
        StateData.DbUser admin = new StateData.DbUser();
        admin.id = data.nextUserId++;
        admin.login = login == null || login.isBlank() ? "admin" : login;
        admin.passwordHash = passwordHash;
        admin.accessManagement = true;
        admin.admin = true;
        c.users.add(admin);
    }

    private static StateData.AcmCluster cluster(StateData d, String id) throws SandboxError {
        return d.clusters.stream().filter(x -> x.id.equals(id)).findFirst()
                .orElseThrow(() -> error(404, "No cluster " + id + "."));
    }

    /** DbUser as published: ids integers, databases one string, accessManagement a boolean. */
    private static Map<String, Object> view(StateData.AcmCluster c, StateData.DbUser u) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", u.id);
        m.put("login", u.login);
        m.put("databases", u.databases);
        m.put("accessManagement", u.accessManagement);
        m.put("id_cluster", Long.parseLong(c.id));
        return m;
    }

    Reply list(SandboxRequest request) throws SandboxError {
        String id = request.param("cluster");
        return ok(state.writeOrRefuse(d -> { // a read: nothing changes, nothing is written
            StateData.AcmCluster c = cluster(d, id);
            List<Map<String, Object>> out = new ArrayList<>();
            c.users.forEach(u -> out.add(view(c, u)));
            return out;
        }));
    }

    Reply add(SandboxRequest request) throws SandboxError {
        JsonNode body = request.body();
        if (body == null || !body.isObject()) {
            throw invalid(null, "The body must be a JSON object.");
        }
        String login = text(body, "login");
        if (login == null || !LOGIN.matcher(login).matches()) {
            throw invalid("login", "login: use letters, digits and underscores, not starting with a digit.");
        }
        String password = body.path("password").isTextual() ? body.get("password").asText() : null;
        checkPassword(password);
        String databases = databases(body.get("databases"));
        JsonNode access = accessManagement(body);
        String id = request.param("cluster");
        return ok(state.writeOrRefuse(d -> {
            StateData.AcmCluster c = cluster(d, id);
            if (c.users.stream().anyMatch(u -> u.login.equalsIgnoreCase(login))) {
                throw new SandboxError(200, errorBody("A user named " + login + " already exists on this cluster.", 409, "login"));
            }
            if (c.users.size() >= MAX_USERS) {
                throw new SandboxError(200, errorBody("A cluster can have at most " + MAX_USERS + " users.", 400, null));
            }
            StateData.DbUser u = new StateData.DbUser();
            u.id = d.nextUserId++;
            u.login = login;
            u.passwordHash = Hashes.sha256(password);
            u.databases = databases;
            u.accessManagement = access != null && access.asInt() == 1;
            c.users.add(u);
            c.unpublished = true;
            return view(c, u);
        }));
    }

    /** A weak password is refused as ACM refuses: in HTTP 200, naming the field. */
    private static void checkPassword(String password) throws SandboxError {
        if (password == null || password.length() < MIN_PASSWORD_LENGTH || password.length() > 200) {
            throw new SandboxError(200, errorBody("The password must have at least " + MIN_PASSWORD_LENGTH + " characters.", 400, "password"));
        }
    }

    /** {@code accessManagement} as published: 0 or 1, or absent (null). */
    private static JsonNode accessManagement(JsonNode body) throws SandboxError {
        JsonNode access = body.get("accessManagement");
        if (access != null && !access.isNull() && !(access.isIntegralNumber() && (access.asInt() == 0 || access.asInt() == 1))) {
            throw invalid("accessManagement", "accessManagement: use 0 or 1.");
        }
        return access == null || access.isNull() ? null : access;
    }

    /**
     * {@code POST /cluster/{cluster}/user/{id}} (DbuserEditSql), by id or login: a new password (when
     * the body has one), databases (when it has them), accessManagement (likewise). Renaming is not
     * served (a {@code login} other than the user's is a 400); an unknown user is a 404; a weak
     * password and the admin user are refused in HTTP 200 (gorgias-oss/terraform-provider-altinity
     * reports this path refuses the admin user live, its console changing it elsewhere).
     */
    Reply change(SandboxRequest request) throws SandboxError {
        JsonNode body = request.body();
        if (body == null || !body.isObject()) {
            throw invalid(null, "The body must be a JSON object.");
        }
        String password = null;
        if (body.hasNonNull("password")) {
            password = body.get("password").isTextual() ? body.get("password").asText() : "";
            checkPassword(password);
        }
        String databases = body.has("databases") ? databases(body.get("databases")) : null;
        JsonNode access = accessManagement(body);
        String login = text(body, "login");
        String id = request.param("cluster");
        String ref = request.param("id");
        String newHash = password == null ? null : Hashes.sha256(password);
        return ok(state.writeOrRefuse(d -> {
            StateData.AcmCluster c = cluster(d, id);
            StateData.DbUser u = user(c, ref);
            if (u.admin) {
                throw new SandboxError(200, errorBody("Cluster check has failed: the cluster's admin user " + u.login
                        + " cannot be changed here.", 403, null));
            }
            if (login != null && !login.equals(u.login)) {
                throw invalid("login", "login: a user cannot be renamed; add a new one instead.");
            }
            if (newHash != null) {
                u.passwordHash = newHash;
            }
            if (databases != null) {
                u.databases = databases;
            }
            if (access != null) {
                u.accessManagement = access.asInt() == 1;
            }
            c.unpublished = true;
            return view(c, u);
        }));
    }

    private static StateData.DbUser user(StateData.AcmCluster c, String ref) throws SandboxError {
        return c.users.stream().filter(x -> String.valueOf(x.id).equals(ref) || x.login.equals(ref))
                .findFirst().orElseThrow(() -> error(404, "No user " + ref + " on this cluster."));
    }

    /** DbuserAdd's databases: a list of names (a plain string is refused: reported to break ACM's SQL). */
    private static String databases(JsonNode node) throws SandboxError {
        if (node == null || node.isNull()) {
            return "";
        }
        if (!node.isArray()) {
            throw invalid("databases", "databases must be a list of database names.");
        }
        List<String> names = new ArrayList<>();
        for (JsonNode n : node) {
            if (!n.isTextual() || !LOGIN.matcher(n.asText()).matches()) {
                throw invalid("databases", "databases: '" + n.asText() + "' is not a database name.");
            }
            names.add(n.asText());
        }
        return String.join(",", names);
    }

    /** {@code DELETE /cluster/{cluster}/user/{id}}: by id or login; the admin user is refused. */
    Reply remove(SandboxRequest request) throws SandboxError {
        String id = request.param("cluster");
        String ref = request.param("id");
        state.writeOrRefuse(d -> {
            StateData.AcmCluster c = cluster(d, id);
            StateData.DbUser u = user(c, ref);
            if (u.admin) {
                throw new SandboxError(200, errorBody("The cluster's admin user " + u.login + " cannot be removed.", 403, null));
            }
            c.users.remove(u);
            c.unpublished = true;
            return null;
        });
        return ok(true);
    }

    /** {@code POST /cluster/{id}/push}: the user changes reach the cluster's nodes. */
    Reply push(SandboxRequest request) throws SandboxError {
        String id = request.param("id");
        boolean had = state.writeOrRefuse(d -> {
            StateData.AcmCluster c = cluster(d, id);
            boolean was = c.unpublished;
            c.unpublished = false;
            return was;
        });
        return ok(Map.of("published", had));
    }
}
