package com.accountdesk.credentials;

import com.accountdesk.model.Provider;

import java.util.Locale;
import java.util.Objects;
import java.util.UUID;

/**
 * A saved account to sign in to: which cloud, where, and who, but never the secret (that is in
 * the {@link SecretStore} under {@link #secretName()}).
 *
 * @param endpoint    the base URL, or {@link #SANDBOX} for the built-in sandbox (its port changes each run)
 * @param login       ACM: the user's e-mail for password sign-in, empty for an API key;
 *                    CrateDB: the API key (its public part)
 * @param region      CrateDB's optional X-Region, else empty
 * @param email       the user's e-mail as the server gave it at sign-in, else empty (saved before it was kept)
 * @param keyEnding   ACM API key: its last four characters, to tell saved keys apart; else empty
 * @param secondFactor ACM password: the sign-in asked for a verification code too
 */
public record Profile(String id, Provider provider, String displayName, String endpoint, String login, String region,
                      String email, String keyEnding, boolean secondFactor) {
    /** The endpoint of a profile on the built-in sandbox. */
    public static final String SANDBOX = "sandbox";

    public Profile {
        Objects.requireNonNull(provider, "provider");
        id = id == null || id.isBlank() ? UUID.randomUUID().toString() : id;
        displayName = displayName == null ? "" : displayName;
        endpoint = endpoint == null ? "" : endpoint.trim();
        login = login == null ? "" : login.trim();
        region = region == null ? "" : region.trim();
        email = email == null ? "" : email.trim();
        keyEnding = keyEnding == null ? "" : keyEnding.trim();
    }

    /** A profile as saved before the e-mail, key ending and second factor were kept. */
    public Profile(String id, Provider provider, String displayName, String endpoint, String login, String region) {
        this(id, provider, displayName, endpoint, login, region, "", "", false);
    }

    /** A profile not saved yet (a fresh id). */
    public static Profile draft(Provider provider, String endpoint, String login, String region) {
        return new Profile(null, provider, "", endpoint, login, region);
    }

    public boolean onSandbox() {
        return SANDBOX.equals(endpoint);
    }

    /** ACM only: signs in with an API key rather than user and password. */
    public boolean usesAcmApiKey() {
        return provider == Provider.ACM && login.isEmpty();
    }

    /** Whether its secret is an ACM password, which is never saved (an API key can be revoked alone). */
    public boolean usesAcmPassword() {
        return provider == Provider.ACM && !login.isEmpty();
    }

    /** The name its secret is saved under. */
    public String secretName() {
        return "profile/" + id + "/secret";
    }

    /** The name under which the endpoint its secret was saved for is kept (see {@link #secretBinding()}). */
    public String secretBindingName() {
        return "profile/" + id + "/saved-for";
    }

    /**
     * What a saved secret belongs to: cloud, endpoint and user or key. Kept beside the secret when it
     * is saved; a profile whose binding no longer matches (someone edited profiles.json to point
     * elsewhere) is not signed in to automatically.
     */
    public String secretBinding() {
        return provider.name() + " " + normalized(endpoint) + " " + login.toLowerCase(Locale.ROOT);
    }

    /**
     * Same cloud, endpoint and user or key: signing in again updates it rather than adding one. An
     * ACM API key names no user itself: the e-mail the server gave tells two users' keys apart (one
     * saved before the e-mail was kept is taken as the same).
     */
    public boolean sameAccount(Profile other) {
        if (provider != other.provider || !normalized(endpoint).equals(normalized(other.endpoint))) {
            return false;
        }
        if (provider == Provider.CRATEDB) {
            return login.equals(other.login);
        }
        boolean sameUser = email.isEmpty() || other.email.isEmpty() || email.equalsIgnoreCase(other.email);
        return login.equalsIgnoreCase(other.login) && (!login.isEmpty() || sameUser);
    }

    /** The last four characters of an API key, to tell saved keys apart; none of a key too short to spare them. */
    public static String endingOf(String key) {
        return key.length() >= 12 ? key.substring(key.length() - 4) : "";
    }

    private static String normalized(String url) {
        String u = url.toLowerCase(Locale.ROOT);
        return u.endsWith("/") ? u.substring(0, u.length() - 1) : u;
    }

    public Profile withId(String newId) {
        return new Profile(newId, provider, displayName, endpoint, login, region, email, keyEnding, secondFactor);
    }

    /** The same account signing in as {@code newLogin} (CrateDB: another of the user's keys). */
    public Profile withLogin(String newLogin) {
        return new Profile(id, provider, displayName, endpoint, newLogin, region, email, keyEnding, secondFactor);
    }

    public Profile withDisplayName(String name) {
        return new Profile(id, provider, name, endpoint, login, region, email, keyEnding, secondFactor);
    }

    /** Who the server said signed in: its name for the user (or one of the user's choosing) and e-mail. */
    public Profile withUser(String name, String userEmail) {
        return new Profile(id, provider, name, endpoint, login, region, userEmail, keyEnding, secondFactor);
    }

    /** ACM API key: the last characters of the key it signs in with now. */
    public Profile withKeyEnding(String ending) {
        return new Profile(id, provider, displayName, endpoint, login, region, email, ending, secondFactor);
    }

    /** ACM password: whether the sign-in asked for a verification code too. */
    public Profile withSecondFactor(boolean asked) {
        return new Profile(id, provider, displayName, endpoint, login, region, email, keyEnding, asked);
    }

    /**
     * How every list, menu and question names it: the user, how it signs in, and where (see
     * {@link AccountLabel}), e.g. "Demo User (demo@example.com) — ACM API key …c0de — acm.example.com".
     */
    public String label() {
        return AccountLabel.of(this);
    }

    @Override
    public String toString() {
        return label();
    }
}
