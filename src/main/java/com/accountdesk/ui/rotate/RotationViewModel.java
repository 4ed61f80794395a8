package com.accountdesk.ui.rotate;

import com.accountdesk.api.ApiException;
import com.accountdesk.keys.KeyNames;
import com.accountdesk.keys.KeyRotation;
import com.accountdesk.keys.PendingRotation;
import com.accountdesk.keys.RotationKeys;
import com.accountdesk.keys.RotationResume;
import com.accountdesk.keys.RotationStore;
import com.accountdesk.model.ApiKey;
import com.accountdesk.model.CrateApiKey;
import com.accountdesk.model.Provider;
import com.accountdesk.model.Secret;
import com.accountdesk.session.Accounts;
import com.accountdesk.session.CrateSession;
import com.accountdesk.session.SavedSecretSwitch;
import com.accountdesk.session.Session;
import com.accountdesk.ui.common.Background;
import com.accountdesk.ui.common.CredentialExports;
import com.accountdesk.ui.common.DialogService.Confirmation;
import com.accountdesk.ui.common.ErrorMessages;
import com.accountdesk.ui.common.Texts;
import com.accountdesk.ui.keys.ExportNames;
import com.accountdesk.ui.keys.KeyActions;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * Rotates one API key of the signed-in account, AWS's way: create the new key; show, copy or export
 * it; optionally make it the key Account Desk signs in with (only after signing in with it); CrateDB:
 * deactivate the old key; delete the old key. Every step is asked first, and recorded in the
 * {@link RotationStore} once done, so a rotation cut short (quit, crash, network) is offered to be
 * continued or undone when the key table opens again.
 * <p>
 * The account is never left without a working saved key: while the old key is the saved one (or
 * the one this session signs with), it is neither deactivated nor deleted until the new key has
 * been proven and saved in its place.
 */
public final class RotationViewModel {

    /** What the next press of "Next" does. */
    public enum Step {
        /** Create the new key. */
        CREATE,
        /** Make the new key the account's saved secret (optional unless the old key is the saved one). */
        SAVE,
        /** CrateDB: confirm the new secret is kept somewhere, as it is never shown again. */
        KEEP_SECRET,
        /** CrateDB: deactivate the old key. */
        DEACTIVATE,
        /** Delete the old key. */
        DELETE,
        /** Nothing left to do. */
        DONE
    }

    private final Session appSession;
    /** The steps on the server and in the record, and the rule that keeps a working saved key. */
    private final KeyRotation rotation;
    private final Background background;
    /** What the key features do alike: questions (with the own-key warning), secret copies and their sentence. */
    private final KeyActions actions;
    private Consumer<Session> onAppKeyChanged = s -> { };
    private Runnable onKeysChanged = () -> { };

    /** The session steps are made with: the app's, then the new key's once that is saved. */
    private Session working;
    private RotationKeys keys;
    private PendingRotation record;
    private String oldId;
    private String oldLabel = "";
    private Secret oldSecret;
    private Secret newSecret;
    private boolean oldSaved;
    private boolean finished;

    private final ReadOnlyObjectWrapper<Step> step = new ReadOnlyObjectWrapper<>(Step.CREATE);
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper newKeyText = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper oldKeyText = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper secretAvailable = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper underWay = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper saveRequired = new ReadOnlyBooleanWrapper(false);
    private final BooleanProperty busy = new SimpleBooleanProperty(false);
    private final ObservableList<NewKeyLifetime> lifetimes = FXCollections.observableArrayList();
    private final ObjectProperty<NewKeyLifetime> lifetime = new SimpleObjectProperty<>();
    private final Clock clock;
    /** The account's local key names, carried to the new key; null when the account is not saved. */
    private KeyNames.Scope names;

    /**
     * @param appSession the session the app is signed in with (its account's keys are rotated)
     * @param actions    the key features' shared questions and secret copies (the rotation's steps are its own)
     */
    public RotationViewModel(Session appSession, Accounts accounts, RotationStore store, Background background,
                             KeyActions actions, Clock clock) {
        this.appSession = Objects.requireNonNull(appSession, "appSession");
        this.rotation = new KeyRotation(appSession, new SavedSecretSwitch(accounts), store, clock);
        this.background = Objects.requireNonNull(background, "background");
        this.actions = Objects.requireNonNull(actions, "actions");
        this.working = appSession;
        this.keys = RotationKeys.of(appSession);
        this.clock = clock;
    }

