package com.accountdesk.ui.connect;

import com.accountdesk.api.ApiException;
import com.accountdesk.session.Accounts;
import com.accountdesk.session.Session;
import com.accountdesk.credentials.Profile;
import com.accountdesk.model.LoginAnswer;
import com.accountdesk.model.PastedKey;
import com.accountdesk.model.Provider;
import com.accountdesk.model.Secret;
import com.accountdesk.ui.common.Background;
import com.accountdesk.ui.common.ErrorMessages;
import com.accountdesk.ui.common.Texts;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.Map;
import java.util.function.Consumer;

/**
 * The connect screen's state: which cloud, endpoint, credentials, the saved accounts to pick
 * from, progress and the error to show. A successful sign-in saves the account as a profile.
 */
public final class ConnectViewModel {
    private final Accounts accounts;
    private final Background background;

    private final ObjectProperty<Provider> provider = new SimpleObjectProperty<>(Provider.ACM);
    private final StringProperty endpoint = new SimpleStringProperty("");
    private final StringProperty login = new SimpleStringProperty("");
    private final StringProperty password = new SimpleStringProperty("");
    private final StringProperty apiKey = new SimpleStringProperty("");
    private final BooleanProperty useApiKey = new SimpleBooleanProperty(false);
    private final StringProperty crateKey = new SimpleStringProperty("");
    private final StringProperty crateSecret = new SimpleStringProperty("");
    private final StringProperty region = new SimpleStringProperty("");
    private final BooleanProperty rememberSecret = new SimpleBooleanProperty(true);
    /** The second step of a two-factor sign-in: the code, and the password step it completes (null: none). */
    private final StringProperty code = new SimpleStringProperty("");
    private final ObjectProperty<LoginAnswer.SecondFactorNeeded> pendingCode = new SimpleObjectProperty<>();
    private final BooleanBinding codeNeeded = pendingCode.isNotNull();
    private final BooleanProperty busy = new SimpleBooleanProperty(false);
    private final StringProperty error = new SimpleStringProperty("");
    private final ReadOnlyBooleanWrapper sandbox = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper sandboxHint = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper pasteNote = new ReadOnlyStringWrapper("");
    private final ObservableList<Profile> profiles = FXCollections.observableArrayList();
    private final ObjectProperty<Profile> selectedProfile = new SimpleObjectProperty<>();
    /** The embedded sandbox once it is up; null before, and when none runs. */
    private final ObjectProperty<LocalSandbox> sandboxServer = new SimpleObjectProperty<>();
    /** Whether the sandbox has started, failed or is known not to run: nothing to wait for. */
    private boolean sandboxSettled;
    /** A sandbox profile chosen before the sandbox was up: its endpoint is filled in once it is. */
    private boolean endpointAwaitsSandbox = true;
    /** What to do once the sandbox is up (sign in to the account opened at start); null: nothing. */
    private Runnable afterSandbox;
    /** Set while {@link #open} selects the profile itself, so the selection does not open it twice. */
    private boolean opening;

    /**
     * The connect screen with the saved accounts listed now (read from disk, no network). Until
     * {@link #sandboxStarted} or {@link #sandboxFailed} is called the endpoint waits for the sandbox.
     */
    public ConnectViewModel(Accounts accounts, Background background) {
        this(accounts, background, true);
    }

    /**
     * The connect screen at start: its saved accounts come with {@link #loadSavedAccounts}, in the
     * background, once the first frame is drawn (reading them loads Jackson).
     */
    public static ConnectViewModel withSavedAccountsLater(Accounts accounts, Background background) {
        return new ConnectViewModel(accounts, background, false);
    }

    private ConnectViewModel(Accounts accounts, Background background, boolean savedAccountsNow) {
        this.accounts = accounts;
        this.background = background;
        if (savedAccountsNow) {
            profiles.setAll(accounts.profiles());
        }
        provider.addListener((obs, old, now) -> {
            // Follow the provider unless the user typed an endpoint of their own.
            if (endpoint.get().isBlank() || endpoint.get().trim().equals(defaultEndpoint(old))) {
                endpoint.set(defaultEndpoint(now));
            }
        });
        sandbox.bind(Bindings.createBooleanBinding(() -> sandboxServer.get() != null
                && sandboxUrl(provider.get()).equals(endpoint.get().trim()), endpoint, provider, sandboxServer));
        sandboxHint.bind(Bindings.createStringBinding(() -> {
            LocalSandbox server = sandboxServer.get();
            if (!sandbox.get() || server == null) {
                return "";
            }
            return provider.get() == Provider.CRATEDB
                    ? Texts.get("connect.sandboxHint.crate", server.crateKey(), server.crateSecret())
                    : Texts.get("connect.sandboxHint.acm", server.login(), server.password(), server.twoFactorLogin(),
                    server.twoFactorCode());
        }, sandbox, provider, sandboxServer));
        // Said as soon as a key or secret with invisible characters is pasted; they are left out when signing in.
        pasteNote.bind(Bindings.createStringBinding(() -> PastedKey.clean(provider.get() == Provider.CRATEDB
                        ? crateKey.get() + crateSecret.get() : useApiKey.get() ? apiKey.get() : "").note(),
                provider, useApiKey, apiKey, crateKey, crateSecret));
        // A code belongs to the sign-in it was asked for: changing who signs in where starts over.
        for (Observable changed : new Observable[]{provider, endpoint, login, useApiKey}) {
            changed.addListener(o -> {
                pendingCode.set(null);
                code.set("");
            });
        }
        selectedProfile.addListener((obs, old, chosen) -> {
            if (chosen != null && !opening) {
                open(chosen, false, null);
            }
        });
    }

