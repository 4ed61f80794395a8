package com.accountdesk.sandbox.acm;

import com.accountdesk.sandbox.http.ExchangeTap;
import com.accountdesk.sandbox.http.Reply;
import com.accountdesk.sandbox.http.Router;
import com.accountdesk.sandbox.http.SandboxError;
import com.accountdesk.sandbox.http.SandboxRequest;
import com.accountdesk.sandbox.state.DemoAccount;
import com.accountdesk.sandbox.state.Hashes;
import com.accountdesk.sandbox.state.SandboxState;
import com.accountdesk.sandbox.state.StateData;
import com.accountdesk.sandbox.SandboxOptions;
import com.accountdesk.model.ClusterRules;
import com.accountdesk.model.LaunchOptionRules;
import com.fasterxml.jackson.databind.JsonNode;

import java.net.InetAddress;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The ACM API as shared/api/ACM.md describes it: {"data": ...} answers, {"error","code"} errors,
 * X-Auth-Token on every call but /login. Like the live service it answers with loose types (ids as
 * strings, flags as "1") so the client's tolerance is exercised for real.
 */
public final class AcmApi {
    public static final String PREFIX = "/api";
    public static final Router.Mount MOUNT = new Router.Mount(ExchangeTap.Api.ACM, PREFIX, (status, message) -> errorBody(message, status, null));
    public static final int MAX_KEYS = 5;
    /** Limits on what a caller may store, so the state file cannot be made to grow without bound. */
    static final int MAX_NAME_LENGTH = 200;
    static final int MAX_ORIGINS = 200;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    private static final Duration SESSION_LIFETIME = Duration.ofHours(12);

    private final SandboxState state;
    private final SandboxOptions options;
    /** Users who gave their password and now owe a verification code. */
    private final Set<String> pendingVerifications = ConcurrentHashMap.newKeySet();
    /** Keys handed out by GET /account/token that may be saved into the account. */
    private final Set<String> issuedKeys = ConcurrentHashMap.newKeySet();
    /** Every cluster-launch request received, accepted or not: tests check a launch is sent once. */
    private final AtomicInteger launchRequests = new AtomicInteger();

    /** Which variant of ACM to play; changeable while serving, so a running app can be tried against each. */
    private volatile SandboxOptions.Dialect dialect;

    public AcmApi(SandboxState state, SandboxOptions options) {
        this.state = state;
        this.options = options;
        this.dialect = options.dialect();
    }

    public void dialect(SandboxOptions.Dialect newDialect) {
        this.dialect = newDialect;
    }

    public int launchRequests() {
        return launchRequests.get();
    }

