package com.accountdesk.credentials;

/** The credential store could not be read or written; the message never holds a secret. */
public class CredentialStoreException extends Exception {
    public CredentialStoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
