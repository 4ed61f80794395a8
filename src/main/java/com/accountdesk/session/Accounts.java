package com.accountdesk.session;

import com.accountdesk.api.ApiException;
import com.accountdesk.api.Endpoints;
import com.accountdesk.api.HttpTransport;
import com.accountdesk.api.acm.AcmClient;
import com.accountdesk.api.cratedb.CrateCloudClient;
import com.accountdesk.credentials.CredentialStoreException;
import com.accountdesk.credentials.Profile;
import com.accountdesk.credentials.ProfileStore;
import com.accountdesk.credentials.SavedSecretRefused;
import com.accountdesk.credentials.SecretStore;
import com.accountdesk.io.Settings;
import com.accountdesk.model.AccountInfo;
import com.accountdesk.model.CrateUser;
import com.accountdesk.model.LoginAnswer;
import com.accountdesk.model.Provider;
import com.accountdesk.model.Secret;
import com.accountdesk.model.SignIn;
import com.accountdesk.api.Reauthenticator;
import okhttp3.HttpUrl;

import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The saved accounts (profiles) and signing in to one, for either cloud. No JavaFX: the connect
 * screen's view-model calls it off the FX thread.
 */
public final class Accounts {
    private static final Logger LOG = Logger.getLogger(Accounts.class.getName());

    private final Supplier<HttpTransport> http;
    private final ProfileStore profiles;
    private final SecretStore secrets;
    private final Settings settings;
    private final String configuredAcmEndpoint;
    private volatile Consumer<Profile> onForget = p -> { };
    private volatile Renewal renewal;

    /** Makes what signs an ACM session in again when it ends mid-work (the UI's "Sign in again" dialog). */
    @FunctionalInterface
    public interface Renewal {
        /** @param onNewKey to be told of a new API key that worked, so a saved one is replaced */
        Reauthenticator of(HttpUrl base, Profile profile, Consumer<Secret> onNewKey);
    }

    /** @param configuredAcmEndpoint the ACM endpoint given on the command line, or null */
    public Accounts(HttpTransport http, ProfileStore profiles, SecretStore secrets, Settings settings, String configuredAcmEndpoint) {
        this(() -> http, profiles, secrets, settings, configuredAcmEndpoint);
    }

    /** @param http the transport, asked for at the first sign-in (the app builds it only then) */
    public Accounts(Supplier<HttpTransport> http, ProfileStore profiles, SecretStore secrets, Settings settings, String configuredAcmEndpoint) {
        this.http = http;
        this.profiles = profiles;
        this.secrets = secrets;
        this.settings = settings;
        this.configuredAcmEndpoint = configuredAcmEndpoint == null || configuredAcmEndpoint.isBlank() ? null : configuredAcmEndpoint.trim();
    }

    /** How an ACM session that ends mid-work is renewed; null: the 401 is reported as it is. */
    public void setRenewal(Renewal renewal) {
        this.renewal = renewal;
    }

    /** What was wrong with the saved accounts file when it was read (a sentence), or "". */
    public String profilesNotice() {
        return profiles.notice();
    }

    public List<Profile> profiles() {
        return profiles.all();
    }

    /** The saved account {@code profile} would update when remembered (same id, or the same account), if any. */
    public Optional<Profile> savedAs(Profile profile) {
        return profiles.all().stream().filter(p -> p.id().equals(profile.id()) || p.sameAccount(profile)).findFirst();
    }

    public Optional<Profile> lastUsed() {
        String id = settings.get(ProfileStore.LAST_USED_SETTING, "");
        return id.isEmpty() ? Optional.empty() : profiles.find(id);
    }

    /** The endpoint to offer for a provider when no sandbox is in use. */
    public String defaultEndpoint(Provider provider) {
        return provider == Provider.ACM && configuredAcmEndpoint != null ? configuredAcmEndpoint : provider.defaultEndpoint();
    }

    /**
     * The secret saved for a profile, to sign in with at once; empty when none is saved or the store
     * cannot be read.
     *
     * @throws SavedSecretRefused when one is saved but must not be used: the profiles file can be
     *                            changed by others, or the profile's endpoint is not the one the
     *                            secret was saved for (a key is never sent somewhere new unasked)
     */
    public Optional<Secret> savedSecret(Profile profile) throws SavedSecretRefused {
        Optional<Secret> secret = storedSecret(profile);
        if (secret.isEmpty()) {
            return secret;
        }
        Optional<String> unsafe = profiles.othersCanChange();
        if (unsafe.isPresent()) {
            LOG.warning("not using a saved secret: " + unsafe.get());
            throw new SavedSecretRefused("The saved secret of this account was not used: " + unsafe.get()
                    + ", so the account's endpoint may have been changed by someone else. Make the file and its folder "
                    + "yours alone (chmod 700 the folder, 600 the file), check the endpoint, and sign in with the secret.");
        }
        Optional<Secret> savedFor = storedBinding(profile);
        if (savedFor.isEmpty() || !savedFor.get().reveal().equals(profile.secretBinding())) {
            LOG.warning("not using a saved secret: the profile's endpoint is not the one it was saved for");
            throw new SavedSecretRefused("The saved secret of this account was not used: it was saved for another endpoint "
                    + "(or before Account Desk recorded which), and is never sent somewhere new without asking. "
                    + "Check the endpoint " + (profile.onSandbox() ? "(the sandbox)" : profile.endpoint())
                    + " and sign in with the secret to save it for this one.");
        }
        return secret;
    }

    private Optional<Secret> storedSecret(Profile profile) {
        try {
            return secrets.load(profile.secretName());
        } catch (CredentialStoreException e) {
            LOG.log(Level.WARNING, "cannot read the saved secret of a profile", e);
            return Optional.empty();
        }
    }