    /**
     * The embedded sandbox is up ({@code server}), or none runs because a real endpoint is configured
     * (null): the endpoint follows, and a sign-in that waited for the sandbox goes ahead.
     */
    public void sandboxStarted(LocalSandbox server) {
        sandboxServer.set(server);
        sandboxSettled = true;
        if (endpointAwaitsSandbox || endpoint.get().isBlank()) {
            endpoint.set(defaultEndpoint(provider.get()));
        }
        endpointAwaitsSandbox = false;
        Runnable then = afterSandbox;
        afterSandbox = null;
        if (then != null) {
            then.run();
        }
    }

    /** The embedded sandbox could not start: say so, and offer the real service's endpoint instead. */
    public void sandboxFailed(Throwable failure) {
        sandboxSettled = true;
        endpointAwaitsSandbox = false;
        afterSandbox = null;
        Throwable cause = failure.getCause() != null ? failure.getCause() : failure;
        error.set(Texts.get("connect.sandboxFailed", cause.getClass().getSimpleName()));
        if (endpoint.get().isBlank() || endpoint.get().trim().equals(sandboxUrl(provider.get()))) {
            endpoint.set(accounts.defaultEndpoint(provider.get()));
        }
    }

    private String sandboxUrl(Provider p) {
        LocalSandbox server = sandboxServer.get();
        return server == null ? "" : p == Provider.CRATEDB ? server.crateBaseUrl() : server.acmBaseUrl();
    }

    /** The sandbox's URL for the provider when the sandbox runs, else the provider's service. */
    private String defaultEndpoint(Provider p) {
        return sandboxServer.get() != null ? sandboxUrl(p) : accounts.defaultEndpoint(p);
    }

