package com.accountdesk.ui.common;

import javafx.scene.Scene;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/** Keyboard focus fixes shared by the views. */
public final class KeyboardFocus {
    private KeyboardFocus() {
    }

    /**
     * Makes Tab (and Shift+Tab) leave a text area instead of typing a tab character, so a keyboard
     * user is never trapped in it. For areas whose text never needs a tab (lists, read-only blocks).
     */
    public static void tabLeaves(TextArea area) {
        area.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.TAB && !e.isControlDown() && !e.isAltDown() && !e.isMetaDown()) {
                e.consume();
                // The text area's own behaviour moves the focus on Ctrl+Tab.
                area.fireEvent(new KeyEvent(e.getSource(), e.getTarget(), e.getEventType(), e.getCharacter(), e.getText(),
                        e.getCode(), e.isShiftDown(), true, false, false));
            }
        });
    }

    /**
     * Escape closes the window whatever has the focus. A scene accelerator alone is not enough: a
     * focused ListView keeps Escape to itself (its cancel-edit mapping consumes it), so the window
     * stayed open until the focus was moved off the list.
     */
    public static void escapeCloses(Scene scene, Runnable close) {
        scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE && !e.isControlDown() && !e.isAltDown() && !e.isMetaDown() && !e.isShiftDown()) {
                e.consume();
                close.run();
            }
        });
    }
}
