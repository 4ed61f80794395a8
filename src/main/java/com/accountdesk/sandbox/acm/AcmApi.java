package com.accountdesk.sandbox.acm;

import com.accountdesk.sandbox.http.ExchangeTap;
import com.accountdesk.sandbox.http.Reply;
import com.accountdesk.sandbox.http.Router;
import com.accountdesk.sandbox.http.SandboxError;
import com.accountdesk.sandbox.state.SandboxState;
import com.fasterxml.jackson.databind.JsonNode;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The ACM API as shared/api/ACM.md describes it: {"data": ...} answers, {"error","code"} errors,
 * X-Auth-Token on every call but /login. Like the live service it answers with loose types (ids as
 * strings, flags as "1") so the client's tolerance is exercised for real. The route table is here;
 * the handlers are in {@link SignIn}, {@link AccountKeys}, {@link AccessRights}, {@link Catalogue},
 * {@link Clusters} and {@link Launches}.
 */
public final class AcmApi {
    public static final String PREFIX = "/api";
    public static final Router.Mount MOUNT = new Router.Mount(ExchangeTap.Api.ACM, PREFIX, (status, message) -> errorBody(message, status, null));
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    /**
     * Which variant of ACM to play (see SandboxOptions.Dialect).
     *
     * @param guideLaunchOnly launch only at the Altinity API Guide's path; 404 at 26.1.59's
     * @param hideKeyList     {@code GET /account} without its {@code tokens} list
     * @param booleanSecureOnly a launch's {@code secure} only as a JSON boolean; 0/1 is refused naming it
     */
    public record Variant(boolean guideLaunchOnly, boolean hideKeyList, boolean booleanSecureOnly) {
    }

    private final SignIn signIn;
    private final AccountKeys account;
    private final Catalogue catalogue;
    private final Clusters clusters;
    private final Launches launches;
    private final AccessRights rights;
    private final ClusterUsers users;
    private final Backups backups;

    /** Changeable while serving, so a running app can be tried against each variant. */
    private volatile Variant variant;

    /**
     * @param clock             the sandbox's time: key and session expiry, cluster operations
     * @param provisioningDelay how long each cluster operation runs
     * @param enforceOrigins    refuse callers whose address is not in Allow Domains (403), as ACM does
     */
    public AcmApi(SandboxState state, Clock clock, Duration provisioningDelay, boolean enforceOrigins, Variant variant) {
        this.variant = variant;
        this.account = new AccountKeys(state, clock, () -> this.variant.hideKeyList());
        this.signIn = new SignIn(state, clock, enforceOrigins, account);
        this.account.recentSignIn(signIn::sessionStart);
        this.rights = new AccessRights(state);
        this.users = new ClusterUsers(state);
        this.backups = new Backups(state, clock, provisioningDelay);
        this.catalogue = new Catalogue(state);
        this.clusters = new Clusters(state, clock, provisioningDelay);
        this.launches = new Launches(state, clock, clusters);
    }

    public void variant(Variant newVariant) {
        this.variant = newVariant;
    }

    /** How many cluster-launch requests arrived, refused ones included. */
    public int launchRequests() {
        return launches.requests();
    }

    /** Makes {@code key} an API key of the demo account for a year (the command line's --token). */
    public void addLongLivedKey(String key) {
        account.addLongLivedKey(key);
    }

