package com.accountdesk.sandbox.acm;

import com.accountdesk.model.AllowDomains;
import com.accountdesk.sandbox.http.Reply;
import com.accountdesk.sandbox.http.SandboxError;
import com.accountdesk.sandbox.http.SandboxRequest;
import com.accountdesk.sandbox.state.DemoAccount;
import com.accountdesk.sandbox.state.Hashes;
import com.accountdesk.sandbox.state.SandboxState;
import com.accountdesk.sandbox.state.StateData;

import java.net.InetAddress;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

import static com.accountdesk.sandbox.acm.AcmApi.error;
import static com.accountdesk.sandbox.acm.AcmApi.format;
import static com.accountdesk.sandbox.acm.AcmApi.invalid;
import static com.accountdesk.sandbox.acm.AcmApi.ok;
import static com.accountdesk.sandbox.acm.AcmApi.text;

/**
 * ACM's sign-in: {@code POST /login} (password, then {@code /login/verify} for two-factor users),
 * and the X-Auth-Token check every other call passes (API keys and sessions, Allow Domains).
 */
final class SignIn {
    private static final Duration SESSION_LIFETIME = Duration.ofHours(12);

    private final SandboxState state;
    private final Clock clock;
    private final boolean enforceOrigins;
    private final AccountKeys account;
    /** Users who gave their password and now owe a verification code. */
    private final Set<String> pendingVerifications = ConcurrentHashMap.newKeySet();

    SignIn(SandboxState state, Clock clock, boolean enforceOrigins, AccountKeys account) {
        this.state = state;
        this.clock = clock;
        this.enforceOrigins = enforceOrigins;
        this.account = account;
    }

    void authenticate(SandboxRequest request) throws SandboxError {
        String token = request.header("X-Auth-Token");
        if (token == null || token.isBlank()) {
            throw error(401, "Missing X-Auth-Token header.");
        }
        long now = clock.instant().getEpochSecond();
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
        if (enforceOrigins) {
            List<String> allowed = state.read(d -> AccountKeys.splitOrigins(d.acm.origins));
            if (!allowed.isEmpty() && !OriginMatch.allows(allowed, request.remoteAddress())) {
                throw error(403, "Requests from " + request.remoteAddress().getHostAddress()
                        + " are not allowed for this account (Allow Domains).");
            }
        }
    }

    /**
     * When the caller's session began (epoch seconds), or null when it signs in with an API key
     * (or a session older than that record).
     */
    Long sessionStart(SandboxRequest request) {
        String token = request.header("X-Auth-Token");
        if (token == null) {
            return null;
        }
        String hash = Hashes.sha256(token);
        return state.read(d -> d.acm.sessions.stream().filter(s -> s.tokenHash.equals(hash) && s.created > 0)
                .map(s -> s.created).findFirst().orElse(null));
    }

    /**
     * {@code POST /login}: the demo user gets a session at once; the two-factor user gets its user
     * without a token and must verify a code; the single-sign-on user is refused with the reason.
     */
    Reply login(SandboxRequest request) throws SandboxError {
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
        return ok(newSession(d -> account.user(d.acm, null)));
    }

    /** {@code POST /login/verify {code, user}}: completes a two-factor sign-in begun with the password. */
    Reply verify(SandboxRequest request) throws SandboxError {
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
    private Map<String, Object> newSession(Function<StateData, Map<String, Object>> who) throws SandboxError {
        String token = Hashes.randomToken(48);
        Instant expiry = clock.instant().plus(SESSION_LIFETIME);
        Map<String, Object> user = state.writeOrRefuse(d -> {
            long now = clock.instant().getEpochSecond();
            d.acm.sessions.removeIf(s -> s.expires <= now);
            StateData.Session session = new StateData.Session(Hashes.sha256(token), expiry.getEpochSecond());
            session.created = now;
            d.acm.sessions.add(session);
            d.acm.lastLogin = now;
            return who.apply(d);
        });
        user.put("token", token);
        user.put("tokenExpiry", format(expiry.getEpochSecond()));
        return user;
    }

    /** The two-factor user: another login of the demo account. */
    private Map<String, Object> twoFactorUser(StateData.AcmAccount a, String sessionToken) {
        Map<String, Object> u = account.user(a, sessionToken);
        u.put("id", DemoAccount.TWO_FACTOR_USER_ID);
        u.put("email", DemoAccount.TWO_FACTOR_LOGIN);
        u.put("name", "Demo User (2FA)");
        u.remove("tokens");
        return u;
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
                if (AllowDomains.covers(entry, caller)) {
                    return true;
                }
            }
            return false;
        }
    }
}
