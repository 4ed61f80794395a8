package com.accountdesk.api;

import com.accountdesk.model.Secret;

import java.util.Optional;

/**
 * Gets a fresh token when the current one is refused (401) in the middle of work, typically by
 * asking the user to sign in again. Called on the worker thread that made the failed call, which
 * waits for the answer; the call is then sent again with the new token. A 401 means the server
 * did nothing, so sending the same request again does not repeat an action.
 */
@FunctionalInterface
public interface Reauthenticator {
    /** @return the new token, or empty when the user cancelled (the original 401 is then reported) */
    Optional<Secret> renew(ApiException refused) throws InterruptedException;
}
