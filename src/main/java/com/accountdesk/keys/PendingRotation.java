package com.accountdesk.keys;

import com.accountdesk.model.Provider;

import java.util.List;
import java.util.Objects;

/**
 * How far a key rotation of one account has come, kept so it can be continued or undone after the
 * app quit, the network failed or the app crashed between two steps. Keys are named by the server's
 * key id (CrateDB) or a SHA-256 of the key (ACM, where the key is the secret): never a secret.
 *
 * @param account       the saved account (profile id) the keys belong to
 * @param oldKey        the key being replaced: CrateDB key id, or ACM {@link KeyNames#hash}
 * @param newKey        the replacement, named the same way; null until known
 * @param stage         the last step known to be done
 * @param keysBefore    CrateDB: the keys there were before the new one was asked for, so a key made by
 *                      an interrupted create can be recognised; empty otherwise
 * @param secretKept    the user said the new secret is kept somewhere (or it was saved as the account's secret)
 * @param saved         the new key is the account's saved secret, proven by signing in with it
 * @param saveDeclined  the user chose not to make the new key the account's saved secret
 * @param started       when the rotation began, epoch seconds
 */
public record PendingRotation(String account, Provider provider, String oldKey, String newKey, Stage stage,
                              List<String> keysBefore, boolean secretKept, boolean saved, boolean saveDeclined, long started) {

    /** The steps that change something on the server; each is recorded as soon as it is known to be done (or begun). */
    public enum Stage {
        /** A new key is being made (ACM: its key is known; CrateDB: not yet). */
        CREATING,
        /** The new key is on the account; the old one untouched. */
        CREATED,
        /** CrateDB: the old key is deactivated. */
        DEACTIVATED
    }

    public PendingRotation {
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(provider, "provider");
        Objects.requireNonNull(oldKey, "oldKey");
        Objects.requireNonNull(stage, "stage");
        keysBefore = keysBefore == null ? List.of() : List.copyOf(keysBefore);
    }

    public PendingRotation at(Stage next) {
        return new PendingRotation(account, provider, oldKey, newKey, next, keysBefore, secretKept, saved, saveDeclined, started);
    }

    public PendingRotation withNewKey(String key) {
        return new PendingRotation(account, provider, oldKey, key, stage, keysBefore, secretKept, saved, saveDeclined, started);
    }

    public PendingRotation withSecretKept() {
        return new PendingRotation(account, provider, oldKey, newKey, stage, keysBefore, true, saved, saveDeclined, started);
    }

    public PendingRotation withSaved(boolean isSaved) {
        return new PendingRotation(account, provider, oldKey, newKey, stage, keysBefore, secretKept || isSaved, isSaved, false, started);
    }

    public PendingRotation withSaveDeclined() {
        return new PendingRotation(account, provider, oldKey, newKey, stage, keysBefore, secretKept, saved, true, started);
    }
}