    /** The account's local key names: the new key takes the old key's. */
    public void useNames(KeyNames.Scope scope) {
        names = scope;
    }

    /** Told when the key Account Desk signs in with has changed (saved, or put back by an undo): the app goes on with it. */
    public void onAppKeyChanged(Consumer<Session> listener) {
        this.onAppKeyChanged = Objects.requireNonNull(listener);
    }

    /** Told after every step that changed the account's keys, so key tables can reload. */
    public void onKeysChanged(Runnable listener) {
        this.onKeysChanged = Objects.requireNonNull(listener);
    }

    /** Whether a rotation of this account is recorded as unfinished. */
    public boolean pending() {
        return rotation.pending().isPresent();
    }

    // ---- starting ---------------------------------------------------------------------------

    /** Sets up the rotation of an ACM key; nothing changes until {@link #next()}. */
    public void begin(ApiKey old) {
        lifetimes.setAll(NewKeyLifetime.choices(old, clock.instant()));
        lifetime.set(lifetimes.get(0));
        beginWith(RotationKeys.acmId(old), old.token().masked(), old.token());
    }

    /** Sets up the rotation of a CrateDB key; nothing changes until {@link #next()}. */
    public void begin(CrateApiKey old) {
        Secret known = appSession instanceof CrateSession crate && crate.client().key().equals(old.key()) ? crate.client().secret() : null;
        beginWith(RotationKeys.crateId(old), old.key(), known);
    }

    private void beginWith(String id, String label, Secret secret) {
        oldId = id;
        oldLabel = label;
        oldSecret = secret;
        oldKeyText.set(label);
        background.run(() -> rotation.isSavedKey(id), busy, saved -> {
            oldSaved = saved;
            refreshStep();
        }, this::fail);
    }

    // ---- the steps --------------------------------------------------------------------------

    /** Does the next step, after asking. */
    public void next() {
        error.set("");
        switch (step.get()) {
            case CREATE -> create();
            case SAVE -> save();
            case KEEP_SECRET -> keepSecret();
            case DEACTIVATE -> deactivate();
            case DELETE -> deleteOld();
            case DONE -> { }
        }
    }

    private void create() {
        if (!actions.confirm(new Confirmation(Texts.get("rotate.title"), Texts.get("rotate.create.header", oldLabel),
                keys.deactivates() ? Texts.get("rotate.create.textCrate") : Texts.get("rotate.create.textAcm"), Texts.get("rotate.create.action")))) {
            status.set(Texts.get("rotate.notStarted"));
            return;
        }
        // CrateDB keys do not expire; an ACM key lasts as chosen (like the old key unless changed).
        Duration lasting = lifetime.get() == null ? Duration.ofDays(1) : lifetime.get().length();
        // The name is looked up by the key itself: ACM's key is its secret, a CrateDB key its id.
        String oldName = names == null ? "" : names.name(keys.deactivates() ? oldLabel : oldSecret == null ? "" : oldSecret.reveal());
        work(() -> {
            KeyRotation.Made made = rotation.create(keys, oldId, now -> now.plus(lasting));
            if (!oldName.isEmpty()) {
                names.put(keys.deactivates() ? made.key().id() : made.key().secret().reveal(), oldName);
            }
            return made;
        }, made -> {
            record = made.record();
            newSecret = made.key().secret();
            showNewKey();
            status.set(keys.deactivates() ? Texts.get("rotate.create.doneCrate", newKeyText.get())
                    : Texts.get("rotate.create.doneAcm", newKeyText.get()));
            keysChanged();
        });
    }

    private void save() {
        boolean required = saveRequired.get();
        if (newSecret == null) {
            // CrateDB, after a restart: the secret was kept elsewhere, not here, so it cannot be signed in with.
            error.set(Texts.get("rotate.save.noSecret"));
            return;
        }
        String text = required ? Texts.get("rotate.save.textRequired", newKeyText.get(), oldLabel)
                : Texts.get("rotate.save.text", newKeyText.get());
        if (!actions.confirm(new Confirmation(Texts.get("rotate.title"), Texts.get("rotate.save.header"), text,
                Texts.get("rotate.save.action")))) {
            if (required) {
                error.set(Texts.get("rotate.save.required"));
                return;
            }
            PendingRotation declined = record.withSaveDeclined();
            work(() -> rotation.record(declined), r -> {
                record = r;
                status.set(Texts.get("rotate.save.skipped"));
            });
            return;
        }
        Secret fresh = newSecret;
        PendingRotation current = record;
        boolean readPrevious = oldSecret == null && oldSaved;
        work(() -> rotation.save(working, current, fresh, readPrevious), switched -> {
            record = switched.record();
            if (switched.previous() != null) {
                oldSecret = switched.previous();
            }
            useSession(switched.session());
            status.set(Texts.get("rotate.save.done", newKeyText.get()));
            onAppKeyChanged.accept(switched.session());
        });
    }

