package com.accountdesk.ui.common;

import javafx.scene.control.TableCell;
import javafx.scene.text.Text;

import java.util.function.Function;

/**
 * A table cell with a full and a brief form of its text ("2026-12-06 19:08 UTC" and "2026-12-06"):
 * the full one where the column is wide enough, else the brief one whole, with the full one in its
 * tooltip. Cut to "2026-12-0…", a narrow column (a small screen) lost the day itself.
 */
public final class BriefWhenNarrowCell<S, T> extends TableCell<S, T> {
    private final Function<T, String> full;
    private final Function<T, String> brief;
    private final HoverTooltip tooltip = HoverTooltip.on(this, this::hiddenPart);
    private final Text measure = new Text();

    public BriefWhenNarrowCell(Function<T, String> full, Function<T, String> brief) {
        this.full = full;
        this.brief = brief;
    }

    @Override
    protected void updateItem(T item, boolean empty) {
        super.updateItem(item, empty);
        setText(empty || item == null ? null : fitting(item, getWidth()));
        tooltip.update();
    }

    @Override
    protected void layoutChildren() {
        T item = getItem();
        if (!isEmpty() && item != null) {
            String text = fitting(item, getWidth());
            if (!text.equals(getText())) {
                setText(text);
                tooltip.update();
            }
        }
        super.layoutChildren();
    }

    /** The full text where {@code width} holds it (or before the cell has a width), else the brief one. */
    private String fitting(T item, double width) {
        String whole = full.apply(item);
        if (width <= 0) {
            return whole;
        }
        measure.setFont(getFont());
        measure.setText(whole);
        double room = width - snappedLeftInset() - snappedRightInset();
        return measure.getLayoutBounds().getWidth() <= room ? whole : brief.apply(item);
    }

    /** The full text while the brief one shows; no tooltip when the full one shows. */
    private String hiddenPart() {
        T item = getItem();
        if (isEmpty() || item == null) {
            return null;
        }
        String whole = full.apply(item);
        return whole.equals(getText()) ? null : whole;
    }
}