    public void register(Router router) {
        route(router, "POST", "/login", this::login, false);
        route(router, "POST", "/login/verify", this::verify, false);
        route(router, "GET", "/account", r -> ok(state.read(d -> user(d.acm, null))), true);
        route(router, "POST", "/account", this::saveAccount, true);
        route(router, "GET", "/account/token", r -> ok(issueKey()), true);
        route(router, "GET", "/account/anywhere-token", r -> ok(newAnywhereToken()), true);
        route(router, "GET", "/environments", r -> ok(state.read(d -> d.environments.stream().map(AcmApi::environment).toList())), true);
        // The guide's answer adds {"metadata": {"changed": true}}; 26.1.59 describes {"data"} alone.
        route(router, "POST", "/{environment}/cluster-launch", r -> launch(r, ClusterLaunchRules::checkGuide, true), true);
        route(router, "POST", "/environment/{environment}/clusters/launch", r -> {
            if (dialect.guideLaunchOnly()) {
                throw error(404, "Not found"); // as a server that predates the path answers
            }
            return launch(r, ClusterLaunchRules::checkPublished, false);
        }, true);
        route(router, "GET", "/environment/{environment}/clusters", this::clusters, true);
        route(router, "GET", "/cluster/{id}", r -> ok(cluster(r.param("id"))), true);
        route(router, "GET", "/cluster/{id}/status", r -> ok(ClusterLife.statusAnswer(clusterData(r.param("id")),
                options.provisioningDelay(), System.currentTimeMillis())), true);
        route(router, "PUT", "/cluster/{id}/stop", r -> change(r, (c, now) -> {
            if (c.stopped) {
                throw invalid(null, "The cluster is already stopped.");
            }
            c.stopped = true;
            ClusterLife.begin(c, ClusterLife.STOP, now);
        }), true);
        route(router, "PUT", "/cluster/{id}/resume", r -> change(r, (c, now) -> {
            if (!c.stopped) {
                throw invalid(null, "The cluster is not stopped.");
            }
            c.stopped = false;
            ClusterLife.begin(c, ClusterLife.RESUME, now);
        }), true);
        route(router, "PUT", "/cluster/{id}/restart", r -> change(r, (c, now) -> {
            refuseWhileStopped(c);
            ClusterLife.begin(c, ClusterLife.RESTART, now);
        }), true);
        route(router, "PUT", "/cluster/{id}/rescale", r -> {
            ClusterLaunchRules.Rescale rescale = ClusterLaunchRules.checkRescale(r.body());
            return change(r, (c, now) -> {
                refuseWhileStopped(c);
                if (!c.nodeType.equals(rescale.nodeType())
                        && DemoAccount.nodeTypes(c.environmentId).stream().noneMatch(t -> t.code().equals(rescale.nodeType()))) {
                    throw invalid("nodeType", "nodeType: " + rescale.nodeType() + " is not a node type of this environment.");
                }
                c.nodeType = rescale.nodeType();
                c.shards = rescale.shards();
                c.replicas = rescale.replicas();
                c.nodes = rescale.shards() * rescale.replicas();
                ClusterLife.begin(c, ClusterLife.RESCALE, now);
            });
        }, true);
        route(router, "PUT", "/cluster/{id}/upgrade", r -> {
            String version = ClusterLaunchRules.checkUpgrade(r.body());
            return change(r, (c, now) -> {
                refuseWhileStopped(c);
                c.version = version;
                ClusterLife.begin(c, ClusterLife.UPGRADE, now);
            });
        }, true);
        route(router, "DELETE", "/cluster/{id}/{terminate}", this::terminate, true);
        route(router, "GET", "/environment/{environment}/nodetypes", this::nodeTypes, true);
        route(router, "GET", "/environment/{id}/cluster-launch-validity", this::launchValidity, true);
        route(router, "GET", "/cloud/{environment}/options", this::cloudOptions, true);
        route(router, "GET", "/environment/{environment}/keepers", this::keepers, true);
    }

    private void requireEnvironment(String environmentId) throws SandboxError {
        if (!state.read(d -> d.environments.stream().anyMatch(e -> e.id.equals(environmentId)))) {
            throw error(404, "No environment " + environmentId + ".");
        }
    }

