package com.accountdesk.ui.connect;

import com.accountdesk.api.ApiException;
import com.accountdesk.api.HttpTransport;
import com.accountdesk.api.Reauthenticator;
import com.accountdesk.api.acm.AcmClient;
import com.accountdesk.model.PastedKey;
import com.accountdesk.model.Secret;
import com.accountdesk.ui.common.ErrorMessages;
import okhttp3.HttpUrl;

import java.util.Optional;
import java.util.function.Consumer;

/**
 * Signs in again when the session ends mid-work: asks the user (the way they first signed in),
 * checks the answer with the server, and asks again with the reason until it works or the user
 * cancels. Runs on the worker thread whose call was refused; only the {@link Prompt} touches the UI.
 */
public final class SessionRenewal implements Reauthenticator {

    /** Asks the user for the password or API key; empty when they cancel. Blocks until answered. */
    @FunctionalInterface
    public interface Prompt {
        Optional<Secret> ask(boolean apiKey, String login, String problem) throws InterruptedException;
    }

    public static final String EXPIRED = "Your session has expired. Sign in again to finish what you were doing; "
            + "nothing you typed is lost.";

    private final HttpUrl base;
    private final boolean withKey;
    private final String login;
    private final HttpTransport http;
    private final Prompt prompt;
    private final Consumer<Secret> onNewKey;

    /** @param onNewKey told of a new API key that worked (to remember it if the user chose so) */
    public SessionRenewal(HttpUrl base, boolean withKey, String login, HttpTransport http, Prompt prompt,
                          Consumer<Secret> onNewKey) {
        this.base = base;
        this.withKey = withKey;
        this.login = login;
        this.http = http;
        this.prompt = prompt;
        this.onNewKey = onNewKey;
    }

    @Override
    public Optional<Secret> renew(ApiException refused) throws InterruptedException {
        String problem = EXPIRED;
        while (true) {
            Optional<Secret> typed = prompt.ask(withKey, login, problem);
            if (typed.isEmpty() || typed.get().isEmpty()) {
                return Optional.empty();
            }
            try {
                if (withKey) {
                    Secret key = PastedKey.clean(typed.get().reveal()).secret();
                    new AcmClient(base, key, http).account(); // a client with no renewal of its own: no loop
                    onNewKey.accept(key);
                    return Optional.of(key);
                }
                return Optional.of(AcmClient.login(base, login, typed.get(), http).token());
            } catch (ApiException e) {
                problem = e.kind() == ApiException.Kind.UNAUTHORIZED
                        ? (withKey ? "That API key was not accepted: it may be wrong, expired or deleted."
                        : "Wrong password. Try again.")
                        : ErrorMessages.describe(e);
            }
        }
    }
}
