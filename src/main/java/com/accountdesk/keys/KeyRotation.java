package com.accountdesk.keys;

import com.accountdesk.api.ApiException;
import com.accountdesk.credentials.Profile;
import com.accountdesk.model.Provider;
import com.accountdesk.model.Secret;
import com.accountdesk.session.SavedSecretSwitch;
import com.accountdesk.session.Session;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * A key rotation's steps on the server and in its record ({@link RotationStore}), in an order that
 * never leaves the account without a working saved key: each step is recorded once done (a create
 * before the server is asked, so a key made by a create cut short can be found again), and the old
 * key stops working only when it is not the saved one. Says what happened, not in words: the
 * rotation's UI asks first and words the outcome. Blocking.
 */
public final class KeyRotation {

    /** The old key may not stop working yet: it is the saved key (or the one signed in with) and the new one is not saved in its place. */
    public static final class OldKeyInUse extends Exception {
        private static final long serialVersionUID = 1L;
        OldKeyInUse() {
            super("the old key is still the saved one");
        }
    }

    /** The saved key was not switched; the cause is an {@link ApiException} or a {@link SavedSecretSwitch.NotSaved}. */
    public static final class NotSwitched extends Exception {
        private static final long serialVersionUID = 1L;
        private final boolean back;

        NotSwitched(boolean back, Exception cause) {
            super(back ? "the old key was not made the saved one again" : "the new key was not made the saved one", cause);
            this.back = back;
        }

        /** Whether an undo was putting the old key back (else the new key was being saved). */
        public boolean back() {
            return back;
        }
    }

    public record Made(PendingRotation record, RotationKeys.NewKey key) {
    }

    /** @param previous the old saved key, read before the switch so an undo can put it back; null if not asked for */
    public record Switched(PendingRotation record, Session session, Secret previous) {
    }

    /** @param back the old key's session when it is the saved one again, else null; @param keptNew the new key stays, being the saved one */
    public record Undone(Session back, boolean keptNew) {
    }

    final Session appSession;
    final SavedSecretSwitch switcher;
    private final RotationStore store;
    private final Clock clock;
    private final String account;

    /** @param appSession the session the app is signed in with (its account's keys are rotated) */
    public KeyRotation(Session appSession, SavedSecretSwitch switcher, RotationStore store, Clock clock) {
        this.appSession = Objects.requireNonNull(appSession, "appSession");
        this.switcher = Objects.requireNonNull(switcher, "switcher");
        this.store = Objects.requireNonNull(store, "store");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.account = accountOf(appSession);
    }

    /** The name a rotation is filed under: the saved account, else the endpoint and who signed in. */
    public static String accountOf(Session session) {
        Profile profile = session.profile();
        return profile != null ? profile.id()
                : session.provider() + " " + SavedSecretSwitch.endpointOf(session) + " " + session.email();
    }

    /** The rotation of this account recorded as unfinished, if any. */
    public Optional<PendingRotation> pending() {
        return store.find(account);
    }

    /** Records the rotation's progress; returns it. */
    public PendingRotation record(PendingRotation progress) {
        store.put(progress);
        return progress;
    }

    /** Forgets the rotation's record (finished, undone, or nothing to do). */
    public void forget() {
        store.remove(account);
    }

    /** Whether the key {@code id} is the account's saved secret. Reads the credential store. */
    public boolean isSavedKey(String id) {
        Profile profile = appSession.profile();
        if (profile == null || !canSave()) {
            return false;
        }
        Optional<Secret> saved = switcher.saved(profile);
        if (saved.isEmpty()) {
            return false;
        }
        return appSession.provider() == Provider.ACM ? RotationKeys.acmId(saved.get()).equals(id) : profile.login().equals(id);
    }

    /** Whether the new key can become the account's saved secret: a saved account signing in with a key. */
    public boolean canSave() {
        Profile profile = appSession.profile();
        return profile != null && (profile.provider() == Provider.CRATEDB || profile.usesAcmApiKey());
    }

