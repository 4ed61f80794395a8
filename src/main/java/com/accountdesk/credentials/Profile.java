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
 */
public record Profile(String id, Provider provider, String displayName, String endpoint, String login, String region) {
    /** The endpoint of a profile on the built-in sandbox. */
    public static final String SANDBOX = "sandbox";

    public Profile {
        Objects.requireNonNull(provider, "provider");
        id = id == null || id.isBlank() ? UUID.randomUUID().toString() : id;
        displayName = displayName == null ? "" : displayName;
        endpoint = endpoint == null ? "" : endpoint.trim();
        login = login == null ? "" : login.trim();
        region = region == null ? "" : region.trim();
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

    /** Same cloud, endpoint and user or key: signing in again updates it rather than adding one. */
    public boolean sameAccount(Profile other) {
        return provider == other.provider && normalized(endpoint).equals(normalized(other.endpoint))
                && (provider == Provider.ACM ? login.equalsIgnoreCase(other.login) : login.equals(other.login));
    }

    private static String normalized(String url) {
        String u = url.toLowerCase(Locale.ROOT);
        return u.endsWith("/") ? u.substring(0, u.length() - 1) : u;
    }

    public Profile withId(String newId) {
        return new Profile(newId, provider, displayName, endpoint, login, region);
    }

    /** The same account signing in as {@code newLogin} (CrateDB: another of the user's keys). */
    public Profile withLogin(String newLogin) {
        return new Profile(id, provider, displayName, endpoint, newLogin, region);
    }

    public Profile withDisplayName(String name) {
        return new Profile(id, provider, name, endpoint, login, region);
    }

    /**
     * How menus show it, e.g. "Demo User — CrateDB Cloud, key demo-crate-key (sandbox)": a CrateDB
     * user may have several keys saved, so the key tells them apart.
     */
    public String label() {
        String who = displayName.isBlank() ? (login.isBlank() ? "API key" : login) : displayName;
        String key = provider == Provider.CRATEDB && !displayName.isBlank() ? ", key " + login : "";
        return who + " — " + provider.label() + key + (onSandbox() ? " (sandbox)" : "");
    }

    @Override
    public String toString() {
        return label();
    }
}
