package com.accountdesk.credentials;

import com.accountdesk.model.Secret;

import java.util.Optional;

/**
 * Where saved keys, secrets and tokens live, by a name the caller chooses (e.g. "profile/&lt;id&gt;/secret").
 * Implementations: the OS keyring, a user-only file where no keyring exists, memory for tests.
 */
public interface SecretStore {
    Optional<Secret> load(String name) throws CredentialStoreException;

    void save(String name, Secret secret) throws CredentialStoreException;

    void delete(String name) throws CredentialStoreException;

    /** Shown in settings so the user knows where secrets are kept, e.g. "the OS keyring". */
    String description();
}
