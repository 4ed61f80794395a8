package com.accountdesk.credentials;

import com.accountdesk.model.Secret;

import java.util.Optional;
import java.util.function.Supplier;

/**
 * A secret store chosen at its first load, save or description rather than when the app is built:
 * probing the keyring loads JNA and D-Bus, which the first window should not wait for.
 */
public final class SecretStoreOnFirstUse implements SecretStore {
    private final Supplier<SecretStore> opener;
    private SecretStore store;

    /** @param opener chooses the store, e.g. {@code () -> SecretStores.open(dir)}; called once */
    public SecretStoreOnFirstUse(Supplier<SecretStore> opener) {
        this.opener = opener;
    }

    /** The store itself, chosen now if not yet. */
    public synchronized SecretStore store() {
        if (store == null) {
            store = opener.get();
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
}