    private void keepSecret() {
        if (!actions.confirm(new Confirmation(Texts.get("rotate.title"), Texts.get("rotate.keep.header"),
                Texts.get("rotate.keep.text", newKeyText.get()), Texts.get("rotate.keep.action")))) {
            status.set(Texts.get("rotate.keep.notYet"));
            return;
        }
        PendingRotation kept = record.withSecretKept();
        work(() -> rotation.record(kept), r -> {
            record = r;
            status.set("");
        });
    }

    private void deactivate() {
        if (!actions.confirm(KeyActions.Loss.DEACTIVATE, isOwnKey(oldId), oldLabel, Texts.get("rotate.deactivate.text"))) {
            status.set(Texts.get("rotate.paused"));
            return;
        }
        PendingRotation current = record;
        work(() -> rotation.deactivate(keys, current, oldId), r -> {
            record = r;
            status.set(Texts.get("rotate.deactivate.done", oldLabel));
            keysChanged();
        });
    }

    private void deleteOld() {
        if (!actions.confirm(KeyActions.Loss.DELETE, isOwnKey(oldId), oldLabel, Texts.get("rotate.delete.text"))) {
            status.set(Texts.get("rotate.paused"));
            return;
        }
        PendingRotation current = record;
        work(() -> {
            rotation.deleteOld(keys, current, oldId);
            return current;
        }, r -> {
            record = null;
            finished = true;
            forgetSecret();
            status.set(Texts.get("rotate.delete.done", oldLabel, newKeyText.get()));
            keysChanged();
        });
    }

    /**
     * Whether the steps are made signed in with key {@code id}. Never so when the old key is lost (the
     * save step comes first), but the question keeps the key features' one rule for the app's own key.
     */
    private boolean isOwnKey(String id) {
        return keys.ownId().equals(id);
    }

    // ---- undo -------------------------------------------------------------------------------

    /** Puts the keys back as they were before the rotation, after asking. */
    public void undo() {
        if (record == null) {
            return;
        }
        if (!actions.confirm(undoQuestion())) {
            return;
        }
        undoNow(() -> { });
    }

    private Confirmation undoQuestion() {
        return new Confirmation(Texts.get("rotate.title"), Texts.get("rotate.undo.header", oldLabel),
                Texts.get("rotate.undo.text", newKeyText.get().isEmpty() ? Texts.get("rotate.key.none") : newKeyText.get()),
                Texts.get("rotate.undo.action"));
    }

    private void undoNow(Runnable then) {
        PendingRotation current = record;
        Secret old = oldSecret;
        Session with = working;
        RotationKeys withKeys = keys;
        work(() -> rotation.undo(withKeys, with, current, oldId, old), undone -> {
            record = null;
            forgetSecret();
            status.set(undone.keptNew() ? Texts.get("rotate.undo.keptNew", oldLabel, newKeyText.get())
                    : Texts.get("rotate.undo.done", oldLabel));
            newKeyText.set("");
            if (undone.back() != null) {
                // The old key is the saved one again: the app goes back to it.
                useSession(undone.back());
                onAppKeyChanged.accept(undone.back());
            }
            keysChanged();
            then.run();
        });
    }

    // ---- resuming ---------------------------------------------------------------------------

    /**
     * A rotation of this account was left unfinished: finds where it stands on the server, then
     * offers to continue ({@code onContinue} shows the rotation) or undo it. A CrateDB key whose
     * secret was lost is offered to be deleted and the rotation started over.
     */
    public void resume(Runnable onContinue) {
        Optional<PendingRotation> found = rotation.pending();
        if (found.isEmpty()) {
            return;
        }
        RotationResume resumption = new RotationResume(rotation);
        work(() -> resumption.look(keys, found.get()), state -> decide(state, onContinue));
    }

