package com.accountdesk.credentials;

/** The credential store could not be read or written; the message never holds a secret. */
public class CredentialStoreException extends Exception {
    private static final long serialVersionUID = 1L;
    public CredentialStoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
