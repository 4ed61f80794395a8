package com.accountdesk.credentials;

import com.accountdesk.model.Secret;

import java.nio.file.Path;
import java.util.Optional;

/** Chooses where secrets live: the OS keyring when there is one, else a user-only file. */
public final class SecretStores {
    /** {@code -Daccountdesk.keyring=off} skips the keyring (tests set it, so they never touch the user's). */
    public static final String KEYRING_PROPERTY = "accountdesk.keyring";
    public static final String FILE_NAME = "credentials.json";

    private SecretStores() {
    }

    public static SecretStore open(Path configDir) {
        if (!"off".equalsIgnoreCase(System.getProperty(KEYRING_PROPERTY, ""))) {
            var keyring = KeyringSecretStore.open();
            if (keyring.isPresent()) {
                return keyring.get();
            }
        }
        return new FileSecretStore(configDir.resolve(FILE_NAME));
    }

    /**
     * The same choice as {@link #open}, made at the first load, save or description rather than now:
     * probing the keyring loads JNA and D-Bus, which the first window should not wait for.
     */
    public static SecretStore openOnFirstUse(Path configDir) {
        return new SecretStore() {
            private SecretStore store;

            private synchronized SecretStore store() {
                if (store == null) {
                    store = open(configDir);
                }
                return store;
            }

            @Override
            public Optional<Secret> load(String name) throws CredentialStoreException {
                return store().load(name);
            }

            @Override
            public void save(String name, Secret secret) throws CredentialStoreException {
                store().save(name, secret);
            }

            @Override
            public void delete(String name) throws CredentialStoreException {
                store().delete(name);
            }

            @Override
            public String description() {
                return store().description();
            }
        };
    }
}