    private void decide(RotationResume.Found found, Runnable onContinue) {
        PendingRotation pending = found.record();
        oldId = pending.oldKey();
        oldSecret = oldSecret != null ? oldSecret : found.oldKey();
        if (oldSecret == null && appSession instanceof CrateSession crate && crate.client().key().equals(oldId)) {
            oldSecret = crate.client().secret();
        }
        oldLabel = appSession.provider() == Provider.ACM
                ? (found.oldKey() == null ? Texts.get("rotate.key.unlisted") : found.oldKey().masked()) : oldId;
        oldKeyText.set(oldLabel);
        oldSaved = found.oldSaved();
        record = pending;
        newSecret = found.newKey();
        String title = Texts.get("rotate.resume.title");
        RotationResume.Next next = found.next();
        if (next != RotationResume.Next.NOTHING_MADE && next != RotationResume.Next.DELETE_STRAYS) {
            showNewKey();
        }
        switch (next) {
            case NOTHING_MADE -> forgetRecord(() -> actions.notice(title, Texts.get("rotate.resume.nothing", oldLabel)));
            case DELETE_STRAYS -> {
                List<String> strays = found.strays();
                if (actions.confirm(new Confirmation(title, Texts.get("rotate.resume.lostHeader"),
                        Texts.get("rotate.resume.strayText", oldLabel, String.join(", ", strays)), Texts.get("rotate.resume.startOver")))) {
                    work(() -> {
                        rotation.deleteStrays(keys, strays);
                        return strays;
                    }, deleted -> startOver(onContinue));
                }
            }
            case OLD_GONE -> forgetRecord(() -> actions.notice(title, Texts.get("rotate.resume.oldGone", oldLabel, newKeyText.get())));
            case NEW_GONE -> undoNow(() -> actions.notice(title, Texts.get("rotate.resume.newGone", oldLabel)));
            // CrateDB shows a secret once: cut short before it was kept or saved, it is gone.
            case SECRET_LOST -> {
                if (actions.confirm(new Confirmation(title, Texts.get("rotate.resume.lostHeader"),
                        Texts.get("rotate.resume.lostText", oldLabel, newKeyText.get()), Texts.get("rotate.resume.startOver")))) {
                    undoNow(() -> startOver(onContinue));
                }
            }
            case CONTINUE -> {
                refreshStep();
                if (actions.confirm(new Confirmation(title, Texts.get("rotate.resume.header", oldLabel),
                        Texts.get("rotate.resume.text", RotationSteps.name(step.get())), Texts.get("rotate.resume.action")))) {
                    onContinue.run();
                } else if (actions.confirm(undoQuestion())) {
                    undoNow(() -> { });
                }
            }
        }
    }

    /** After a lost secret's key is deleted: the same old key, from the first step. */
    private void startOver(Runnable onContinue) {
        record = null;
        forgetSecret();
        newKeyText.set("");
        status.set(Texts.get("rotate.resume.restart", oldLabel));
        refreshStep();
        onContinue.run();
    }

    private void forgetRecord(Runnable then) {
        work(() -> {
            rotation.forget();
            return true;
        }, forgotten -> {
            record = null;
            refreshStep();
            then.run();
        });
    }

    /**
     * Whether the window may close now: a CrateDB secret neither kept nor saved is lost with it, so
     * that is asked first.
     */
    public boolean mayClose() {
        if (newSecret == null || record == null || record.secretKept()) {
            return true;
        }
        return actions.confirm(new Confirmation(Texts.get("rotate.title"), Texts.get("rotate.close.header"),
                Texts.get("rotate.close.text", newKeyText.get()), Texts.get("rotate.close.action")));
    }

    // ---- the new key: show, copy, export ----------------------------------------------------

    /** The new key's secret, for the view's "Show" (only while it is known). */
    public Optional<Secret> newSecret() {
        return Optional.ofNullable(newSecret);
    }

    /** Copies the new key's secret to the clipboard (cleared after a while), worded as the key tables word it. */
    public void copySecret() {
        if (newSecret != null) {
            actions.copy(newSecret, keys.deactivates() ? Texts.get("cratedb.keys.copiedSecret", newKeyText.get())
                    : Texts.get("account.keys.copiedKey", newKeyText.get()));
        }
    }

