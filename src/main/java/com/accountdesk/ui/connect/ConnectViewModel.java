package com.accountdesk.ui.connect;

import com.accountdesk.api.ApiException;
import com.accountdesk.api.Endpoints;
import com.accountdesk.api.HttpTransport;
import com.accountdesk.api.acm.AcmClient;
import com.accountdesk.app.Session;
import com.accountdesk.app.Settings;
import com.accountdesk.credentials.CredentialStoreException;
import com.accountdesk.credentials.InMemorySecretStore;
import com.accountdesk.credentials.SecretStore;
import com.accountdesk.model.AccountInfo;
import com.accountdesk.model.Secret;
import com.accountdesk.model.SignIn;
import com.accountdesk.sandbox.DemoAccount;
import com.accountdesk.sandbox.SandboxServer;
import com.accountdesk.ui.common.ErrorMessages;
import com.accountdesk.ui.common.Tasks;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import okhttp3.HttpUrl;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The connect screen's state: endpoint, how to sign in, progress and the error to show, and
 * whether to remember the sign-in. "Remember" keeps the endpoint and user name in {@link Settings}
 * and an API key in the {@link SecretStore}; a password is never stored, nor a session token (it
 * expires within hours, and a password sign-in is a choice not to keep a credential). A remembered
 * key is filled in at start but not used by itself: the user sees which account and endpoint they
 * are about to use, and an expired key does not greet them with an error.
 */
public final class ConnectViewModel {
    private static final Logger LOG = Logger.getLogger(ConnectViewModel.class.getName());
    public static final String REMEMBER = "connect.remember";
    public static final String SAVED_ENDPOINT = "connect.endpoint";
    public static final String SAVED_LOGIN = "connect.login";
    public static final String SAVED_USE_API_KEY = "connect.useApiKey";
    private static final String SANDBOX_NAME = "sandbox";

    private final HttpTransport http;
    private final Executor executor;
    private final Settings settings;
    private final SecretStore secrets;
    private final SessionRenewal.Prompt prompt;
    private final BooleanProperty remember = new SimpleBooleanProperty(false);

    private final StringProperty endpoint = new SimpleStringProperty("");
    private final StringProperty login = new SimpleStringProperty("");
    private final StringProperty password = new SimpleStringProperty("");
    private final StringProperty apiKey = new SimpleStringProperty("");
    private final BooleanProperty useApiKey = new SimpleBooleanProperty(false);
    private final BooleanProperty busy = new SimpleBooleanProperty(false);
    private final StringProperty error = new SimpleStringProperty("");
    private final ReadOnlyBooleanWrapper sandbox = new ReadOnlyBooleanWrapper(false);
    private final StringProperty sandboxHint = new SimpleStringProperty("");
    private String sandboxUrl;

    /** With nothing remembered and no way to sign in again mid-work (tests of the screen alone). */
    public ConnectViewModel(HttpTransport http, Executor executor, CompletableFuture<SandboxServer> sandboxServer) {
        this(http, executor, sandboxServer, null, Settings.inMemory(), new InMemorySecretStore(), null);
    }

    /**
     * @param configuredEndpoint the endpoint from the command line or environment, or null
     * @param prompt             asks for the password or key when the session ends mid-work; null: never asks
     */
    public ConnectViewModel(HttpTransport http, Executor executor, CompletableFuture<SandboxServer> sandboxServer,
                            String configuredEndpoint, Settings settings, SecretStore secrets, SessionRenewal.Prompt prompt) {
        this.http = http;
        this.executor = executor;
        this.settings = settings;
        this.secrets = secrets;
        this.prompt = prompt;
        restoreRemembered(configuredEndpoint);
        sandboxServer.whenComplete((server, failure) -> Platform.runLater(() -> {
            if (failure != null) {
                error.set("The built-in sandbox could not start: " + failure.getCause().getClass().getSimpleName()
                        + ". Enter a real endpoint instead.");
            } else if (server != null) {
                sandboxUrl = server.acmBaseUrl();
                if (endpoint.get().isBlank()) {
                    endpoint.set(sandboxUrl);
                }
            }
        }));
        sandbox.bind(Bindings.createBooleanBinding(() -> sandboxUrl != null && sandboxUrl.equals(endpoint.get().trim()), endpoint));
        sandboxHint.bind(Bindings.when(sandbox)
                .then("Sandbox on this computer: sign in as " + DemoAccount.LOGIN + " with password " + DemoAccount.PASSWORD + ".")
                .otherwise(""));
    }

    private void restoreRemembered(String configuredEndpoint) {
        remember.set(settings.getBoolean(REMEMBER, false));
        String saved = settings.get(SAVED_ENDPOINT, "");
        if (configuredEndpoint != null && !configuredEndpoint.isBlank()) {
            endpoint.set(configuredEndpoint.trim());
        } else if (!saved.isBlank() && !SANDBOX_NAME.equals(saved)) {
            endpoint.set(saved);
        }
        if (!remember.get()) {
            return;
        }
        login.set(settings.get(SAVED_LOGIN, ""));
        useApiKey.set(settings.getBoolean(SAVED_USE_API_KEY, false));
        String keyName = keyName(endpoint.get().isBlank() ? SANDBOX_NAME : endpoint.get().trim());
        // The keyring may be slow or ask to be unlocked: never on the FX thread.
        executor.execute(() -> {
            Optional<Secret> key = loadQuietly(keyName);
            key.ifPresent(k -> Platform.runLater(() -> {
                if (apiKey.get().isEmpty()) {
                    apiKey.set(k.reveal());
                }
            }));
        });
    }

