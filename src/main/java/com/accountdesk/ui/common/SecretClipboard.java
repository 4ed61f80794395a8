package com.accountdesk.ui.common;

import com.accountdesk.model.Secret;
import javafx.animation.PauseTransition;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.util.Duration;

import java.util.function.Supplier;

/**
 * Copies a secret to the system clipboard and takes it off again after a while (and on quit),
 * unless the user has copied something else since. Use on the FX thread.
 */
public final class SecretClipboard {
    /** Settings key for the delay in seconds. */
    public static final String CLEAR_AFTER_SECONDS = "clipboard.clearAfterSeconds";
    public static final int DEFAULT_CLEAR_AFTER_SECONDS = 30;

    private final Clipboard clipboard;
    private final Supplier<Duration> clearAfter;
    private PauseTransition pending;
    private String copied;

    public SecretClipboard(Clipboard clipboard, Supplier<Duration> clearAfter) {
        this.clipboard = clipboard;
        this.clearAfter = clearAfter;
    }

    /** Puts the full value on the clipboard and schedules its removal. */
    public void copy(Secret secret) {
        cancelPending();
        copied = secret.reveal();
        ClipboardContent content = new ClipboardContent();
        content.putString(copied);
        clipboard.setContent(content);
        pending = new PauseTransition(clearAfter.get());
        pending.setOnFinished(e -> clearNow());
        pending.play();
    }

    /** Removes the secret now if it is still what the clipboard holds; leaves anything else alone. */
    public void clearNow() {
        cancelPending();
        if (copied != null && clipboard.hasString() && copied.equals(clipboard.getString())) {
            clipboard.clear();
        }
        copied = null;
    }

    /** Whether a copied secret is still waiting to be cleared. */
    public boolean holdsSecret() {
        return copied != null;
    }

    private void cancelPending() {
        if (pending != null) {
            pending.stop();
            pending = null;
        }
    }
}
