package com.accountdesk.credentials;

import java.nio.file.Path;

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
}