    /** Where the API key for an endpoint is kept in the secret store. */
    static String keyName(String endpointOrSandbox) {
        return "acm/" + endpointOrSandbox + "/api-key";
    }

    private Optional<Secret> loadQuietly(String name) {
        try {
            return secrets.load(name);
        } catch (CredentialStoreException e) {
            LOG.log(Level.WARNING, "cannot read the saved API key: {0}", e.getMessage());
            return Optional.empty();
        }
    }

    public BooleanProperty rememberProperty() {
        return remember;
    }

    /** Empties the password and key fields (the window closed or the view was left). */
    public void clearSecrets() {
        password.set("");
        apiKey.set("");
    }

    public StringProperty endpointProperty() {
        return endpoint;
    }

    public StringProperty loginProperty() {
        return login;
    }

    public StringProperty passwordProperty() {
        return password;
    }

    public StringProperty apiKeyProperty() {
        return apiKey;
    }

    public BooleanProperty useApiKeyProperty() {
        return useApiKey;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    public StringProperty errorProperty() {
        return error;
    }

    public ReadOnlyBooleanProperty sandboxProperty() {
        return sandbox.getReadOnlyProperty();
    }

    public StringProperty sandboxHintProperty() {
        return sandboxHint;
    }

    /** Whether Connect can be pressed: not busy and the chosen way of signing in is filled in. */
    public BooleanBinding canConnect() {
        return busy.not().and(endpoint.isNotEmpty()).and(Bindings.createBooleanBinding(
                () -> useApiKey.get() ? !apiKey.get().isBlank() : !login.get().isBlank() && !password.get().isEmpty(),
                useApiKey, apiKey, login, password));
    }

    /** Signs in off the FX thread; on success hands the session on, on failure keeps all that was typed. */
    public void connect(Consumer<Session> onConnected) {
        error.set("");
        String typedEndpoint = endpoint.get();
        boolean withKey = useApiKey.get();
        String user = login.get().trim();
        Secret secret = Secret.of(withKey ? apiKey.get().trim() : password.get());
        boolean onSandbox = sandbox.get();
        boolean keep = remember.get();
        Tasks.create(() -> {
                    Session session = signIn(typedEndpoint, withKey, user, secret, onSandbox, keep);
                    rememberOrForget(keep, onSandbox ? SANDBOX_NAME : typedEndpoint.trim(), withKey, user, secret);
                    return session;
                })
                .busy(busy)
                .onSuccess(session -> {
                    clearSecrets();
                    onConnected.accept(session);
                })
                .onError(failure -> error.set(describe(failure, withKey)))
                .runOn(executor);
    }

    private Session signIn(String typedEndpoint, boolean withKey, String user, Secret secret, boolean onSandbox,
                           boolean keep) throws ApiException {
        HttpUrl base = Endpoints.parseBase(typedEndpoint);
        Session session;
        if (withKey) {
            AcmClient client = new AcmClient(base, secret, http);
            AccountInfo account = client.account();
            session = new Session(client, account.displayName(), account.email(), onSandbox);
        } else {
            SignIn signIn = AcmClient.login(base, user, secret, http);
            AcmClient client = new AcmClient(base, signIn.token(), http);
            String name = signIn.name() != null && !signIn.name().isBlank() ? signIn.name() : signIn.email();
            session = new Session(client, name == null ? user : name, signIn.email(), onSandbox);
        }
        if (prompt != null) {
            String keyName = keyName(onSandbox ? SANDBOX_NAME : typedEndpoint.trim());
            session.acm().setReauthenticator(new SessionRenewal(base, withKey, user, http, prompt,
                    newKey -> saveQuietly(keep, keyName, newKey)));
        }
        return session;
    }

    /** After a successful sign-in: keep what the user asked to keep, and delete it all otherwise. */
    private void rememberOrForget(boolean keep, String endpointName, boolean withKey, String user, Secret secret) {
        try {
            settings.put(REMEMBER, keep);
            settings.put(SAVED_ENDPOINT, keep ? endpointName : null);
            settings.put(SAVED_LOGIN, keep && !withKey ? user : null);
            settings.put(SAVED_USE_API_KEY, keep ? withKey : null);
        } catch (java.io.UncheckedIOException e) {
            // Signed in all the same; only the convenience is lost.
            LOG.log(Level.WARNING, "cannot save the sign-in settings: {0}", e.getCause().getClass().getSimpleName());
        }
        String keyName = keyName(endpointName);
        try {
            if (keep && withKey) {
                secrets.save(keyName, secret);
            } else if (!keep) {
                secrets.delete(keyName);
            }
        } catch (CredentialStoreException e) {
            LOG.log(Level.WARNING, "cannot update the saved API key: {0}", e.getMessage());
        }
    }

    private void saveQuietly(boolean keep, String keyName, Secret key) {
        if (!keep) {
            return;
        }
        try {
            secrets.save(keyName, key);
        } catch (CredentialStoreException e) {
            LOG.log(Level.WARNING, "cannot save the new API key: {0}", e.getMessage());
        }
    }

    private static String describe(Throwable failure, boolean withKey) {
        if (failure instanceof ApiException api && api.kind() == ApiException.Kind.UNAUTHORIZED) {
            return withKey ? "The API key was not accepted: it may be wrong, expired or deleted."
                    : "Wrong user name or password. Check both and try again.";
        }
        if (failure instanceof ApiException api && api.kind() == ApiException.Kind.INVALID_INPUT && api.status() == 0) {
            return api.serverMessage();
        }
        return ErrorMessages.describe(failure);
    }
}
