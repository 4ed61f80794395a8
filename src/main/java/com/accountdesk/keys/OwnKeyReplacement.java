package com.accountdesk.keys;

import com.accountdesk.api.ApiException;
import com.accountdesk.api.acm.AcmClient;
import com.accountdesk.credentials.Profile;
import com.accountdesk.model.Secret;
import com.accountdesk.session.Accounts;
import com.accountdesk.session.AcmSession;
import com.accountdesk.session.SavedSecretSwitch;

import java.time.Instant;
import java.util.Objects;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Replaces the saved ACM key the app signs in with, in an order that never leaves the account
 * without a working saved key: add a new key (read-before-write), sign in with it (proof that it
 * works), save it as the account's secret and read it back, and only then delete the old key. If
 * a step before the deletion fails, the new key is taken off again and the old one stays in use.
 * Says what happened, not in words: the UI words it. Blocking: call off the FX thread.
 */
public final class OwnKeyReplacement {
    private static final Logger LOG = Logger.getLogger(OwnKeyReplacement.class.getName());

    /** A replacement that stopped before the switch: the old key still works. */
    public static final class Stopped extends Exception {
        private static final long serialVersionUID = 1L;
        /** Where it stopped. */
        public enum Step {
            /** The session's key is not the account's saved one: nothing to replace. */
            NOT_SAVED,
            /** No new key was made (the cause: an {@link ApiException}). */
            NOT_MADE,
            /** The key service would not add one (the cause: an {@link AcmKeys.Refused}). */
            REFUSED,
            /** Signing in with the new key failed (the cause: an {@link ApiException}); it was taken off again. */
            DID_NOT_WORK,
            /** The new key could not be saved on this computer; it was taken off again. */
            NOT_SAVED_HERE
        }

        private final Step step;

        Stopped(Step step, Exception cause) {
            super(step.name(), cause);
            this.step = step;
        }

        public Step step() {
            return step;
        }
    }

    /**
     * @param session    the new key's session, its profile set
     * @param oldKey     the old key, masked
     * @param notDeleted null, or why the old key could not be deleted after the switch (an
     *                   {@link ApiException} or {@link AcmKeys.Refused}); it still works
     */
    public record Result(AcmSession session, String oldKey, Exception notDeleted) {
    }

    private final Accounts accounts;
    private final AcmSession session;

    public OwnKeyReplacement(Accounts accounts, AcmSession session) {
        this.accounts = Objects.requireNonNull(accounts, "accounts");
        this.session = Objects.requireNonNull(session, "session");
    }

    /** Whether the session signed in with its account's saved key: the one a replacement would change. */
    public static boolean possibleFor(Accounts accounts, AcmSession session) {
        Profile profile = session.profile();
        return profile != null && profile.usesAcmApiKey() && new SavedSecretSwitch(accounts).isSaved(profile, session.client().token());
    }

    public Result replace(Instant expires) throws Stopped {
        AcmClient client = session.client();
        Secret old = client.token();
        if (!possibleFor(accounts, session)) {
            throw new Stopped(Stopped.Step.NOT_SAVED, null);
        }
        AcmKeys keys = new AcmKeys(client);
        Secret fresh;
        try {
            fresh = client.generateApiKey();
            keys.add(fresh, expires);
        } catch (ApiException e) {
            throw new Stopped(Stopped.Step.NOT_MADE, e);
        } catch (AcmKeys.Refused e) {
            throw new Stopped(Stopped.Step.REFUSED, e);
        }
        AcmSession replaced;
        try {
            // An ACM profile signs in to an ACM session.
            replaced = (AcmSession) new SavedSecretSwitch(accounts).switchTo(session, "", fresh);
        } catch (ApiException e) {
            takeBack(keys, fresh);
            throw new Stopped(Stopped.Step.DID_NOT_WORK, e);
        } catch (SavedSecretSwitch.NotSaved e) {
            takeBack(keys, fresh);
            throw new Stopped(Stopped.Step.NOT_SAVED_HERE, e);
        }
        try {
            new AcmKeys(replaced.client()).delete(old);
            return new Result(replaced, old.masked(), null);
        } catch (ApiException | AcmKeys.Refused e) {
            return new Result(replaced, old.masked(), e);
        }
    }

    /** Deletes the new key again with the old one, so a failed replacement leaves the keys as they were. */
    private static void takeBack(AcmKeys keys, Secret fresh) {
        try {
            keys.delete(fresh);
        } catch (ApiException | AcmKeys.Refused e) {
            LOG.log(Level.WARNING, "could not take back a new API key after a failed replacement: {0}", e.getMessage());
        }
    }
}
