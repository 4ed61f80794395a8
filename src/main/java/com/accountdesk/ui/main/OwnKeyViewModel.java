package com.accountdesk.ui.main;

import com.accountdesk.ui.common.Texts;
import com.accountdesk.session.Accounts;
import com.accountdesk.session.AcmSession;
import com.accountdesk.model.AccountInfo;
import com.accountdesk.model.ApiKey;
import com.accountdesk.model.Secret;
import com.accountdesk.keys.AcmKeys;
import com.accountdesk.keys.OwnKeyReplacement;
import com.accountdesk.ui.account.ExpiryPreset;
import com.accountdesk.ui.common.Background;
import com.accountdesk.ui.common.ErrorMessages;
import com.accountdesk.ui.common.TimeFormats;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The main window's note about the ACM key the app signs in with: shown when it expires within the
 * warning window (setting {@link KeyWarnings#WARNING_HOURS_SETTING}, 24 h unless set), with Extend (same key,
 * new expiry, through {@link AcmKeys}' read-before-write) and Replace (a new key, see
 * {@link OwnKeyReplacement}; only when the key is the account's saved secret).
 */
public final class OwnKeyViewModel {
    private final AcmSession session;
    private final Accounts accounts;
    private final Background background;
    private final Clock clock;
    private final Supplier<Duration> warning;
    private final Secret key;
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper showing = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper canReplace = new ReadOnlyBooleanWrapper(false);
    private final BooleanProperty busy = new SimpleBooleanProperty(false);
    private Instant expires;

    /** @param warning how long before its expiry the key is pointed out (read at each check) */
    public OwnKeyViewModel(AcmSession session, Accounts accounts, Background background, Clock clock, Supplier<Duration> warning) {
        this.session = session;
        this.accounts = accounts;
        this.background = background;
        this.clock = clock;
        this.warning = warning;
        this.key = session.client().token();
    }

    /** Reads the account and shows the note if the key expires soon; also whether Replace is possible. */
    public void check() {
        background.run(() -> new Checked(session.client().account(), OwnKeyReplacement.possibleFor(accounts, session)), busy,
                checked -> {
                    canReplace.set(checked.replaceable());
                    show(checked.account());
                },
                // The note is a courtesy: a failed look says nothing (the windows below report the same trouble).
                failure -> { });
    }

    private record Checked(AccountInfo account, boolean replaceable) {
    }

    /** Gives the key a new expiry; the note goes when it is no longer within the window. */
    public void extend(Instant newExpiry) {
        String problem = expiryProblem(newExpiry);
        if (problem != null) {
            error.set(problem);
            return;
        }
        error.set("");
        background.run(() -> new AcmKeys(session.client()).redate(key, newExpiry), busy, this::show, this::fail);
    }

    /**
     * Replaces the key with a new one expiring at {@code newExpiry}; {@code onReplaced} gets the new
     * session (and a warning, or null) once the new key is saved and the old one deleted.
     */
    public void replace(Instant newExpiry, Consumer<OwnKeyReplacement.Result> onReplaced) {
        String problem = expiryProblem(newExpiry);
        if (problem != null) {
            error.set(problem);
            return;
        }
        error.set("");
        background.run(() -> new OwnKeyReplacement(accounts, session).replace(newExpiry), busy, onReplaced, this::fail);
    }

    /** Shows or hides the note for the account as it is now. */
    void show(AccountInfo account) {
        Optional<ApiKey> own = account.key(key);
        Instant now = clock.instant();
        if (own.isEmpty() || own.get().isExpired(now) || !own.get().expiresWithin(warning.get(), now)) {
            // Not listed (a password session's token, or keys unknown), ended (the sign-in again dialog deals with that) or not soon.
            expires = null;
            message.set("");
            showing.set(false);
            return;
        }
        expires = own.get().expires();
        message.set(Texts.get("main.ownKey.expires", key.masked(), TimeFormats.timeLeft(Duration.between(now, expires)),
                TimeFormats.utc(expires)));
        showing.set(true);
    }

    private void fail(Throwable failure) {
        error.set(failure instanceof OwnKeyReplacement.Stopped stopped ? OwnKeyReplacementTexts.stopped(stopped)
                : ErrorMessages.describe(failure));
    }

    public String expiryProblem(Instant at) {
        return ExpiryPreset.problem(at, clock.instant());
    }

    public Instant now() {
        return clock.instant();
    }

    /** When the key expires, while the note is shown; else null. */
    public Instant expires() {
        return expires;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty showingProperty() {
        return showing.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canReplaceProperty() {
        return canReplace.getReadOnlyProperty();
    }

    public BooleanProperty busyProperty() {
        return busy;
    }
}
