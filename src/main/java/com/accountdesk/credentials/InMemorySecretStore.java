package com.accountdesk.credentials;

import com.accountdesk.model.Secret;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Keeps secrets for this run only: "don't remember", and tests. */
public final class InMemorySecretStore implements SecretStore {
    private final Map<String, Secret> secrets = new ConcurrentHashMap<>();

    @Override
    public Optional<Secret> load(String name) {
        return Optional.ofNullable(secrets.get(name));
    }

    @Override
    public void save(String name, Secret secret) {
        secrets.put(name, secret);
    }

    @Override
    public void delete(String name) {
        secrets.remove(name);
    }

    @Override
    public String description() {
        return "memory only (forgotten when Account Desk quits)";
    }
}