    public ObjectProperty<Provider> providerProperty() {
        return provider;
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

    public StringProperty crateKeyProperty() {
        return crateKey;
    }

    public StringProperty crateSecretProperty() {
        return crateSecret;
    }

    public StringProperty regionProperty() {
        return region;
    }

    public BooleanProperty rememberSecretProperty() {
        return rememberSecret;
    }

    /** The verification code of a two-factor sign-in. */
    public StringProperty codeProperty() {
        return code;
    }

    /** True once the password was accepted and the server asks for a verification code. */
    public BooleanBinding codeNeeded() {
        return codeNeeded;
    }

    /** Whether the chosen way of signing in has a secret that may be saved: an API key, not a password. */
    public BooleanBinding secretCanBeKept() {
        return Bindings.createBooleanBinding(() -> provider.get() == Provider.CRATEDB || useApiKey.get(), provider, useApiKey);
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

    public ReadOnlyStringProperty sandboxHintProperty() {
        return sandboxHint.getReadOnlyProperty();
    }

    /** Which invisible characters a pasted key or secret holds (they are left out), or "". */
    public ReadOnlyStringProperty pasteNoteProperty() {
        return pasteNote.getReadOnlyProperty();
    }

    /** The saved accounts, to pick one. */
    public ObservableList<Profile> profiles() {
        return profiles;
    }

    public ObjectProperty<Profile> selectedProfileProperty() {
        return selectedProfile;
    }

    /** Whether Connect can be pressed: not busy and the chosen way of signing in is filled in. */
    public BooleanBinding canConnect() {
        return busy.not().and(endpoint.isNotEmpty()).and(Bindings.createBooleanBinding(() -> switch (provider.get()) {
            case CRATEDB -> !crateKey.get().isBlank() && !crateSecret.get().isEmpty();
            case ACM -> useApiKey.get() ? !apiKey.get().isBlank() : codeNeeded.get() ? !code.get().isBlank()
                    : !login.get().isBlank() && !password.get().isEmpty();
        }, provider, useApiKey, apiKey, login, password, crateKey, crateSecret, codeNeeded, code));
    }

    /**
     * Opens the account used last, if any: signed in at once with its saved secret (once the
     * sandbox is up, for a sandbox account), or filled in and waiting for its password.
     */
    public void openLastUsed(Consumer<Session> onConnected) {
        accounts.lastUsed().ifPresent(p -> open(p, true, onConnected));
    }

    /**
     * Reads the saved accounts in the background, then lists them and opens the one used last as
     * {@link #openLastUsed} does, unless the user has begun filling in the form meanwhile.
     */
    public void loadSavedAccounts(Consumer<Session> onConnected) {
        background.run(() -> Map.entry(accounts.profiles(), accounts.lastUsed()), null, saved -> {
            profiles.setAll(saved.getKey());
            if (selectedProfile.get() == null && untouched()) {
                saved.getValue().ifPresent(p -> open(p, true, onConnected));
            }
        }, failure -> error.set(ErrorMessages.describe(failure)));
    }

    /** Nothing typed yet that opening an account would overwrite. */
    private boolean untouched() {
        return login.get().isEmpty() && password.get().isEmpty() && apiKey.get().isEmpty()
                && crateKey.get().isEmpty() && crateSecret.get().isEmpty();
    }

    /**
     * Fills the form from a saved account, with its saved secret when there is one, and then
     * signs in at once if {@code connectWhenSecretSaved} (at start, and switching accounts from the
     * user menu).
     */
    public void open(Profile profile, boolean connectWhenSecretSaved, Consumer<Session> onConnected) {
        error.set("");
        provider.set(profile.provider());
        if (profile.onSandbox()) {
            endpointAwaitsSandbox = sandboxServer.get() == null && !sandboxSettled;
            endpoint.set(sandboxUrl(profile.provider()));
        } else {
            endpointAwaitsSandbox = false;
            endpoint.set(profile.endpoint());
        }
        password.set("");
        apiKey.set("");
        crateSecret.set("");
        region.set(profile.region());
        if (profile.provider() == Provider.CRATEDB) {
            crateKey.set(profile.login());
        } else {
            useApiKey.set(profile.usesAcmApiKey());
            login.set(profile.login());
        }
        opening = true;
        try {
            selectedProfile.set(profile);
        } finally {
            opening = false;
        }
        background.run(() -> accounts.savedSecret(profile), busy,
                secret -> secret.ifPresent(s -> {
                    secretProperty().set(s.reveal());
                    if (connectWhenSecretSaved && onConnected != null) {
                        whenEndpointReady(() -> {
                            if (canConnect().get()) {
                                connect(onConnected);
                            }
                        });
                    }
                }),
                failure -> error.set(ErrorMessages.describe(failure)));
    }

    /** Runs now, or once the sandbox is up when the endpoint waits for it. */
    private void whenEndpointReady(Runnable action) {
        if (endpointAwaitsSandbox) {
            afterSandbox = action;
        } else {
            action.run();
        }
    }

    /** The field the current way of signing in reads its secret from. */
    private StringProperty secretProperty() {
        if (provider.get() == Provider.CRATEDB) {
            return crateSecret;
        }
        return useApiKey.get() ? apiKey : password;
    }

    /** Signs in off the FX thread; on success saves the profile and hands the session on, on failure keeps all that was typed. */
    public void connect(Consumer<Session> onConnected) {
        error.set("");
        Provider p = provider.get();
        String typedEndpoint = endpoint.get().trim();
        boolean onSandbox = sandbox.get();
        boolean acmKey = p == Provider.ACM && useApiKey.get();
        // Keys and secrets are cleaned of invisible characters a paste brings along; a password is taken as typed.
        PastedKey pastedKey = PastedKey.clean(p == Provider.CRATEDB ? crateKey.get() : "");
        PastedKey pastedSecret = PastedKey.clean(p == Provider.CRATEDB ? crateSecret.get() : acmKey ? apiKey.get() : "");
        String who = p == Provider.CRATEDB ? pastedKey.value() : acmKey ? "" : login.get().trim();
        Secret secret = p == Provider.CRATEDB || acmKey ? pastedSecret.secret() : Secret.of(password.get());
        Profile draft = Profile.draft(p, onSandbox ? Profile.SANDBOX : typedEndpoint, who,
                p == Provider.CRATEDB ? region.get().trim() : "");
        boolean keep = rememberSecret.get();
        LoginAnswer.SecondFactorNeeded pending = acmKey || p != Provider.ACM ? null : pendingCode.get();
        String typedCode = code.get().trim();
        background.run(() -> {
                    Session session = pending != null
                            ? accounts.verify(draft, typedEndpoint, pending, typedCode, onSandbox)
                            : accounts.signIn(draft, typedEndpoint, secret, onSandbox);
                    Profile saved = accounts.remember(draft.withUser(session.displayName(), session.email())
                            .withSecondFactor(pending != null), secret, keep);
                    return session.withProfile(saved);
                }, busy,
                session -> {
                    password.set("");
                    apiKey.set("");
                    crateSecret.set("");
                    code.set("");
                    pendingCode.set(null);
                    onConnected.accept(session);
                },
                failure -> {
                    if (failure instanceof Accounts.CodeRequired required) {
                        pendingCode.set(required.pending());
                        error.set("");
                        return;
                    }
                    if (pending != null && ErrorMessages.answerNeverCame(failure)) {
                        // The challenge may be used up: sending the code to it again could only be refused.
                        pendingCode.set(null);
                        error.set(Texts.get("connect.codeUnanswered"));
                        return;
                    }
                    if (pending != null && failure instanceof ApiException api && api.kind() == ApiException.Kind.UNAUTHORIZED) {
                        error.set(Texts.get("connect.codeRefused"));
                        return;
                    }
                    error.set(ErrorMessages.describeSignIn(failure, p, acmKey));
                });
    }
}
