package com.accountdesk.ui.common;

import javafx.beans.value.ObservableStringValue;
import javafx.scene.control.Label;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import javafx.scene.text.TextBoundsType;

/**
 * A status line that keeps its room whether it says something or not: one that appeared and faded
 * (see keys.StatusLine) moved the buttons under the pointer. It holds {@link #LINES} lines from the
 * start, grows for a longer sentence and never shrinks back, so nothing beside or below it moves
 * when a sentence comes or goes.
 */
public final class StatusRoom {
    /** Most sentences fit two lines at the narrowest window (800 px). */
    public static final int LINES = 2;

    private StatusRoom() {
    }

    /** Shows {@code text} in {@code label}, wrapped, in room kept for it. */
    public static void keep(Label label, ObservableStringValue text) {
        label.textProperty().bind(text);
        label.setWrapText(true);
        label.setVisible(true);
        label.setManaged(true);
        Runnable reserve = () -> label.setMinHeight(Math.max(label.getMinHeight(), linesHigh(label.getFont())
                + label.getInsets().getTop() + label.getInsets().getBottom()));
        label.fontProperty().addListener((obs, old, now) -> reserve.run());
        label.insetsProperty().addListener((obs, old, now) -> reserve.run());
        reserve.run();
        // A sentence longer than the room made it taller: it stays so, or the next one going would move things.
        label.heightProperty().addListener((obs, old, now) -> {
            if (now.doubleValue() > label.getMinHeight()) {
                label.setMinHeight(now.doubleValue());
            }
        });
    }

    /**
     * Measured as a label measures its text (bounds centred on the line, LabeledText's): plain
     * logical bounds came out 3 px short of two wrapped lines, and at 800 px "… The clipboard is
     * cleared in 30 …" was cut on its second line.
     */
    private static double linesHigh(Font font) {
        Text lines = new Text("X" + "\nX".repeat(LINES - 1));
        lines.setFont(font);
        lines.setBoundsType(TextBoundsType.LOGICAL_VERTICAL_CENTER);
        return Math.ceil(lines.getLayoutBounds().getHeight());
    }
}
