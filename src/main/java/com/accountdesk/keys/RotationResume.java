package com.accountdesk.keys;

import com.accountdesk.api.ApiException;
import com.accountdesk.credentials.Profile;
import com.accountdesk.model.Secret;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A rotation left unfinished (quit, crash, network), taken up again from its record: where it stands
 * on the server and what that calls for. The rotation's UI asks and acts on the answer. Blocking.
 */
public final class RotationResume {

    /** What an unfinished rotation calls for. */
    public enum Next {
        /** No new key was made: the record is forgotten. */
        NOTHING_MADE,
        /** CrateDB: a create cut short made keys whose secrets are lost ({@link Found#strays()}): delete them, start over. */
        DELETE_STRAYS,
        /** The old key is gone already: the record is forgotten. */
        OLD_GONE,
        /** The new key is gone: the rotation is undone. */
        NEW_GONE,
        /** CrateDB: the new key's secret, shown once, was neither kept nor saved: undo and start over. */
        SECRET_LOST,
        /** Continue where it stopped, or undo. */
        CONTINUE
    }

    /**
     * Where an unfinished rotation stands on the server.
     *
     * @param ids      the keys on the account now
     * @param oldKey   ACM: the old key, if still listed; CrateDB: null
     * @param newKey   the new key's secret, if it can be had again (ACM: listed; CrateDB: saved as the account's)
     * @param oldSaved whether the old key is the account's saved secret
     */
    public record Found(PendingRotation record, List<String> ids, Secret oldKey, Secret newKey, boolean oldSaved) {
        private boolean has(String id) {
            return id != null && ids.contains(id);
        }

        /** Keys made since the create was asked for, other than the old one. */
        public List<String> strays() {
            List<String> strays = new ArrayList<>(ids);
            strays.removeAll(record.keysBefore());
            strays.remove(record.oldKey());
            return strays;
        }

        public Next next() {
            if (record.stage() == PendingRotation.Stage.CREATING) {
                // A new key named in the record but not on the account (see look) was never added.
                return record.newKey() != null || strays().isEmpty() ? Next.NOTHING_MADE : Next.DELETE_STRAYS;
            }
            if (!has(record.oldKey())) {
                return Next.OLD_GONE;
            }
            if (!has(record.newKey())) {
                return Next.NEW_GONE;
            }
            return newKey == null && !record.secretKept() ? Next.SECRET_LOST : Next.CONTINUE;
        }
    }

    private final KeyRotation rotation;

    public RotationResume(KeyRotation rotation) {
        this.rotation = Objects.requireNonNull(rotation, "rotation");
    }

    /** Reads the account's keys and brings the record up to what the server and the credential store say. */
    public Found look(RotationKeys keys, PendingRotation pending) throws ApiException {
        List<String> ids = keys.ids();
        Secret old = keys.secretOf(pending.oldKey()).orElse(null);
        Secret fresh = pending.newKey() == null ? null : keys.secretOf(pending.newKey()).orElse(null);
        PendingRotation current = pending;
        if (!pending.saved() && pending.newKey() != null && rotation.isSavedKey(pending.newKey())) {
            // Cut short between saving the new key and recording it: the store says what happened.
            current = rotation.record(current.withSaved(true));
        }
        Profile profile = rotation.appSession.profile();
        if (fresh == null && current.saved() && profile != null && profile.login().equals(current.newKey())) {
            // CrateDB: a new key saved as the account's secret can be shown again from the store.
            fresh = rotation.switcher.saved(profile).orElse(null);
        }
        if (pending.stage() == PendingRotation.Stage.CREATING && pending.newKey() != null && ids.contains(pending.newKey())) {
            current = rotation.record(current.at(PendingRotation.Stage.CREATED));
        }
        return new Found(current, ids, old, fresh, rotation.isSavedKey(pending.oldKey()));
    }
}