    /** Copies the new key as a tool takes it; a secret like the key itself. */
    public void copyAs(CredentialExports.Kind kind) {
        if (newSecret != null && record != null) {
            Secret exported = keys.deactivates()
                    ? CredentialExports.crate(kind, keys.endpoint(), record.newKey(), newSecret, keys.region())
                    : CredentialExports.acm(kind, keys.endpoint(), newSecret);
            actions.copy(exported, keys.deactivates()
                    ? Texts.get("cratedb.keys.copiedSecretAs", newKeyText.get(), ExportNames.crate(kind))
                    : Texts.get("account.keys.copiedKeyAs", newKeyText.get(), ExportNames.acm(kind)));
        }
    }

    /** What the last copy put on the clipboard and for how long; it fades by itself. */
    public ReadOnlyStringProperty copiedProperty() {
        return actions.statusProperty();
    }

    // ---- helpers ----------------------------------------------------------------------------

    private <T> void work(Callable<T> what, Consumer<T> then) {
        background.run(what, busy, value -> {
            then.accept(value);
            refreshStep();
        }, failure -> {
            fail(failure);
            refreshStep();
        });
    }

    private void fail(Throwable failure) {
        error.set(Texts.get("rotate.failed", why(failure)));
    }

    /** A failed step in words; the key rules say what happened without them. */
    private static String why(Throwable failure) {
        if (failure instanceof KeyRotation.OldKeyInUse) {
            return Texts.get("rotate.save.required");
        }
        if (failure instanceof KeyRotation.NotSwitched notSwitched) {
            if (!(notSwitched.getCause() instanceof ApiException e)) {
                return Texts.get("rotate.save.notSaved");
            }
            return notSwitched.back() ? Texts.get("rotate.undo.oldFailed", ErrorMessages.describe(e))
                    : Texts.get("rotate.save.failed", ErrorMessages.describe(e));
        }
        return ErrorMessages.describe(failure);
    }

    private void useSession(Session session) {
        working = session;
        keys = RotationKeys.of(session);
    }

    private void showNewKey() {
        if (record == null || record.newKey() == null) {
            newKeyText.set("");
        } else if (appSession.provider() == Provider.ACM) {
            newKeyText.set(newSecret == null ? Texts.get("rotate.key.unlisted") : newSecret.masked());
        } else {
            newKeyText.set(record.newKey());
        }
        secretAvailable.set(newSecret != null);
    }

    private void forgetSecret() {
        newSecret = null;
        secretAvailable.set(false);
    }

    private void keysChanged() {
        onKeysChanged.run();
    }

    /** What "Next" does now, from the record and whether the old key is the saved (or this session's) one. */
    private void refreshStep() {
        boolean mustSave = !(record != null && record.saved()) && (oldSaved || RotationKeys.of(appSession).ownId().equals(oldId));
        saveRequired.set(mustSave && rotation.canSave());
        underWay.set(record != null);
        secretAvailable.set(newSecret != null);
        if (record == null) {
            step.set(finished ? Step.DONE : Step.CREATE);
            return;
        }
        if (rotation.canSave() && !record.saved() && (mustSave || !record.saveDeclined() && newSecret != null)) {
            step.set(Step.SAVE);
        } else if (keys.deactivates() && !record.secretKept()) {
            step.set(Step.KEEP_SECRET);
        } else if (keys.deactivates() && record.stage() == PendingRotation.Stage.CREATED) {
            step.set(Step.DEACTIVATE);
        } else {
            step.set(Step.DELETE);
        }
    }

    public Provider provider() {
        return appSession.provider();
    }

    public ReadOnlyObjectProperty<Step> stepProperty() {
        return step.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty newKeyTextProperty() {
        return newKeyText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty oldKeyTextProperty() {
        return oldKeyText.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty secretAvailableProperty() {
        return secretAvailable.getReadOnlyProperty();
    }

    /** True while a rotation is recorded (a new key made, the old one not yet deleted): Undo is possible. */
    public ReadOnlyBooleanProperty underWayProperty() {
        return underWay.getReadOnlyProperty();
    }

    /** True when the new key must become the saved one before the old key may stop working. */
    public ReadOnlyBooleanProperty saveRequiredProperty() {
        return saveRequired.getReadOnlyProperty();
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    /** ACM: how long the new key lasts, one of {@link #lifetimes()}; like the old key unless changed. */
    public ObjectProperty<NewKeyLifetime> lifetimeProperty() {
        return lifetime;
    }

    public ObservableList<NewKeyLifetime> lifetimes() {
        return lifetimes;
    }
}
