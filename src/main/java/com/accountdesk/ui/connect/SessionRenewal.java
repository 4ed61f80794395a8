package com.accountdesk.ui.connect;

import com.accountdesk.ui.common.Texts;
import com.accountdesk.api.ApiException;
import com.accountdesk.api.HttpTransport;
import com.accountdesk.api.Reauthenticator;
import com.accountdesk.api.acm.AcmClient;
import com.accountdesk.model.LoginAnswer;
import com.accountdesk.model.PastedKey;
import com.accountdesk.model.SignIn;
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

    /** What the user is asked for. */
    public enum Asked { PASSWORD, API_KEY, VERIFICATION_CODE }

    /** Asks the user for the password, API key or verification code; empty when they cancel. Blocks until answered. */
    @FunctionalInterface
    public interface Prompt {
        Optional<Secret> ask(Asked what, String login, String problem) throws InterruptedException;
    }

    public static final String EXPIRED = Texts.get("connect.renew.expired");

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

    /** The password was right; asks for the verification code until one is accepted or the user gives up. */
    private Optional<Secret> verify(LoginAnswer.SecondFactorNeeded pending) throws InterruptedException {
        String problem = Texts.get("connect.renew.enterCode");
        while (true) {
            Optional<Secret> code = prompt.ask(Asked.VERIFICATION_CODE, login, problem);
            if (code.isEmpty() || code.get().isEmpty()) {
                return Optional.empty();
            }
            try {
                return Optional.of(AcmClient.verify(base, pending, code.get().reveal(), http).token());
            } catch (ApiException e) {
                problem = e.kind() == ApiException.Kind.UNAUTHORIZED
                        ? Texts.get("connect.renew.codeRefused")
                        : ErrorMessages.describe(e);
            }
        }
    }

    @Override
    public Optional<Secret> renew(ApiException refused) throws InterruptedException {
        String problem = EXPIRED;
        while (true) {
            Optional<Secret> typed = prompt.ask(withKey ? Asked.API_KEY : Asked.PASSWORD, login, problem);
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
                LoginAnswer answer = AcmClient.login(base, login, typed.get(), http);
                if (answer instanceof SignIn signIn) {
                    return Optional.of(signIn.token());
                }
                return verify((LoginAnswer.SecondFactorNeeded) answer);
            } catch (ApiException e) {
                problem = e.kind() == ApiException.Kind.UNAUTHORIZED
                        ? (withKey ? Texts.get("connect.renew.keyRefused") : Texts.get("connect.renew.wrongPassword"))
                        : ErrorMessages.describe(e);
            }
        }
    }
}
