package com.accountdesk.ui.common;

import javafx.scene.control.Control;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseEvent;

import java.util.Objects;
import java.util.function.Supplier;

/**
 * A table cell's tooltip, made when the mouse first moves over the cell and worded when it shows.
 * A Tooltip is a popup window with a scene of its own: one made with every cell made every new row
 * of a long table dear (a fifth of showing 10,000 keys), and wording it at every update cost each
 * scroll a message format per cell.
 */
public final class HoverTooltip {
    private final Control owner;
    private final Supplier<String> words;
    private Tooltip tooltip;

    private HoverTooltip(Control owner, Supplier<String> words) {
        this.owner = owner;
        this.words = words;
    }

    /** @param words what the tooltip says of what {@code owner} shows now; null for no tooltip */
    public static HoverTooltip on(Control owner, Supplier<String> words) {
        HoverTooltip hover = new HoverTooltip(owner, words);
        // A filter, so it runs before the owner's handlers see the same move: the tooltip's own
        // handler, added here, then starts its delay from this very move (a mouse that comes over the
        // cell and stops still gets its tooltip).
        owner.addEventFilter(MouseEvent.MOUSE_MOVED, e -> hover.install());
        return hover;
    }

    /** The owner shows something else now (a cell's update): no tooltip where there are no words. */
    public void update() {
        if (tooltip != null) {
            owner.setTooltip(words.get() == null ? null : tooltip);
        }
    }

    private void install() {
        if (tooltip != null && owner.getTooltip() == tooltip) {
            return;
        }
        if (words.get() == null) {
            owner.setTooltip(null);
            return;
        }
        if (tooltip == null) {
            tooltip = new Tooltip();
            tooltip.setOnShowing(e -> tooltip.setText(Objects.requireNonNullElse(words.get(), "")));
        }
        owner.setTooltip(tooltip);
    }
}
