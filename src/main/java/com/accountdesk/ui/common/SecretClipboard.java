package com.accountdesk.ui.common;

import com.accountdesk.io.Settings;
import com.accountdesk.model.Secret;
import javafx.animation.PauseTransition;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.DataFormat;
import javafx.util.Duration;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Copies a secret to the system clipboard and takes it off again after a while (and on quit),
 * unless the user has copied something else since. Use on the FX thread.
 */
public final class SecretClipboard {
    /** Settings key for the delay in seconds. */
    public static final String CLEAR_AFTER_SECONDS = "clipboard.clearAfterSeconds";
    public static final int DEFAULT_CLEAR_AFTER_SECONDS = 30;
    /** The longest delay the setting may ask for: a day. */
    public static final int MAX_CLEAR_AFTER_SECONDS = 24 * 3600;

    /** The delay the settings ask for, checked (1 s to a day; anything else is the default). */
    public static int clearAfterSeconds(Settings settings) {
        return settings.getInt(CLEAR_AFTER_SECONDS, DEFAULT_CLEAR_AFTER_SECONDS, 1, MAX_CLEAR_AFTER_SECONDS);
    }

    /** {@link #clearAfterSeconds} as a supplier, for the constructor. */
    public static Supplier<Duration> clearAfter(Settings settings) {
        return () -> Duration.seconds(clearAfterSeconds(settings));
    }

    private final Clipboard clipboard;
    private final Supplier<Duration> clearAfter;
    private PauseTransition pending;
    private String copied;

    public SecretClipboard(Clipboard clipboard, Supplier<Duration> clearAfter) {
        this.clipboard = clipboard;
        this.clearAfter = clearAfter;
    }

    /** Puts the full value on the clipboard, marked as a secret, and schedules its removal. */
    public void copy(Secret secret) {
        cancelPending();
        // The delay is settled before the secret goes on the clipboard: whatever goes wrong with it
        // must not leave a secret there with nothing to take it off.
        Duration delay = clearAfter.get();
        if (delay == null || delay.isUnknown() || delay.isIndefinite() || delay.lessThanOrEqualTo(Duration.ZERO)) {
            delay = Duration.seconds(DEFAULT_CLEAR_AFTER_SECONDS);
        }
        copied = secret.reveal();
        ClipboardContent content = new ClipboardContent();
        content.putString(copied);
        content.putAll(concealment(System.getProperty("os.name", "")));
        clipboard.setContent(content);
        pending = new PauseTransition(delay);
        pending.setOnFinished(e -> clearNow());
        pending.play();
    }

    /**
     * The formats by which clipboard managers and clipboard history skip a copy, where this OS has
     * such a convention: KDE's (Klipper, and others that follow it) {@code x-kde-passwordManagerHint:
     * secret} on Linux; {@code org.nspasteboard.ConcealedType} on macOS; on Windows
     * {@code ExcludeClipboardContentFromMonitorProcessing} and zero for {@code CanIncludeInClipboardHistory}
     * and {@code CanUploadToCloudClipboard}. JavaFX offers a custom format's bytes under its name
     * (a MIME type on Linux, a pasteboard type on macOS, a registered format on Windows).
     */
    static Map<DataFormat, Object> concealment(String osName) {
        String os = osName.toLowerCase(Locale.ROOT);
        Map<DataFormat, Object> hints = new LinkedHashMap<>();
        if (os.contains("win")) {
            ByteBuffer zero = ByteBuffer.allocate(4).order(ByteOrder.LITTLE_ENDIAN).putInt(0).flip();
            hints.put(format("ExcludeClipboardContentFromMonitorProcessing"), ByteBuffer.wrap(new byte[] {0}));
            hints.put(format("CanIncludeInClipboardHistory"), zero);
            hints.put(format("CanUploadToCloudClipboard"), zero.duplicate());
        } else if (os.contains("mac")) {
            hints.put(format("org.nspasteboard.ConcealedType"), ByteBuffer.wrap(new byte[0]));
        } else {
            hints.put(format(KDE_PASSWORD_HINT), ByteBuffer.wrap("secret".getBytes(StandardCharsets.US_ASCII)));
        }
        return hints;
    }

    /** The MIME type KDE's clipboard and others read to leave a copy out of their history. */
    public static final String KDE_PASSWORD_HINT = "x-kde-passwordManagerHint";

    /** A custom format: made once per JVM (JavaFX refuses a second with the same name). */
    private static synchronized DataFormat format(String id) {
        DataFormat known = DataFormat.lookupMimeType(id);
        return known != null ? known : new DataFormat(id);
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
