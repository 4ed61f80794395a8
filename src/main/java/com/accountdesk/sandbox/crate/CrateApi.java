package com.accountdesk.sandbox.crate;

import com.accountdesk.sandbox.http.ExchangeTap;
import com.accountdesk.sandbox.http.Reply;
import com.accountdesk.sandbox.http.Router;
import com.accountdesk.sandbox.http.SandboxError;
import com.accountdesk.sandbox.http.SandboxRequest;
import com.accountdesk.sandbox.state.Hashes;
import com.accountdesk.sandbox.state.SandboxState;
import com.accountdesk.sandbox.state.StateData;
import com.fasterxml.jackson.databind.JsonNode;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The CrateDB Cloud API as shared/api/CrateDB.md describes it, under {@code /cratedb}: HTTP basic
 * auth with key and secret, {"message","success"} errors (400 adds "errors"), keys deleted after 90
 * days without use (lazily, on the next request).
 */
public final class CrateApi {
    public static final String PREFIX = "/cratedb";
    static final long INACTIVITY_LIMIT_SECONDS = 90L * 86_400;
    static final int MAX_KEYS = 20;
    /** As the live service writes times: microseconds and an explicit offset. */
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSSSSxxx")
            .withZone(ZoneOffset.UTC);
    private static final String ME = "/api/v2/users/me/";
    private static final String KEYS = ME + "api-keys/";

    /** Under /cratedb beside ACM: the app's embedded sandbox. */
    public static final Router.Mount MOUNT = new Router.Mount(ExchangeTap.Api.CRATEDB, PREFIX, (status, message) -> errorBody(message, null));
    /** At the root of a port of its own, as croud expects (it keeps only scheme, host and port of its endpoint). */
    public static final Router.Mount ROOT = new Router.Mount(ExchangeTap.Api.CRATEDB, "", (status, message) -> errorBody(message, null));

    private final SandboxState state;
    private final Clock clock;
    private final Router.Mount mount;
    /** Answer a new key in the flat shape croud reads, rather than the documented nested one. */
    private final boolean flatCreate;

    public CrateApi(SandboxState state, Clock clock, Router.Mount mount, boolean flatCreate) {
        this.state = state;
        this.clock = clock;
        this.mount = mount;
        this.flatCreate = flatCreate;
    }

    public void register(Router router) {
        route(router, "GET", ME, r -> Reply.ok(state.read(d -> user(d.crate))));
        route(router, "GET", KEYS, r -> Reply.ok(state.read(d -> d.crate.keys.stream().map(k -> keyView(d.crate, k)).toList())));
        route(router, "POST", KEYS, r -> create());
        route(router, "GET", KEYS + "{key}/", this::one);
        route(router, "PATCH", KEYS + "{key}/", this::patch);
        route(router, "DELETE", KEYS + "{key}/", this::delete);
        new CrateClusters(state, clock).register((method, path, handler) -> route(router, method, path, handler));
    }

    /** Adds an authenticated route. */
    @FunctionalInterface
    interface Routes {
        void add(String method, String path, Router.Route handler);
    }

    private void route(Router router, String method, String path, Router.Route handler) {
        router.add(mount, method, path, request -> {
            authenticate(request);
            return handler.handle(request);
        });
    }

