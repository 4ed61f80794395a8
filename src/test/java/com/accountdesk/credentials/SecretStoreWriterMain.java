package com.accountdesk.credentials;

import com.accountdesk.model.Secret;

import java.nio.file.Path;

/** A second process writing to the same credential file: {@code FILE PREFIX COUNT}, for {@link ConcurrentSecretStoreTest}. */
public final class SecretStoreWriterMain {
    private SecretStoreWriterMain() {
    }

    public static void main(String[] args) throws Exception {
        FileSecretStore store = new FileSecretStore(Path.of(args[0]));
        for (int i = 0; i < Integer.parseInt(args[2]); i++) {
            store.save(args[1] + i, Secret.of("value-" + args[1] + i));
        }
    }
}
