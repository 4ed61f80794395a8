package com.accountdesk.credentials;

import com.accountdesk.model.Secret;
import com.github.javakeyring.BackendNotSupportedException;
import com.github.javakeyring.Keyring;
import com.github.javakeyring.PasswordAccessException;

import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Secrets in the operating system's keyring (macOS Keychain, Windows Credential Manager, the
 * freedesktop Secret Service or KWallet), through java-keyring. Entries are filed under the
 * service name "Account Desk" with the caller's name as the account.
 */
public final class KeyringSecretStore implements SecretStore {
    private static final Logger LOG = Logger.getLogger(KeyringSecretStore.class.getName());
    static final String SERVICE = "Account Desk";
    private static final String PROBE = "account-desk/probe";

    private final Keyring keyring;

    private KeyringSecretStore(Keyring keyring) {
        this.keyring = keyring;
    }

    /**
     * Opens the keyring and checks it answers (a Secret Service may exist on the bus yet be
     * unusable, e.g. with no session); empty when there is none to use.
     */
    public static Optional<KeyringSecretStore> open() {
        try {
            Keyring keyring = Keyring.create();
            KeyringSecretStore store = new KeyringSecretStore(keyring);
            store.save(PROBE, Secret.of("probe"));
            store.delete(PROBE);
            return Optional.of(store);
        } catch (BackendNotSupportedException | CredentialStoreException | RuntimeException | LinkageError e) {
            // Only the type: the library's messages are not ours to vet.
            LOG.log(Level.INFO, "no usable OS keyring ({0}); secrets go to the user-only file", e.getClass().getSimpleName());
            return Optional.empty();
        }
    }

    @Override
    public synchronized Optional<Secret> load(String name) {
        try {
            String value = keyring.getPassword(SERVICE, name);
            return value == null ? Optional.empty() : Optional.of(Secret.of(value));
        } catch (PasswordAccessException e) {
            return Optional.empty(); // the keyring says "not found" and "failed" the same way
        }
    }

    @Override
    public synchronized void save(String name, Secret secret) throws CredentialStoreException {
        try {
            keyring.setPassword(SERVICE, name, secret.reveal());
        } catch (PasswordAccessException | RuntimeException e) {
            throw new CredentialStoreException("the OS keyring refused to save '" + name + "'", null);
        }
    }

    @Override
    public synchronized void delete(String name) throws CredentialStoreException {
        if (load(name).isEmpty()) {
            return;
        }
        try {
            keyring.deletePassword(SERVICE, name);
        } catch (PasswordAccessException | RuntimeException e) {
            throw new CredentialStoreException("the OS keyring refused to delete '" + name + "'", null);
        }
    }

    @Override
    public String description() {
        return "the OS keyring (" + keyring.getKeyringStorageType().name().toLowerCase().replace('_', ' ') + ")";
    }
}