    /** Makes the new key, expiring at {@code expiresFrom} the time it is asked for (ACM). */
    public Made create(RotationKeys keys, String oldId, UnaryOperator<Instant> expiresFrom) throws ApiException, AcmKeys.Refused {
        long now = clock.instant().getEpochSecond();
        Secret prepared = keys.prepare();
        List<String> before = prepared == null ? keys.ids() : List.of();
        // Recorded before the server is asked, so a key made by a create cut short can be found again.
        PendingRotation creating = new PendingRotation(account, appSession.provider(), oldId,
                prepared == null ? null : RotationKeys.acmId(prepared), PendingRotation.Stage.CREATING, before,
                prepared != null, false, false, now);
        store.put(creating);
        RotationKeys.NewKey made = keys.create(prepared, expiresFrom.apply(clock.instant()));
        PendingRotation created = creating.withNewKey(made.id()).at(PendingRotation.Stage.CREATED);
        store.put(created);
        return new Made(created, made);
    }

    /** Makes the new key the account's saved secret, signing in with it first ({@code working} is the session steps are made with). */
    public Switched save(Session working, PendingRotation current, Secret fresh, boolean readPrevious) throws NotSwitched {
        // Kept in memory so an undo can put the old key back as the saved one.
        Secret previous = readPrevious ? switcher.saved(appSession.profile()).orElse(null) : null;
        Session next;
        try {
            next = switcher.switchTo(working, current.newKey(), fresh);
        } catch (ApiException | SavedSecretSwitch.NotSaved e) {
            throw new NotSwitched(false, e);
        }
        PendingRotation saved = current.withSaved(true);
        store.put(saved);
        return new Switched(saved, next, previous);
    }

    /** CrateDB: deactivates the old key, unless it is still the saved one. */
    public PendingRotation deactivate(RotationKeys keys, PendingRotation current, String oldId) throws ApiException, OldKeyInUse {
        guardOld(keys, current, oldId);
        keys.setActive(oldId, false);
        return record(current.at(PendingRotation.Stage.DEACTIVATED));
    }

    /** Deletes the old key, unless it is still the saved one; the rotation is finished. */
    public void deleteOld(RotationKeys keys, PendingRotation current, String oldId) throws ApiException, AcmKeys.Refused, OldKeyInUse {
        guardOld(keys, current, oldId);
        keys.delete(oldId);
        store.remove(account);
    }

    /** The invariant, checked again right before the old key stops working: it may go only if it is not the saved key. */
    private void guardOld(RotationKeys keys, PendingRotation current, String oldId) throws OldKeyInUse {
        if (!current.saved() && (isSavedKey(oldId) || keys.ownId().equals(oldId))) {
            throw new OldKeyInUse();
        }
    }

    /**
     * Puts the keys back as they were before the rotation: the old key active and saved again (when its
     * key {@code old} is known), the new one deleted. A new key that is the saved one is never deleted.
     */
    public Undone undo(RotationKeys keys, Session working, PendingRotation current, String oldId, Secret old)
            throws ApiException, AcmKeys.Refused, NotSwitched {
        if (current.stage() == PendingRotation.Stage.DEACTIVATED) {
            keys.setActive(oldId, true);
        }
        Session back = null;
        boolean keptNew = false;
        // Never delete the saved key: asked of the store too, in case the record is behind it.
        if (current.saved() || current.newKey() != null && isSavedKey(current.newKey())) {
            if (old == null) {
                keptNew = true;
            } else {
                try {
                    back = switcher.switchTo(working, oldId, old);
                } catch (ApiException | SavedSecretSwitch.NotSaved e) {
                    throw new NotSwitched(true, e);
                }
                store.put(current.withSaved(false));
            }
        }
        if (!keptNew && current.newKey() != null) {
            (back == null ? keys : RotationKeys.of(back)).delete(current.newKey());
        }
        store.remove(account);
        return new Undone(back, keptNew);
    }

    /** Deletes keys a create cut short made (their secrets are lost) and forgets the record. */
    public void deleteStrays(RotationKeys keys, List<String> strays) throws ApiException, AcmKeys.Refused {
        for (String stray : strays) {
            keys.delete(stray);
        }
        store.remove(account);
    }
}
