package com.accountdesk.sandbox.acm;

import com.accountdesk.model.AllowDomains;
import com.accountdesk.sandbox.http.Reply;
import com.accountdesk.sandbox.http.SandboxError;
import com.accountdesk.sandbox.http.SandboxRequest;
import com.accountdesk.sandbox.state.Hashes;
import com.accountdesk.sandbox.state.SandboxState;
import com.accountdesk.sandbox.state.StateData;
import com.fasterxml.jackson.databind.JsonNode;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BooleanSupplier;
import java.util.function.Function;

import static com.accountdesk.sandbox.acm.AcmApi.format;
import static com.accountdesk.sandbox.acm.AcmApi.invalid;
import static com.accountdesk.sandbox.acm.AcmApi.ok;
import static com.accountdesk.sandbox.acm.AcmApi.parse;
import static com.accountdesk.sandbox.acm.AcmApi.text;

/** The ACM account: {@code GET/POST /account} (name, password, theme, API keys, Allow Domains), new keys and Anywhere tokens. */
final class AccountKeys {
    static final int MAX_KEYS = 5;
    /** Limits on what a caller may store, so the state file cannot be made to grow without bound. */
    static final int MAX_NAME_LENGTH = 200;
    static final int MAX_ORIGINS = 200;
    /** The web console asks for at least this many characters in a new password. */
    static final int MIN_PASSWORD_LENGTH = 12;
    /** A password change wants a sign-in at most this old (ours: the sandbox's stand-in for "confirm it is you"). */
    static final Duration RECENT_SIGN_IN = Duration.ofMinutes(15);

    private final SandboxState state;
    private final Clock clock;
    /** Whether GET /account leaves out the key list (the variant played, changeable while serving). */
    private final BooleanSupplier hideKeyList;
    /** Keys handed out by GET /account/token that may be saved into the account. */
    private final Set<String> issuedKeys = ConcurrentHashMap.newKeySet();
    /** When the caller's session began (null: an API key), to ask for a recent sign-in before a password change. */
    private volatile Function<SandboxRequest, Long> sessionStart = r -> null;

    AccountKeys(SandboxState state, Clock clock, BooleanSupplier hideKeyList) {
        this.state = state;
        this.clock = clock;
        this.hideKeyList = hideKeyList;
    }

    void recentSignIn(Function<SandboxRequest, Long> sessionStart) {
        this.sessionStart = sessionStart;
    }

    Reply get(SandboxRequest request) {
        return ok(state.read(d -> user(d.acm, null)));
    }

    /** A key given on the command line works for a year, so documented curl calls just work. */
    void addLongLivedKey(String key) {
        long now = clock.instant().getEpochSecond();
        state.write(d -> {
            d.acm.tokens.removeIf(t -> t.token.equals(key));
            if (d.acm.tokens.size() >= MAX_KEYS) {
                d.acm.tokens.remove(0);
            }
            d.acm.tokens.add(new StateData.AcmToken(key, now, now + Duration.ofDays(365).getSeconds()));
            return null;
        });
    }

    Map<String, Object> user(StateData.AcmAccount a, String sessionToken) {
        Map<String, Object> u = new LinkedHashMap<>();
        u.put("id", a.id);
        u.put("email", a.email);
        u.put("name", a.name);
        u.put("origins", a.origins);
        AccessRights.Role role = AccessRights.role(a.roleId);
        u.put("id_role", Integer.parseInt(role.id()));
        u.put("role", AccessRights.roleView(role));
        if (a.lastLogin != null) {
            u.put("lastLogin", format(a.lastLogin));
        }
        u.put("darkTheme", a.darkTheme);
        List<Map<String, Object>> tokens = new ArrayList<>();
        for (StateData.AcmToken t : a.tokens) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("token", t.token);
            m.put("created", format(t.created));
            m.put("expires", format(t.expires));
            tokens.add(m);
        }
        if (!hideKeyList.getAsBoolean()) {
            u.put("tokens", tokens);
        }
        if (sessionToken != null) {
            u.put("token", sessionToken);
        }
        return u;
    }

    String issueKey() {
        String key = Hashes.randomToken(40);
        issuedKeys.add(key);
        return key;
    }

    String newAnywhereToken() {
        String token = "aw_" + Hashes.randomToken(48);
        state.write(d -> d.acm.anywhereTokenHash = Hashes.sha256(token));
        return token;
    }

    Reply save(SandboxRequest request) throws SandboxError {
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
        String password = body.has("password") ? checkPassword(request, body.get("password")) : null;
        JsonNode dark = body.get("darkTheme");
        if (dark != null && !(dark.isIntegralNumber() && (dark.asInt() == 0 || dark.asInt() == 1))) {
            throw invalid("darkTheme", "darkTheme: use 0 or 1.");
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
            if (password != null) {
                d.acm.passwordHash = Hashes.sha256(password);
            }
            if (dark != null) {
                d.acm.darkTheme = dark.asInt() == 1;
            }
            return user(d.acm, null);
        }));
    }

    /**
     * A new password: a string of {@value #MIN_PASSWORD_LENGTH} to {@value #MAX_NAME_LENGTH} characters,
     * refused as ACM refuses (HTTP 200 with {"error", "code"}); from a session, one signed in lately
     * (401 otherwise, so the app asks for the sign-in again). Never logged, kept only as its hash.
     */
    private String checkPassword(SandboxRequest request, JsonNode node) throws SandboxError {
        String password = node != null && node.isTextual() ? node.asText() : null;
        if (password == null || password.length() < MIN_PASSWORD_LENGTH || password.length() > MAX_NAME_LENGTH
                || password.isBlank()) {
            throw new SandboxError(200, AcmApi.errorBody("The password must have at least " + MIN_PASSWORD_LENGTH
                    + " characters.", 400, "password"));
        }
        Long started = sessionStart.apply(request);
        if (started != null && clock.instant().getEpochSecond() - started > RECENT_SIGN_IN.getSeconds()) {
            throw AcmApi.error(401, "Sign in again to change your password.");
        }
        return password;
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
        long now = clock.instant().getEpochSecond();
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
        long now = clock.instant().getEpochSecond();
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
            AllowDomains.Problem problem = AllowDomains.problem(entry);
            if (problem != null) {
                throw invalid("origins", "'" + entry + "': " + words(problem));
            }
        }
        return String.join("\n", entries);
    }

    /** Why an Allow Domains entry is refused, in the sandbox's own English (the app words it itself). */
    static String words(AllowDomains.Problem problem) {
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
        return AllowDomains.split(text == null ? "" : text);
    }
}
