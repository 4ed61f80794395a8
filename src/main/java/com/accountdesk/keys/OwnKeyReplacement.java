package com.accountdesk.keys;

import com.accountdesk.ui.common.Texts;
import com.accountdesk.api.ApiException;
import com.accountdesk.api.acm.AcmClient;
import com.accountdesk.session.Accounts;
import com.accountdesk.session.AcmSession;
import com.accountdesk.session.SavedSecretSwitch;
import com.accountdesk.credentials.Profile;
import com.accountdesk.model.Secret;
import com.accountdesk.ui.account.AccountKeys;
import com.accountdesk.ui.common.ErrorMessages;

import java.time.Instant;
import java.util.Objects;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Replaces the saved ACM key the app signs in with, in an order that never leaves the account
 * without a working saved key: add a new key (read-before-write), sign in with it (proof that it
 * works), save it as the account's secret and read it back, and only then delete the old key. If
 * a step before the deletion fails, the new key is taken off again and the old one stays in use.
 * Blocking: call off the FX thread.
 */
final class OwnKeyReplacement {
    private static final Logger LOG = Logger.getLogger(OwnKeyReplacement.class.getName());

    /** A replacement that stopped; its message says what happened and that the old key still works. */
    static final class Stopped extends Exception {
        Stopped(String sentence) {
            super(sentence);
        }
    }

    /**
     * @param session the new key's session, its profile set
     * @param warning null, or a sentence about a step after the switch that failed (the old key could not be deleted)
     */
    record Result(AcmSession session, String warning) {
    }

    private final Accounts accounts;
    private final AcmSession session;

    OwnKeyReplacement(Accounts accounts, AcmSession session) {
        this.accounts = Objects.requireNonNull(accounts, "accounts");
        this.session = Objects.requireNonNull(session, "session");
    }

    /** Whether the session signed in with its account's saved key: the one a replacement would change. */
    static boolean possibleFor(Accounts accounts, AcmSession session) {
        Profile profile = session.profile();
        return profile != null && profile.usesAcmApiKey() && new SavedSecretSwitch(accounts).isSaved(profile, session.client().token());
    }


    Result replace(Instant expires) throws Stopped {
        AcmClient client = session.client();
        Secret old = client.token();
        if (!possibleFor(accounts, session)) {
            throw new Stopped(Texts.get("main.ownKey.replace.notSaved"));
        }
        AccountKeys keys = new AccountKeys(client);
        Secret fresh;
        try {
            fresh = client.generateApiKey();
            keys.add(fresh, expires);
        } catch (ApiException e) {
            throw new Stopped(Texts.get("main.ownKey.replace.notMade", ErrorMessages.describe(e)));
        } catch (AccountKeys.Refused e) {
            throw new Stopped(Texts.get("main.ownKey.replace.refused", e.getMessage()));
        }
        AcmSession replaced;
        try {
            // An ACM profile signs in to an ACM session.
            replaced = (AcmSession) new SavedSecretSwitch(accounts).switchTo(session, "", fresh);
        } catch (ApiException e) {
            takeBack(keys, fresh);
            throw new Stopped(Texts.get("main.ownKey.replace.didNotWork", ErrorMessages.describe(e)));
        } catch (SavedSecretSwitch.NotSaved e) {
            takeBack(keys, fresh);
            throw new Stopped(Texts.get("main.ownKey.replace.notSavedHere"));
        }
        try {
            new AccountKeys(replaced.client()).delete(old);
            return new Result(replaced, null);
        } catch (ApiException | AccountKeys.Refused e) {
            String why = e instanceof ApiException api ? ErrorMessages.describe(api) : e.getMessage();
            return new Result(replaced, Texts.get("main.ownKey.replace.oldStays", old.masked(), why));
        }
    }

    /** Deletes the new key again with the old one, so a failed replacement leaves the keys as they were. */
    private static void takeBack(AccountKeys keys, Secret fresh) {
        try {
            keys.delete(fresh);
        } catch (ApiException | AccountKeys.Refused e) {
            LOG.log(Level.WARNING, "could not take back a new API key after a failed replacement: {0}", e.getMessage());
        }
    }
}
