package com.accountdesk.ui.common;

import com.accountdesk.api.ApiException;
import com.accountdesk.api.HttpTransport;
import com.accountdesk.credentials.SavedSecretRefused;
import com.accountdesk.keys.AcmKeys;
import com.accountdesk.model.Provider;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Locale;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Turns failures into sentences that say what happened and what to do. Never a stack trace. */
public final class ErrorMessages {
    private static final Logger LOG = Logger.getLogger(ErrorMessages.class.getName());

    /** After a write whose answer never came: it may have been done, so repeating it blindly could do it twice. */
    private static final String MAYBE_DONE = Texts.get("error.maybeDone");

    private ErrorMessages() {
    }

    public static String describe(Throwable failure) {
        if (failure instanceof ApiException api) {
            return describe(api);
        }
        if (failure instanceof SavedSecretRefused refused) {
            return refused.getMessage(); // written for the user, never holds the secret
        }
        if (failure instanceof AcmKeys.Refused refused) {
            return describe(refused);
        }
        // Only types and frames: a message of an unexpected exception could hold anything (OkHttp's
        // refusal of a header quotes the whole value, a key).
        LOG.log(Level.WARNING, "unexpected failure: {0}", withoutMessages(failure));
        return Texts.get("error.unexpected", failure.getClass().getSimpleName());
    }

    /**
     * The exception's chain as types and stack frames only, for a log: messages are left out because
     * an unexpected exception's message may quote a header value, a body or a key.
     */
    public static String withoutMessages(Throwable failure) {
        StringBuilder s = new StringBuilder();
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Throwable t = failure; t != null && seen.add(t); t = t.getCause()) {
            s.append(t == failure ? "" : "\nCaused by: ").append(t.getClass().getName());
            StackTraceElement[] frames = t.getStackTrace();
            for (int i = 0; i < Math.min(frames.length, 12); i++) {
                s.append("\n\tat ").append(frames[i]);
            }
        }
        return s.toString();
    }

    public static String describe(ApiException e) {
        String said = e.serverMessage();
        // Every answer the server gave is named by its status, so an unfamiliar one can still be looked up.
        String status = e.status() > 0 ? Texts.get("error.status", e.status()) : "";
        String server = said == null || said.isBlank() ? "" : Texts.get("error.serverSaid", said);
        return switch (e.kind()) {
            case UNAUTHORIZED -> Texts.get("error.unauthorized", server);
            case FORBIDDEN -> e.missingRight().isPresent()
                    ? Texts.get("error.forbidden.right", status, "\u201c" + e.missingRight().get() + "\u201d", server)
                    : Texts.get("error.forbidden", status, server);
            case NOT_FOUND -> Texts.get("error.notFound", status, server);
            case INVALID_INPUT -> said == null || said.isBlank() ? Texts.get("error.invalidInput", status)
                    : e.status() == 0 ? said // refused here, before sending: the sentence is ours
                    : Texts.get("error.invalidInput.said", said);
            case CONFLICT -> Texts.get("error.conflict", status, server);
            case BUSY -> Texts.get("error.busy", server);
            case RATE_LIMITED -> Texts.get("error.rateLimited", status);
            case SERVER_ERROR -> Texts.get("error.serverError", e.status(), server);
            case NETWORK -> HttpTransport.CONNECTION_BROKE.equals(said)
                    ? Texts.get("error.connectionBroke", MAYBE_DONE)
                    : Texts.get("error.network");
            case TIMEOUT -> Texts.get("error.timeout", MAYBE_DONE);
            case BAD_RESPONSE -> Texts.get("error.badResponse", status, said == null ? "" : " (" + said + ")");
            case INSECURE_ENDPOINT -> said;
        };
    }

    /**
     * Whether a change may have been made although its answer never came (the connection broke after
     * sending, or the answer was too late): the failures {@code describe} adds "may or may not have
     * been made" to.
     */
    public static boolean answerNeverCame(Throwable failure) {
        return failure instanceof ApiException e && (e.kind() == ApiException.Kind.TIMEOUT
                || e.kind() == ApiException.Kind.NETWORK && HttpTransport.CONNECTION_BROKE.equals(e.serverMessage()));
    }

    /** Why keys cannot be changed when ACM's account answer does not list them. */
    public static final String KEYS_NOT_LISTED = Texts.get("account.keys.notListed");

    /** A key change ACM's key service would not make. */
    public static String describe(AcmKeys.Refused refused) {
        return switch (refused.why()) {
            case KEYS_NOT_LISTED -> KEYS_NOT_LISTED;
            case AT_LIMIT -> Texts.get("account.keys.atLimit", refused.count());
            case GONE -> Texts.get("account.keys.gone", refused.key().masked());
        };
    }

    /** How an account that signs in through single sign-on gets in: with an API key made in the web console. */
    public static final String SSO_ADVICE = Texts.get("error.ssoAdvice");

    /** Whether a refused password sign-in is one that single sign-on accounts get. */
    private static boolean signsInElsewhere(ApiException refused) {
        String said = refused.serverMessage();
        return refused.kind() != ApiException.Kind.UNAUTHORIZED && said != null
                && said.toLowerCase(Locale.ROOT).matches(".*(single sign-on|sso|auth0|identity provider|saml|oauth).*");
    }

    /**
     * A failed sign-in: a refusal names what may be wrong with what was typed (the sign-in screen and
     * {@code account-desk login} say the same).
     *
     * @param acmKey for ACM, whether an API key (not a password) was refused
     */
    public static String describeSignIn(Throwable failure, Provider provider, boolean acmKey) {
        if (failure instanceof ApiException api && api.kind() == ApiException.Kind.UNAUTHORIZED) {
            if (provider == Provider.CRATEDB) {
                return Texts.get("error.signIn.crate");
            }
            return acmKey ? Texts.get("error.signIn.key") : Texts.get("error.signIn.password", SSO_ADVICE);
        }
        if (failure instanceof ApiException api && provider == Provider.ACM && !acmKey && signsInElsewhere(api)) {
            return Texts.get("error.signIn.sso", SSO_ADVICE, api.serverMessage());
        }
        if (failure instanceof ApiException api && api.kind() == ApiException.Kind.INVALID_INPUT && api.status() == 0) {
            return api.serverMessage();
        }
        // Nothing to check or refresh before a sign-in: without an answer there is no session here.
        if (failure instanceof ApiException api && api.kind() == ApiException.Kind.TIMEOUT) {
            return Texts.get("error.signIn.timeout");
        }
        if (answerNeverCame(failure)) {
            return Texts.get("error.signIn.connectionBroke");
        }
        return describe(failure);
    }
}
