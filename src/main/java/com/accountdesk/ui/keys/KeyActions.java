package com.accountdesk.ui.keys;

import com.accountdesk.model.Secret;
import com.accountdesk.ui.common.Background;
import com.accountdesk.ui.common.DialogService;
import com.accountdesk.ui.common.ErrorMessages;
import com.accountdesk.ui.common.Texts;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import java.util.concurrent.Callable;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.IntSupplier;

/**
 * What the key features of both clouds do alike (ACM's API Access and Anywhere tabs, CrateDB's API
 * keys), so it is done one way: work off the FX thread with a busy flag; a failure told as a
 * sentence in the error line; what a change did said in a status line that fades and to listeners
 * (a notification); a secret copied to the clipboard that clears itself, saying so; the question
 * before a key is deleted or deactivated, which warns first when it is the key the app itself signs
 * in with; and the rule that the app's own key gone ends the session. No toolkit needed: the app's
 * wiring is {@link KeyWiring}; a view-model test gives a calling-thread {@link Background}, scripted
 * dialogs and a {@link OneShotTimer} it moves on itself.
 */
public final class KeyActions {
    /** What losing a key means; the question and the warning about the app's own key follow from it. */
    public enum Loss { DELETE, DEACTIVATE }

    private record Question(String title, String header, String warning, String action) {
    }

    private final Background background;
    private final DialogService dialogs;
    private final Consumer<Secret> clipboard;
    private final IntSupplier clearAfterSeconds;
    private final StatusLine status;
    private final BooleanProperty busy = new SimpleBooleanProperty(false);
    private final StringProperty error = new SimpleStringProperty("");
    private final ReadOnlyBooleanWrapper ownKeyGone = new ReadOnlyBooleanWrapper(false);
    private BiConsumer<String, String> finished = (title, text) -> { };

    /**
     * @param clipboard         where copied secrets go (taken off again by the clipboard's own policy)
     * @param clearAfterSeconds how long they stay there, to say so
     */
    public KeyActions(Background background, DialogService dialogs, OneShotTimer later, Consumer<Secret> clipboard,
                      IntSupplier clearAfterSeconds) {
        this.background = background;
        this.dialogs = dialogs;
        this.clipboard = clipboard;
        this.clearAfterSeconds = clearAfterSeconds;
        this.status = new StatusLine(later);
    }

    /** A read: the error line is cleared first, and tells of a failure (an empty list's placeholder shows it with Try again). */
    public <T> void read(Callable<T> work, Consumer<T> then) {
        error.set("");
        background.run(work, busy, then, this::fail);
    }

    /** A read after a refused change: the error line keeps saying why it was refused. */
    public <T> void reload(Callable<T> work, Consumer<T> then) {
        background.run(work, busy, then, this::fail);
    }

    /**
     * A change: error and status cleared first; on success {@code apply} takes the answer, then
     * {@code said} words what was done, which the status line shows and listeners hear with {@code title}.
     */
    public <T> void change(String title, Callable<T> work, Consumer<T> apply, Function<T, String> said) {
        change(title, work, apply, said, failure -> { });
    }

    /** {@link #change(String, Callable, Consumer, Function)}, with {@code failed} told after the error is shown. */
    public <T> void change(String title, Callable<T> work, Consumer<T> apply, Function<T, String> said,
                           Consumer<Throwable> failed) {
        error.set("");
        status.clear();
        background.run(work, busy, result -> {
            apply.accept(result);
            String sentence = said.apply(result);
            status.show(sentence);
            finished.accept(title, sentence);
        }, failure -> {
            fail(failure);
            failed.accept(failure);
        });
    }

    /** Shows {@code sentence} in the error line (a rule refused the input before anything was sent). */
    public void refuse(String sentence) {
        error.set(sentence);
    }

    /** Shows {@code sentence} in the status line. */
    public void say(String sentence) {
        status.show(sentence);
    }

    /**
     * Puts {@code secret} on the clipboard, which takes it off again after a while, and says so;
     * {@code copied} says what was copied (never the secret). Returns the sentence said.
     */
    public String copy(Secret secret, String copied) {
        clipboard.accept(secret);
        String sentence = Texts.get("account.keys.copied", copied, clearAfterSeconds.getAsInt());
        status.show(sentence);
        return sentence;
    }

    /**
     * Asks before a key is lost. For the key the app itself signs in with the question says first
     * that the app will be signed out. True only when the user chose to go ahead.
     *
     * @param described the key as sentences name it (its local name and the masked key)
     * @param consequence what losing it does, as the cloud has it
     */
    public boolean confirm(Loss loss, boolean own, String described, String consequence) {
        Question q = switch (loss) {
            case DELETE -> new Question(Texts.get("account.keys.delete.title"),
                    own ? Texts.get("account.keys.delete.headerOwn") : Texts.get("account.keys.delete.header", described),
                    Texts.get("account.keys.delete.own"), Texts.get("account.keys.delete.action"));
            case DEACTIVATE -> new Question(Texts.get("account.keys.deactivate.title"),
                    own ? Texts.get("account.keys.deactivate.headerOwn") : Texts.get("account.keys.deactivate.header", described),
                    Texts.get("account.keys.deactivate.own"), Texts.get("account.keys.deactivate.action"));
        };
        return dialogs.confirm(new DialogService.Confirmation(q.title(), q.header(),
                own ? q.warning() + "\n\n" + consequence : consequence, q.action()));
    }

    /** Asks a question of the feature's own (e.g. before replacing the Anywhere token). */
    public boolean confirm(DialogService.Confirmation question) {
        return dialogs.confirm(question);
    }

    /** Tells the user something that needs no answer (e.g. what an interrupted change turned out to be). */
    public void notice(String title, String text) {
        dialogs.notice(title, text);
    }

    /**
     * The one place of the rule: the key the app signs in with was deleted or deactivated, so the
     * session is over; whoever shows the feature signs out when {@link #ownKeyGoneProperty()} turns true.
     */
    public void ownKeyGone() {
        ownKeyGone.set(true);
    }

    private void fail(Throwable failure) {
        error.set(ErrorMessages.describe(failure));
    }

    /** Told (title, sentence) whenever a change has finished, e.g. to show a notification. */
    public void onFinished(BiConsumer<String, String> listener) {
        this.finished = listener;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    public StringProperty errorProperty() {
        return error;
    }

    /** What the last action did; it fades by itself. */
    public ReadOnlyStringProperty statusProperty() {
        return status.textProperty();
    }

    /** True once the key the app signs in with is gone: the app must sign out. */
    public ReadOnlyBooleanProperty ownKeyGoneProperty() {
        return ownKeyGone.getReadOnlyProperty();
    }
}
