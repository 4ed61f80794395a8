package com.accountdesk.credentials;

/**
 * A saved secret was found but not used, for the reason in the message: a sentence for the user
 * that never holds the secret.
 */
public final class SavedSecretRefused extends CredentialStoreException {
    public SavedSecretRefused(String message) {
        super(message, null);
    }
}