    static Map<String, Object> errorBody(String message, Map<String, List<String>> errors) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("message", message);
        if (errors != null) {
            body.put("errors", errors);
        }
        body.put("success", false);
        return body;
    }

    private static SandboxError error(int status, String message) {
        return new SandboxError(status, errorBody(message, null));
    }

    // ---- authentication

    /** Checks the basic-auth pair, forgets keys idle for 90 days, and notes the key's use. */
    private void authenticate(SandboxRequest request) throws SandboxError {
        String[] pair = basicAuth(request.header("Authorization"));
        if (pair == null) {
            throw error(401, "Authentication required");
        }
        long now = clock.instant().getEpochSecond();
        state.writeOrRefuse(d -> {
            removeIdleKeys(d, now);
            StateData.CrateKey k = d.crate.keys.stream().filter(x -> x.key.equals(pair[0])).findFirst().orElse(null);
            if (k == null || !k.active || !k.secretHash.equals(Hashes.sha256(pair[1]))) {
                throw error(401, "Authentication required");
            }
            // Noted to the minute: the 90-day rule needs no more, and most requests then change nothing to save.
            if (k.lastUsed == null || now - k.lastUsed >= 60) {
                k.lastUsed = now;
            }
            return null;
        });
    }

    private static String[] basicAuth(String header) {
        if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
            return null;
        }
        try {
            String decoded = new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            return colon <= 0 ? null : new String[]{decoded.substring(0, colon), decoded.substring(colon + 1)};
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    static void removeIdleKeys(StateData d, long now) {
        d.crate.keys.removeIf(k -> (k.lastUsed != null ? k.lastUsed : k.created) + INACTIVITY_LIMIT_SECONDS <= now);
    }

    // ---- keys

    private static StateData.CrateKey find(StateData d, String key) throws SandboxError {
        return d.crate.keys.stream().filter(k -> k.key.equals(key)).findFirst()
                .orElseThrow(() -> error(404, "API key not found"));
    }

    /**
     * Answers in the documented nested shape ({"key": {...}, "secret", "success"}), or flat
     * ({"key": "...", "user_id", "active", "secret", ...}) as croud reads it; the app reads both.
     */
    private Reply create() throws SandboxError {
        String secret = Hashes.randomToken(48);
        long now = clock.instant().getEpochSecond();
        return Reply.ok(state.writeOrRefuse(d -> {
            if (d.crate.keys.size() >= MAX_KEYS) {
                throw error(400, "A user can have at most " + MAX_KEYS + " API keys; delete one first.");
            }
            StateData.CrateKey k = new StateData.CrateKey(Hashes.randomToken(24).toLowerCase(), Hashes.sha256(secret), now);
            d.crate.keys.add(k);
            Map<String, Object> answer = new LinkedHashMap<>();
            if (flatCreate) {
                answer.putAll(keyView(d.crate, k));
            } else {
                answer.put("key", keyView(d.crate, k));
            }
            answer.put("secret", secret);
            if (!flatCreate) {
                answer.put("success", true);
            }
            return answer;
        }));
    }

    private Reply one(SandboxRequest request) throws SandboxError {
        Map<String, Object> view = state.read(d -> d.crate.keys.stream().filter(k -> k.key.equals(request.param("key")))
                .findFirst().map(k -> keyView(d.crate, k)).orElse(null));
        if (view == null) {
            throw error(404, "API key not found");
        }
        return Reply.ok(view);
    }

    private Reply patch(SandboxRequest request) throws SandboxError {
        JsonNode active = request.body().path("active");
        if (!active.isBoolean()) {
            throw new SandboxError(400, errorBody("Validation failed", Map.of("active", List.of("Not a valid boolean."))));
        }
        long now = clock.instant().getEpochSecond();
        return Reply.ok(state.writeOrRefuse(d -> {
            StateData.CrateKey k = find(d, request.param("key"));
            k.active = active.booleanValue();
            k.modified = now;
            return keyView(d.crate, k);
        }));
    }

    private Reply delete(SandboxRequest request) throws SandboxError {
        state.writeOrRefuse(d -> d.crate.keys.remove(find(d, request.param("key"))));
        return Reply.noContent();
    }

    // ---- views

    private static Map<String, Object> user(StateData.CrateAccount c) {
        Map<String, Object> u = new LinkedHashMap<>();
        u.put("email", c.email);
        u.put("hmac", Hashes.sha256(c.uid));
        u.put("is_superuser", false);
        u.put("name", c.name);
        u.put("organization_id", c.organizationId);
        u.put("status", "active");
        u.put("uid", c.uid);
        u.put("username", c.username);
        return u;
    }

    private static Map<String, Object> keyView(StateData.CrateAccount c, StateData.CrateKey k) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("key", k.key);
        m.put("user_id", c.uid);
        m.put("active", k.active);
        m.put("last_used", k.lastUsed == null ? null : format(k.lastUsed));
        Map<String, Object> dc = new LinkedHashMap<>();
        dc.put("created", format(k.created));
        dc.put("modified", format(k.modified));
        m.put("dc", dc);
        return m;
    }

    static String format(long epochSeconds) {
        return TIME.format(Instant.ofEpochSecond(epochSeconds));
    }
}