    private Optional<Secret> storedBinding(Profile profile) {
        try {
            return secrets.load(profile.secretBindingName());
        } catch (CredentialStoreException e) {
            return Optional.empty();
        }
    }

    /**
     * Signs in and says who it is. ACM: user and password, or an API key when the profile has no
     * login; CrateDB: the profile's key with {@code secret}, and its region.
     *
     * @param endpointUrl the base URL to call (the sandbox's own for a sandbox profile)
     */
    public Session signIn(Profile profile, String endpointUrl, Secret secret, boolean sandbox) throws ApiException {
        HttpUrl base = Endpoints.parseBase(endpointUrl);
        if (profile.provider() == Provider.CRATEDB) {
            CrateCloudClient client = new CrateCloudClient(base, profile.login(), secret, profile.region(), http.get());
            CrateUser user = client.me();
            return new CrateSession(client, user.displayName(), user.email(), sandbox);
        }
        if (profile.usesAcmApiKey()) {
            AcmClient client = new AcmClient(base, secret, http.get());
            AccountInfo account = client.account();
            renewSessionsOf(client, base, profile);
            return new AcmSession(client, account.displayName(), account.email(), sandbox);
        }
        LoginAnswer answer = AcmClient.login(base, profile.login(), secret, http.get());
        if (answer instanceof LoginAnswer.SecondFactorNeeded pending) {
            throw new CodeRequired(pending);
        }
        return session((SignIn) answer, base, profile, sandbox);
    }

    /**
     * Completes a sign-in that {@link #signIn} answered with {@link CodeRequired}: sends the
     * verification code. A wrong code is UNAUTHORIZED; the password need not be given again.
     */
    public Session verify(Profile profile, String endpointUrl, LoginAnswer.SecondFactorNeeded pending, String code,
                          boolean sandbox) throws ApiException {
        HttpUrl base = Endpoints.parseBase(endpointUrl);
        return session(AcmClient.verify(base, pending, code, http.get()), base, profile, sandbox);
    }

    private Session session(SignIn signIn, HttpUrl base, Profile profile, boolean sandbox) {
        AcmClient client = new AcmClient(base, signIn.token(), http.get());
        renewSessionsOf(client, base, profile);
        String name = signIn.name() != null && !signIn.name().isBlank() ? signIn.name() : signIn.email();
        return new AcmSession(client, name == null ? profile.login() : name, signIn.email(), sandbox);
    }

    /** The password was right, and the account's organisation asks for a verification code too. */
    public static final class CodeRequired extends ApiException {
        private static final long serialVersionUID = 1L;
        private final transient LoginAnswer.SecondFactorNeeded pending;

        CodeRequired(LoginAnswer.SecondFactorNeeded pending) {
            super(Kind.UNAUTHORIZED, 0, "a verification code is required", null, null);
            this.pending = pending;
        }

        public LoginAnswer.SecondFactorNeeded pending() {
            return pending;
        }
    }

    /** After a 401 mid-work: sign in again, then finish the call; a new key replaces a saved one. */
    private void renewSessionsOf(AcmClient client, HttpUrl base, Profile profile) {
        Renewal renewal = this.renewal;
        if (renewal == null) {
            return;
        }
        client.setReauthenticator(renewal.of(base, profile, newKey -> {
            if (storedSecret(profile).isPresent()) {
                try {
                    secrets.save(profile.secretName(), newKey);
                    secrets.save(profile.secretBindingName(), Secret.of(profile.secretBinding()));
                } catch (CredentialStoreException e) {
                    LOG.log(Level.WARNING, "cannot save the new API key of a profile: {0}", e.getMessage());
                    return;
                }
                try {
                    // Its label names the key it signs in with now.
                    profiles.find(profile.id()).ifPresent(p -> profiles.save(p.withKeyEnding(Profile.endingOf(newKey.reveal()))));
                } catch (UncheckedIOException e) {
                    LOG.log(Level.WARNING, "cannot note the new API key's ending in the saved accounts: {0}", e.getMessage());
                }
            }
        }));
    }

    /** Told of every account forgotten, so what else is kept for it (its keys' local names) goes too. */
    public void setOnForget(Consumer<Profile> listener) {
        this.onForget = listener;
    }

    /** Forgets a saved account: the profile, its saved secret, and that it was used last. */
    public void forget(Profile profile) throws CredentialStoreException {
        profiles.remove(profile.id());
        onForget.accept(profile);
        if (profile.id().equals(settings.get(ProfileStore.LAST_USED_SETTING, ""))) {
            settings.put(ProfileStore.LAST_USED_SETTING, null);
        }
        secrets.delete(profile.secretName());
        secrets.delete(profile.secretBindingName());
    }

    /**
     * Saves (or updates) the profile after a successful sign-in, marks it last used, and saves its
     * secret or forgets a saved one. A password is never saved: only API keys and secrets are. A store that fails is logged, not fatal: the user is signed in.
     */
    public Profile remember(Profile profile, Secret secret, boolean keepSecret) {
        Profile saved = profiles.save(profile.usesAcmApiKey() ? profile.withKeyEnding(Profile.endingOf(secret.reveal())) : profile);
        settings.put(ProfileStore.LAST_USED_SETTING, saved.id());
        try {
            if (keepSecret && !saved.usesAcmPassword()) {
                secrets.save(saved.secretName(), secret);
                secrets.save(saved.secretBindingName(), Secret.of(saved.secretBinding()));
            } else {
                secrets.delete(saved.secretName());
                secrets.delete(saved.secretBindingName());
            }
        } catch (CredentialStoreException e) {
            LOG.log(Level.WARNING, "cannot save the secret of a profile", e);
        }
        return saved;
    }
}
