package com.accountdesk.ui.common;

import com.accountdesk.model.Secret;
import javafx.scene.Scene;
import javafx.scene.input.Clipboard;
import javafx.scene.input.DataFormat;
import javafx.scene.layout.Pane;
import javafx.stage.Stage;
import javafx.util.Duration;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A copied secret carries the OS's "do not keep this" mark beside the text, and a plain copy does
 * not. (The headless clipboard keeps formats as given; what each OS does with them cannot be seen here.)
 */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class SecretClipboardHintUiTest {
    @Start
    void start(Stage stage) {
        stage.setScene(new Scene(new Pane(), 100, 100));
        stage.show();
    }

    @Test
    void aSecretCopyIsMarkedForClipboardManagersAndAPlainOneIsNot(FxRobot robot) {
        AtomicReference<Object> hint = new AtomicReference<>();
        AtomicReference<String> text = new AtomicReference<>();
        AtomicReference<Boolean> plainMarked = new AtomicReference<>();
        robot.interact(() -> {
            SecretClipboard clipboard = new SecretClipboard(Clipboard.getSystemClipboard(), () -> Duration.seconds(30));
            clipboard.copy(Secret.of("key-0123456789"));
            DataFormat kde = DataFormat.lookupMimeType(SecretClipboard.KDE_PASSWORD_HINT);
            text.set(Clipboard.getSystemClipboard().getString());
            hint.set(kde == null ? null : Clipboard.getSystemClipboard().getContent(kde));
            clipboard.clearNow();
            javafx.scene.input.ClipboardContent plain = new javafx.scene.input.ClipboardContent();
            plain.putString("terraform { }"); // as the app copies what is not a secret
            Clipboard.getSystemClipboard().setContent(plain);
            plainMarked.set(kde != null && Clipboard.getSystemClipboard().hasContent(kde));
            Clipboard.getSystemClipboard().clear();
        });
        assertEquals("key-0123456789", text.get(), "the text is there as before");
        assertTrue(hint.get() != null, "Linux: the KDE password-manager hint is set");
        ByteBuffer bytes = hint.get() instanceof ByteBuffer b ? b.duplicate() : ByteBuffer.wrap((byte[]) hint.get());
        byte[] raw = new byte[bytes.remaining()];
        bytes.get(raw);
        assertEquals("secret", new String(raw, StandardCharsets.US_ASCII));
        assertFalse(plainMarked.get(), "plain text is not marked");
    }

    @Test
    void eachOsGetsItsOwnConvention() {
        Map<DataFormat, Object> windows = SecretClipboard.concealment("Windows 11");
        assertTrue(windows.keySet().stream().anyMatch(f -> f.getIdentifiers().contains("CanIncludeInClipboardHistory")));
        assertTrue(windows.keySet().stream().anyMatch(f -> f.getIdentifiers().contains("ExcludeClipboardContentFromMonitorProcessing")));
        assertTrue(SecretClipboard.concealment("Mac OS X").keySet().stream()
                .anyMatch(f -> f.getIdentifiers().contains("org.nspasteboard.ConcealedType")));
        assertTrue(SecretClipboard.concealment("Linux").keySet().stream()
                .anyMatch(f -> f.getIdentifiers().contains(SecretClipboard.KDE_PASSWORD_HINT)));
    }
}
