package com.accountdesk.ui.common;

import com.accountdesk.api.ApiException;
import com.accountdesk.model.Provider;

import java.util.logging.Level;
import java.util.logging.Logger;

/** Turns failures into sentences that say what happened and what to do. Never a stack trace. */
public final class ErrorMessages {
    private static final Logger LOG = Logger.getLogger(ErrorMessages.class.getName());

    /** After a write whose answer never came: it may have been done, so repeating it blindly could do it twice. */
    private static final String MAYBE_DONE = "If you were saving a change, it may or may not have been made: "
            + "refresh to check before trying again.";

    private ErrorMessages() {
    }

    public static String describe(Throwable failure) {
        if (failure instanceof ApiException api) {
            return describe(api);
        }
        if (failure instanceof com.accountdesk.credentials.SavedSecretRefused refused) {
            return refused.getMessage(); // written for the user, never holds the secret
        }
        // Only types and frames: a message of an unexpected exception could hold anything (OkHttp's
        // refusal of a header quotes the whole value, a key).
        LOG.log(Level.WARNING, "unexpected failure: {0}", withoutMessages(failure));
        return "Something unexpected went wrong (" + failure.getClass().getSimpleName()
                + "). Try again; if it keeps happening, restart Account Desk.";
    }

    /**
     * The exception's chain as types and stack frames only, for a log: messages are left out because
     * an unexpected exception's message may quote a header value, a body or a key.
     */
    public static String withoutMessages(Throwable failure) {
        StringBuilder s = new StringBuilder();
        java.util.Set<Throwable> seen = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
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
        String status = e.status() > 0 ? " (HTTP " + e.status() + ")" : "";
        String server = said == null || said.isBlank() ? "" : " The server said: " + said;
        return switch (e.kind()) {
            case UNAUTHORIZED -> "Your API key or session is not valid any more (it may have expired or been deleted). Sign in again." + server;
            case FORBIDDEN -> "The server refused this request" + status + ". If the account limits API access with Allow Domains, "
                    + "this computer's address may not be on the list." + server;
            case NOT_FOUND -> "The server does not know this item or address" + status + ". Check the endpoint URL, or refresh: it may have been removed." + server;
            case INVALID_INPUT -> said == null || said.isBlank() ? "The server refused the input" + status + "."
                    : e.status() == 0 ? said // refused here, before sending: the sentence is ours
                    : "The server refused the input: " + said;
            case CONFLICT -> "The request clashes with the account's current state" + status + "; refresh and try again." + server;
            case BUSY -> "ACM is busy with another operation on this environment or cluster. Wait until it has finished "
                    + "(this can take a few minutes), then try again." + server;
            case RATE_LIMITED -> "The server is getting too many requests" + status + ". Wait a moment and try again.";
            case SERVER_ERROR -> "The server had a problem (HTTP " + e.status() + "). Try again in a moment; "
                    + "if it persists, the service may be down." + server;
            case NETWORK -> com.accountdesk.api.HttpTransport.CONNECTION_BROKE.equals(said)
                    ? "The connection broke before the server answered. " + MAYBE_DONE
                    : "Could not reach the server. Check that you are online and that the endpoint URL is right.";
            case TIMEOUT -> "The server did not answer in time. " + MAYBE_DONE;
            case BAD_RESPONSE -> "The server's answer" + status + " could not be understood" + (said == null ? "" : " (" + said + ")")
                    + ". Check that the endpoint URL points at the API.";
            case INSECURE_ENDPOINT -> said;
        };
    }

    /** How an account that signs in through single sign-on gets in: with an API key made in the web console. */
    public static final String SSO_ADVICE = "If your organisation signs in through single sign-on (Google, Microsoft, Okta, Auth0), "
            + "use an API key instead: in ACM's web console open My Account → API Access → Add key, then choose "
            + "\"API key\" here.";

    /** Whether a refused password sign-in is one that single sign-on accounts get. */
    private static boolean signsInElsewhere(ApiException refused) {
        String said = refused.serverMessage();
        return refused.kind() != ApiException.Kind.UNAUTHORIZED && said != null
                && said.toLowerCase(java.util.Locale.ROOT).matches(".*(single sign-on|sso|auth0|identity provider|saml|oauth).*");
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
                return "The API key and secret were not accepted: the secret may be wrong, or the key deactivated "
                        + "or deleted (CrateDB Cloud deletes keys unused for 90 days).";
            }
            return acmKey ? "The API key was not accepted: it may be wrong, expired or deleted."
                    : "Wrong user name or password. Check both and try again. " + SSO_ADVICE;
        }
        if (failure instanceof ApiException api && provider == Provider.ACM && !acmKey && signsInElsewhere(api)) {
            return "This account signs in through single sign-on, which Account Desk cannot use. " + SSO_ADVICE
                    + " (The server said: " + api.serverMessage() + ")";
        }
        if (failure instanceof ApiException api && api.kind() == ApiException.Kind.INVALID_INPUT && api.status() == 0) {
            return api.serverMessage();
        }
        return describe(failure);
    }
}
