package com.accountdesk.ui.connect;

import com.accountdesk.api.ApiException;
import com.accountdesk.api.Endpoints;
import com.accountdesk.api.HttpTransport;
import com.accountdesk.api.acm.AcmClient;
import com.accountdesk.app.Session;
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
import java.util.function.Consumer;

/** The connect screen's state: endpoint, how to sign in, progress and the error to show. */
public final class ConnectViewModel {
    private final HttpTransport http;
    private final Executor executor;

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

    public ConnectViewModel(HttpTransport http, Executor executor, CompletableFuture<SandboxServer> sandboxServer) {
        this.http = http;
        this.executor = executor;
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
        Tasks.create(() -> signIn(typedEndpoint, withKey, user, secret, onSandbox))
                .busy(busy)
                .onSuccess(session -> {
                    password.set("");
                    apiKey.set("");
                    onConnected.accept(session);
                })
                .onError(failure -> error.set(describe(failure, withKey)))
                .runOn(executor);
    }

    private Session signIn(String typedEndpoint, boolean withKey, String user, Secret secret, boolean onSandbox) throws ApiException {
        HttpUrl base = Endpoints.parseBase(typedEndpoint);
        if (withKey) {
            AcmClient client = new AcmClient(base, secret, http);
            AccountInfo account = client.account();
            return new Session(client, account.displayName(), account.email(), onSandbox);
        }
        SignIn signIn = AcmClient.login(base, user, secret, http);
        AcmClient client = new AcmClient(base, signIn.token(), http);
        String name = signIn.name() != null && !signIn.name().isBlank() ? signIn.name() : signIn.email();
        return new Session(client, name == null ? user : name, signIn.email(), onSandbox);
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
