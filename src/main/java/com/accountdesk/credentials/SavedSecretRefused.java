package com.accountdesk.credentials;

/**
 * A saved secret was found but not used, for the reason in the message: a sentence for the user
 * that never holds the secret.
 */
public final class SavedSecretRefused extends CredentialStoreException {
    private static final long serialVersionUID = 1L;
    public SavedSecretRefused(String message) {
        super(message, null);
    }
}