    public void register(Router router) {
        route(router, "POST", "/login", signIn::login, false);
        route(router, "POST", "/login/verify", signIn::verify, false);
        route(router, "GET", "/account", account::get, true);
        route(router, "POST", "/account", account::save, true);
        route(router, "GET", "/account/token", r -> ok(account.issueKey()), true);
        route(router, "GET", "/account/anywhere-token", r -> ok(account.newAnywhereToken()), true);
        route(router, "GET", "/access-rights", rights::blocks, true);
        route(router, "GET", "/account-roles", rights::roles, true);
        route(router, "GET", "/environments", catalogue::environments, true);
        // The guide's answer adds {"metadata": {"changed": true}}; 26.1.59 describes {"data"} alone.
        route(router, "POST", "/{environment}/cluster-launch", r -> launches.launch(r, ClusterLaunchRules::checkGuide, true), AccessRights.LAUNCH);
        route(router, "POST", "/environment/{environment}/clusters/launch", r -> {
            if (variant.guideLaunchOnly()) {
                throw error(404, "Not found"); // as a server that predates the path answers
            }
            return launches.launch(r, variant.booleanSecureOnly() ? AcmApi::checkPublishedBooleanSecure : ClusterLaunchRules::checkPublished, false);
        }, AccessRights.LAUNCH);
        route(router, "GET", "/environment/{environment}/clusters", clusters::list, true);
        route(router, "GET", "/cluster/{id}", clusters::one, true);
        route(router, "GET", "/cluster/{id}/status", clusters::status, true);
        route(router, "PUT", "/cluster/{id}/stop", clusters::stop, AccessRights.MANAGE);
        route(router, "PUT", "/cluster/{id}/resume", clusters::resume, AccessRights.MANAGE);
        route(router, "PUT", "/cluster/{id}/restart", clusters::restart, AccessRights.MANAGE);
        route(router, "PUT", "/cluster/{id}/rescale", clusters::rescale, AccessRights.MANAGE);
        route(router, "PUT", "/cluster/{id}/upgrade", clusters::upgrade, AccessRights.MANAGE);
        route(router, "DELETE", "/cluster/{id}/{terminate}", clusters::terminate, AccessRights.TERMINATE);
        route(router, "GET", "/cluster/{cluster}/users", users::list, true);
        route(router, "POST", "/cluster/{cluster}/users", users::add, AccessRights.USERS);
        route(router, "POST", "/cluster/{cluster}/user/{id}", users::change, AccessRights.USERS);
        route(router, "DELETE", "/cluster/{cluster}/user/{id}", users::remove, AccessRights.USERS);
        route(router, "POST", "/cluster/{id}/push", users::push, AccessRights.USERS);
        route(router, "GET", "/cluster/{id}/backups", backups::list, true);
        route(router, "POST", "/cluster/{id}/backup", backups::create, AccessRights.BACKUPS);
        route(router, "POST", "/cluster/{id}/restore", backups::restore, AccessRights.BACKUPS);
        route(router, "GET", "/environment/{environment}/nodetypes", catalogue::nodeTypes, true);
        route(router, "GET", "/environment/{id}/cluster-launch-validity", launches::validity, true);
        route(router, "GET", "/cloud/{environment}/options", catalogue::cloudOptions, true);
        route(router, "GET", "/environment/{environment}/keepers", catalogue::keepers, true);
    }

    /** 26.1.59's body with {@code secure} only as true/false: 0/1 is refused naming it, nothing launched. */
    private static ClusterLaunchRules.Launch checkPublishedBooleanSecure(JsonNode body) throws SandboxError {
        if (body != null && body.has("secure") && !body.get("secure").isBoolean()) {
            throw invalid("secure", "secure must be a boolean.");
        }
        return ClusterLaunchRules.checkPublished(body);
    }

    /** A signed call that the account's role must allow ({@code right}). */
    private void route(Router router, String method, String path, Router.Route handler, String right) {
        route(router, method, path, request -> {
            rights.require(right);
            return handler.handle(request);
        }, true);
    }

    private void route(Router router, String method, String path, Router.Route handler, boolean authenticated) {
        Router.Route guarded = authenticated ? request -> {
            signIn.authenticate(request);
            return handler.handle(request);
        } : handler;
        router.add(MOUNT, method, path, guarded);
    }

    // ---- ACM's answer and error shapes, shared by the handlers

    static Map<String, Object> errorBody(String message, int code, String field) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("error", message);
        body.put("code", code);
        if (field != null) {
            body.put("field", field);
        }
        return body;
    }

    static SandboxError error(int status, String message) {
        return new SandboxError(status, errorBody(message, status, null));
    }

    static SandboxError invalid(String field, String message) {
        return new SandboxError(400, errorBody(message, 400, field));
    }

    static Reply ok(Object data) {
        return Reply.ok(Map.of("data", data));
    }

    static String text(JsonNode node, String field) {
        JsonNode v = node == null ? null : node.get(field);
        return v == null || v.isNull() || v.isContainerNode() ? null : v.asText();
    }

    static String format(long epochSeconds) {
        return TIME.format(LocalDateTime.ofEpochSecond(epochSeconds, 0, ZoneOffset.UTC));
    }

    static Long parse(String text) {
        if (text == null) {
            return null;
        }
        try {
            return LocalDateTime.parse(text.trim(), TIME).toEpochSecond(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