    /**
     * {@code GET /cloud/{environment}/options?type=...}: {@code versions} as live clients report them
     * ({@code {"data": [{code, name, repo}]}}), {@code zones} as a list of strings; any other type an empty list.
     */
    private Reply cloudOptions(SandboxRequest request) throws SandboxError {
        String environmentId = request.param("environment");
        requireEnvironment(environmentId);
        String type = request.query("type");
        if ("versions".equals(type)) {
            List<Map<String, Object>> list = new ArrayList<>();
            for (DemoAccount.Version v : DemoAccount.versions()) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("code", v.code());
                m.put("name", v.name());
                m.put("repo", v.repo());
                list.add(m);
            }
            return ok(list);
        }
        return ok("zones".equals(type) ? DemoAccount.zones(environmentId) : List.of());
    }

    /** {@code GET /environment/{environment}/keepers}: {@code data: [CHKeeper]}. */
    private Reply keepers(SandboxRequest request) throws SandboxError {
        String environmentId = request.param("environment");
        requireEnvironment(environmentId);
        List<Map<String, Object>> list = new ArrayList<>();
        for (DemoAccount.Keeper k : DemoAccount.keepers(environmentId)) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("name", k.name());
            m.put("instanceType", k.instanceType());
            m.put("image", k.image());
            m.put("ha", k.ha());
            m.put("zones", DemoAccount.zones(environmentId));
            list.add(m);
        }
        return ok(list);
    }

    /**
     * {@code GET /environment/{id}/cluster-launch-validity} (answer undocumented): valid as
     * {@code {"data": {"valid": true}}}; a refusal as the reported 200 with {@code {"error", "code"}}.
     */
    private Reply launchValidity(SandboxRequest request) throws SandboxError {
        String environmentId = request.param("id");
        Integer count = state.read(d -> d.environments.stream().anyMatch(e -> e.id.equals(environmentId))
                ? (int) d.clusters.stream().filter(c -> c.environmentId.equals(environmentId)).count() : null);
        if (count == null) {
            throw error(404, "No environment " + environmentId + ".");
        }
        String full = ClusterLaunchRules.say(ClusterRules.environmentFull(count));
        if (full != null) {
            throw new SandboxError(200, errorBody(full, 403, null));
        }
        return ok(Map.of("valid", true));
    }

    /** A life-cycle change of one cluster: refused while another operation runs, as ACM does. */
    @FunctionalInterface
    private interface Change {
        void apply(StateData.AcmCluster cluster, long nowMillis) throws SandboxError;
    }

    private Reply change(SandboxRequest request, Change change) throws SandboxError {
        String id = request.param("id");
        return ok(state.writeOrRefuse(d -> {
            StateData.AcmCluster c = d.clusters.stream().filter(x -> x.id.equals(id)).findFirst().orElse(null);
            if (c == null) {
                throw error(404, "No cluster " + id + ".");
            }
            long now = System.currentTimeMillis();
            if (ClusterLife.busy(c, options.provisioningDelay(), now)) {
                throw busy();
            }
            change.apply(c, now);
            return clusterView(c);
        }));
    }

    /** ACM's refusal of a change while another runs: HTTP 200 with the error inside, as live clients report. */
    private static SandboxError busy() {
        return new SandboxError(200, errorBody(ClusterLife.BUSY, 409, null));
    }

    private static void refuseWhileStopped(StateData.AcmCluster c) throws SandboxError {
        if (c.stopped) {
            throw invalid(null, "The cluster is stopped: resume it first.");
        }
    }

    /** {@code DELETE /cluster/{id}/{terminate}}: 1 deletes the data too, 0 keeps it; any other word 404s (reported). */
    private Reply terminate(SandboxRequest request) throws SandboxError {
        String terminate = request.param("terminate");
        if (!terminate.equals("0") && !terminate.equals("1")) {
            throw error(404, "Not found");
        }
        String id = request.param("id");
        state.writeOrRefuse(d -> {
            StateData.AcmCluster c = d.clusters.stream().filter(x -> x.id.equals(id)).findFirst().orElse(null);
            if (c == null) {
                throw error(404, "No cluster " + id + ".");
            }
            if (ClusterLife.busy(c, options.provisioningDelay(), System.currentTimeMillis())) {
                throw busy();
            }
            d.clusters.remove(c);
            return null;
        });
        return ok(Map.of("terminated", terminate.equals("1")));
    }

    /** {@code GET /environment/{environment}/nodetypes}: the environment's node types (?scope=clickhouse: all of them here). */
    private Reply nodeTypes(SandboxRequest request) throws SandboxError {
        String environmentId = request.param("environment");
        if (!state.read(d -> d.environments.stream().anyMatch(e -> e.id.equals(environmentId)))) {
            throw error(404, "No environment " + environmentId + ".");
        }
        List<Map<String, Object>> list = new ArrayList<>();
        for (DemoAccount.NodeType t : DemoAccount.nodeTypes(environmentId)) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", t.id());
            m.put("scope", "clickhouse");
            m.put("code", t.code());
            m.put("name", t.name());
            m.put("cpu", t.cpu());
            m.put("memory", t.memoryMb());
            m.put("capacity", 100);
            m.put("storageClass", t.storageClass());
            m.put("isSpot", false);
            m.put("id_environment", Integer.parseInt(environmentId));
            list.add(m);
        }
        return ok(list);
    }

    private void route(Router router, String method, String path, Router.Route handler, boolean authenticated) {
        Router.Route guarded = authenticated ? request -> {
            authenticate(request);
            return handler.handle(request);
        } : handler;
        router.add(MOUNT, method, path, guarded);
    }

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

    private static Reply ok(Object data) {
        return Reply.ok(Map.of("data", data));
    }

    // ---- authentication

    private void authenticate(SandboxRequest request) throws SandboxError {
        String token = request.header("X-Auth-Token");
        if (token == null || token.isBlank()) {
            throw error(401, "Missing X-Auth-Token header.");
        }
        long now = Instant.now().getEpochSecond();
        String verdict = state.read(d -> {
            for (StateData.AcmToken t : d.acm.tokens) {
                if (t.token.equals(token)) {
                    return t.expires > now ? "ok" : "expired";
                }
            }
            String hash = Hashes.sha256(token);
            for (StateData.Session s : d.acm.sessions) {
                if (s.tokenHash.equals(hash)) {
                    return s.expires > now ? "ok" : "expired";
                }
            }
            return "unknown";
        });
        switch (verdict) {
            case "ok" -> { }
            case "expired" -> throw error(401, "The API key has expired.");
            default -> throw error(401, "Unknown API key.");
        }
        if (options.enforceOrigins()) {
            List<String> allowed = state.read(d -> splitOrigins(d.acm.origins));
            if (!allowed.isEmpty() && !OriginMatch.allows(allowed, request.remoteAddress())) {
                throw error(403, "Requests from " + request.remoteAddress().getHostAddress()
                        + " are not allowed for this account (Allow Domains).");
            }
        }
    }

    /**
     * {@code POST /login}: the demo user gets a session at once; the two-factor user gets its user
     * without a token and must verify a code; the single-sign-on user is refused with the reason.
     */
    private Reply login(SandboxRequest request) throws SandboxError {
        String login = text(request.body(), "login");
        String password = text(request.body(), "password");
        if (login == null || password == null) {
            throw invalid("login", "Both login and password are required.");
        }
        if (login.equalsIgnoreCase(DemoAccount.SSO_LOGIN)) {
            throw error(403, "This account signs in with single sign-on (Auth0): password sign-in is not available.");
        }
        boolean twoFactor = login.equalsIgnoreCase(DemoAccount.TWO_FACTOR_LOGIN);
        boolean known = state.read(d -> twoFactor || d.acm.email.equalsIgnoreCase(login));
        if (!known || !state.read(d -> d.acm.passwordHash.equals(Hashes.sha256(password)))) {
            throw error(401, "Wrong login or password.");
        }
        if (twoFactor) {
            pendingVerifications.add(DemoAccount.TWO_FACTOR_USER_ID);
            return ok(state.read(d -> twoFactorUser(d.acm, null)));
        }
        return ok(newSession(d -> user(d.acm, null)));
    }

    /** {@code POST /login/verify {code, user}}: completes a two-factor sign-in begun with the password. */
    private Reply verify(SandboxRequest request) throws SandboxError {
        String code = text(request.body(), "code");
        String user = text(request.body(), "user");
        if (code == null || user == null) {
            throw invalid("code", "Both code and user are required.");
        }
        if (!pendingVerifications.contains(user)) {
            throw error(401, "Sign in with your password first.");
        }
        if (!code.trim().equals(DemoAccount.TWO_FACTOR_CODE)) {
            throw error(401, "Invalid verification code.");
        }
        pendingVerifications.remove(user);
        return ok(newSession(d -> twoFactorUser(d.acm, null)));
    }

    /** A new session of the demo account; the answer is the user {@code who} describes, with its token. */
    private Map<String, Object> newSession(java.util.function.Function<StateData, Map<String, Object>> who) throws SandboxError {
        String token = Hashes.randomToken(48);
        Instant expiry = Instant.now().plus(SESSION_LIFETIME);
        Map<String, Object> user = state.writeOrRefuse(d -> {
            long now = Instant.now().getEpochSecond();
            d.acm.sessions.removeIf(s -> s.expires <= now);
            d.acm.sessions.add(new StateData.Session(Hashes.sha256(token), expiry.getEpochSecond()));
            return who.apply(d);
        });
        user.put("token", token);
        user.put("tokenExpiry", format(expiry.getEpochSecond()));
        return user;
    }

    /** The two-factor user: another login of the demo account. */
    private Map<String, Object> twoFactorUser(StateData.AcmAccount a, String sessionToken) {
        Map<String, Object> u = user(a, sessionToken);
        u.put("id", DemoAccount.TWO_FACTOR_USER_ID);
        u.put("email", DemoAccount.TWO_FACTOR_LOGIN);
        u.put("name", "Demo User (2FA)");
        u.remove("tokens");
        return u;
    }

    // ---- account

    private Map<String, Object> user(StateData.AcmAccount a, String sessionToken) {
        Map<String, Object> u = new LinkedHashMap<>();
        u.put("id", a.id);
        u.put("email", a.email);
        u.put("name", a.name);
        u.put("origins", a.origins);
        List<Map<String, Object>> tokens = new ArrayList<>();
        for (StateData.AcmToken t : a.tokens) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("token", t.token);
            m.put("created", format(t.created));
            m.put("expires", format(t.expires));
            tokens.add(m);
        }
        if (!dialect.hideKeyList()) {
            u.put("tokens", tokens);
        }
        if (sessionToken != null) {
            u.put("token", sessionToken);
        }
        return u;
    }

    private String issueKey() {
        String key = Hashes.randomToken(40);
        issuedKeys.add(key);
        return key;
    }

    private String newAnywhereToken() {
        String token = "aw_" + Hashes.randomToken(48);
        state.write(d -> d.acm.anywhereTokenHash = Hashes.sha256(token));
        return token;
    }

    private Reply saveAccount(SandboxRequest request) throws SandboxError {
        JsonNode body = request.body();
        if (!body.isObject()) {
            throw invalid(null, "The body must be a JSON object.");
        }
        List<StateData.AcmToken> tokens = body.has("tokens") ? readTokens(body.get("tokens")) : null;
        String origins = body.has("origins") ? readOrigins(body.get("origins")) : null;
        String name = text(body, "name");
        if (name != null && name.length() > MAX_NAME_LENGTH) {
            throw invalid("name", "A name can be at most " + MAX_NAME_LENGTH + " characters long.");
        }
        return ok(state.writeOrRefuse(d -> {
            if (tokens != null) {
                checkTokens(d.acm.tokens, tokens);
                d.acm.tokens = tokens;
                tokens.forEach(t -> issuedKeys.remove(t.token));
            }
            if (origins != null) {
                d.acm.origins = origins;
            }
            if (name != null && !name.isBlank()) {
                d.acm.name = name;
            }
            return user(d.acm, null);
        }));
    }

    private List<StateData.AcmToken> readTokens(JsonNode node) throws SandboxError {
        if (!node.isArray()) {
            throw invalid("tokens", "tokens must be a list.");
        }
        if (node.size() > MAX_KEYS) {
            throw invalid("tokens", "An account can have at most " + MAX_KEYS + " API keys.");
        }
        List<StateData.AcmToken> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        long now = Instant.now().getEpochSecond();
        for (JsonNode t : node) {
            String token = text(t, "token");
            if (token == null || token.isBlank()) {
                throw invalid("tokens", "Every API key needs its token.");
            }
            if (!seen.add(token)) {
                throw invalid("tokens", "An API key is listed twice.");
            }
            Long expires = parse(text(t, "expires"));
            if (expires == null) {
                throw invalid("tokens", "expires must be a time as yyyy-MM-dd HH:mm:ss (GMT).");
            }
            Long created = parse(text(t, "created"));
            out.add(new StateData.AcmToken(token, created == null ? now : created, expires));
        }
        return out;
    }

    /** Only keys the account has or that GET /account/token issued may be saved; new expiries must be ahead. */
    private void checkTokens(List<StateData.AcmToken> current, List<StateData.AcmToken> proposed) throws SandboxError {
        long now = Instant.now().getEpochSecond();
        for (StateData.AcmToken t : proposed) {
            StateData.AcmToken existing = current.stream().filter(c -> c.token.equals(t.token)).findFirst().orElse(null);
            if (existing == null && !issuedKeys.contains(t.token)) {
                throw invalid("tokens", "Unknown API key: get a new one from /account/token first.");
            }
            if (existing != null) {
                t.created = existing.created; // the server owns creation times
            }
            boolean changed = existing == null || existing.expires != t.expires;
            if (changed && t.expires <= now) {
                throw invalid("tokens", "An API key's expiry must be in the future.");
            }
        }
    }

    private String readOrigins(JsonNode node) throws SandboxError {
        List<String> entries = new ArrayList<>();
        if (node.isArray()) {
            node.forEach(n -> entries.addAll(splitOrigins(n.asText())));
        } else if (node.isTextual()) {
            entries.addAll(splitOrigins(node.asText()));
        } else {
            throw invalid("origins", "origins must be a list of domains or addresses.");
        }
        if (entries.size() > MAX_ORIGINS) {
            throw invalid("origins", "Allow Domains can hold at most " + MAX_ORIGINS + " entries.");
        }
        for (String entry : entries) {
            com.accountdesk.model.AllowDomains.Problem problem = com.accountdesk.model.AllowDomains.problem(entry);
            if (problem != null) {
                throw invalid("origins", "'" + entry + "': " + words(problem));
            }
        }
        return String.join("\n", entries);
    }

    /** Why an Allow Domains entry is refused, in the sandbox's own English (the app words it itself). */
    static String words(com.accountdesk.model.AllowDomains.Problem problem) {
        return switch (problem.code()) {
            case EMPTY -> "empty entry";
            case CONTAINS_SPACE -> "contains a space";
            case CIDR_WITHOUT_ADDRESS -> "a CIDR range needs an IP address before the '/'";
            case CIDR_PREFIX -> "the prefix length after '/' must be 0 to " + problem.value();
            case INVALID_IPV6 -> "not a valid IPv6 address";
            case INVALID_IPV4 -> "not a valid IPv4 address (each part 0 to 255)";
            case WILDCARD_NOT_FIRST -> "a wildcard is only allowed as the first label, as in *.example.com";
            case TOO_LONG -> "longer than 253 characters";
            case EMPTY_LABEL -> "has an empty part between dots";
            case INVALID_LABEL -> "'" + problem.value() + "' is not a valid domain label (letters, digits, inner hyphens, up to 63)";
            case WILDCARD_TOO_SHORT -> "a wildcard needs a domain with at least two labels, as in *.example.com";
        };
    }

    static List<String> splitOrigins(String text) {
        return com.accountdesk.model.AllowDomains.split(text == null ? "" : text);
    }

    // ---- environments and clusters

    private static Map<String, Object> environment(StateData.AcmEnvironment e) {
        Map<String, Object> m = new LinkedHashMap<>();
        // One seeded id goes out as a number and the other as a string, as mixed as the live API.
        m.put("id", e.id.chars().allMatch(Character::isDigit) && Integer.parseInt(e.id) % 2 == 1 ? Integer.parseInt(e.id) : e.id);
        m.put("name", e.name);
        m.put("type", e.type);
        m.put("domain", e.domain);
        m.put("externalDNS", "1");
        m.put("created", format(e.created));
        return m;
    }

    /** How one form of launch body is checked and read. */
    @FunctionalInterface
    private interface LaunchCheck {
        ClusterLaunchRules.Launch check(JsonNode body) throws SandboxError;
    }

    private Reply launch(SandboxRequest request, LaunchCheck form, boolean withMetadata) throws SandboxError {
        launchRequests.incrementAndGet();
        ClusterLaunchRules.Launch launch = form.check(request.body());
        String environmentId = request.param("environment");
        Map<String, Object> cluster = state.writeOrRefuse(d -> {
            if (d.environments.stream().noneMatch(e -> e.id.equals(environmentId))) {
                throw error(404, "No environment " + environmentId + ".");
            }
            String full = ClusterLaunchRules.say(ClusterRules.environmentFull((int) d.clusters.stream().filter(c -> c.environmentId.equals(environmentId)).count()));
            if (full != null) {
                throw error(403, full);
            }
            // What only the environment knows: its Keepers, zones and storage classes (the wizard checks against the same lists).
            if (!launch.keeperName().isEmpty()) {
                LaunchOptionRules.Problem p = LaunchOptionRules.keeper(launch.keeperName(), false,
                        DemoAccount.keepers(environmentId).stream().map(DemoAccount.Keeper::name).toList());
                if (p != null) {
                    throw invalid("keeperName", "keeperName: " + ClusterLaunchRules.words(p));
                }
            }
            LaunchOptionRules.Problem zone = LaunchOptionRules.zones(launch.zones(), DemoAccount.zones(environmentId));
            if (zone != null) {
                throw invalid("azlist", "azlist: " + ClusterLaunchRules.words(zone));
            }
            LaunchOptionRules.Problem storage = LaunchOptionRules.storageClass(launch.storageClass(),
                    DemoAccount.nodeTypes(environmentId).stream().map(DemoAccount.NodeType::storageClass).toList());
            if (storage != null) {
                throw invalid("storageClass", "storageClass: " + ClusterLaunchRules.words(storage));
            }
            String taken = ClusterLaunchRules.say(ClusterRules.nameAvailable(launch.name(), d.clusters.stream()
                    .filter(c -> c.environmentId.equals(environmentId)).map(c -> c.name).toList()));
            if (taken != null) {
                throw invalid("name", taken);
            }
            StateData.AcmCluster c = new StateData.AcmCluster();
            c.id = String.valueOf(d.nextClusterId++);
            c.environmentId = environmentId;
            c.name = launch.name();
            c.nodes = launch.nodes();
            c.shards = launch.shards();
            c.replicas = launch.replicas();
            c.secure = launch.secure();
            c.nodeType = launch.nodeType();
            c.version = launch.version();
            c.request = withoutPassword(request.body());
            // Already checked by ClusterLaunchRules: a boolean or 0/1, and a valid port when on.
            com.fasterxml.jackson.databind.JsonNode mysql = request.body().path("mysqlProtocol");
            c.mysqlProtocol = mysql.isBoolean() ? mysql.booleanValue() : mysql.asInt() == 1;
            c.mysqlPort = c.mysqlProtocol ? request.body().path("mysqlPort").asInt() : 0;
            c.launchedMillis = System.currentTimeMillis();
            ClusterLife.begin(c, ClusterLife.LAUNCH, c.launchedMillis);
            d.clusters.add(c);
            return clusterView(c);
        });
        return withMetadata ? Reply.ok(Map.of("metadata", Map.of("changed", true), "data", cluster)) : ok(cluster);
    }

    /**
     * The launch body as received, but the cluster's admin password kept only as its SHA-256
     * ("adminPassSha256"), like every other secret the server never has to show again.
     */
    static com.fasterxml.jackson.databind.JsonNode withoutPassword(com.fasterxml.jackson.databind.JsonNode body) {
        com.fasterxml.jackson.databind.JsonNode copy = body.deepCopy();
        if (copy instanceof com.fasterxml.jackson.databind.node.ObjectNode o && o.has("adminPass")) {
            String pass = o.remove("adminPass").asText();
            o.put("adminPassSha256", Hashes.sha256(pass));
        }
        return copy;
    }

    private Reply clusters(SandboxRequest request) throws SandboxError {
        String environmentId = request.param("environment");
        List<Map<String, Object>> list = state.read(d -> d.environments.stream().anyMatch(e -> e.id.equals(environmentId))
                ? d.clusters.stream().filter(c -> c.environmentId.equals(environmentId)).map(this::clusterView).toList()
                : null);
        if (list == null) {
            throw error(404, "No environment " + environmentId + ".");
        }
        return ok(list);
    }

    private Map<String, Object> cluster(String id) throws SandboxError {
        return clusterView(clusterData(id));
    }

    private StateData.AcmCluster clusterData(String id) throws SandboxError {
        StateData.AcmCluster c = state.read(d -> d.clusters.stream().filter(x -> x.id.equals(id)).findFirst().orElse(null));
        if (c == null) {
            throw error(404, "No cluster " + id + ".");
        }
        return c;
    }

    private Map<String, Object> clusterView(StateData.AcmCluster c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", c.id);
        m.put("name", c.name);
        m.put("id_environment", c.environmentId);
        m.put("status", status(c));
        // Counts as strings, as the OpenAPI description types them.
        m.put("nodes", String.valueOf(c.nodes));
        m.put("shards", String.valueOf(c.shards));
        m.put("replicas", String.valueOf(c.replicas));
        m.put("secure", c.secure ? "1" : "0");
        String host = endpoint(c);
        m.put("endpoint", host);
        m.put("endpointHTTP", (c.secure ? "https://" : "http://") + host + ":" + (c.secure ? 8443 : 8123));
        if (c.version != null && !c.version.isEmpty()) {
            m.put("systemVersion", c.version);
        }
        // Typed as the OpenAPI description has them: booleans and an integer.
        m.put("locked", c.locked);
        m.put("mysqlProtocol", c.mysqlProtocol);
        if (c.mysqlProtocol) {
            m.put("mysqlPort", c.mysqlPort);
        }
        return m;
    }

    /** The cluster's host as ACM names it: cluster name under the environment's domain. */
    private String endpoint(StateData.AcmCluster c) {
        String domain = state.read(d -> d.environments.stream().filter(e -> e.id.equals(c.environmentId))
                .map(e -> e.domain).findFirst().orElse("sandbox.altinity.cloud"));
        return c.name + "." + domain;
    }

    private String status(StateData.AcmCluster c) {
        if (c.operation == null) {
            // A cluster saved before the life cycle was served: launched is all that is known.
            long age = System.currentTimeMillis() - c.launchedMillis;
            return age >= options.provisioningDelay().toMillis() ? "online" : "provisioning";
        }
        return ClusterLife.status(c, options.provisioningDelay(), System.currentTimeMillis());
    }

    // ---- helpers

    private static String text(JsonNode node, String field) {
        JsonNode v = node == null ? null : node.get(field);
        return v == null || v.isNull() || v.isContainerNode() ? null : v.asText();
    }

    static String format(long epochSeconds) {
        return TIME.format(LocalDateTime.ofEpochSecond(epochSeconds, 0, ZoneOffset.UTC));
    }

    private static Long parse(String text) {
        if (text == null) {
            return null;
        }
        try {
            return LocalDateTime.parse(text.trim(), TIME).toEpochSecond(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** Whether a caller's address is covered by Allow Domains entries. */
    static final class OriginMatch {
        private OriginMatch() {
        }

        static boolean allows(List<String> entries, InetAddress caller) {
            for (String entry : entries) {
                if (entry.equalsIgnoreCase("localhost") && caller.isLoopbackAddress()) {
                    return true;
                }
                if (com.accountdesk.model.AllowDomains.covers(entry, caller)) {
                    return true;
                }
            }
            return false;
        }
    }
}
