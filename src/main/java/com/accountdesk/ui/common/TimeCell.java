package com.accountdesk.ui.common;

import javafx.scene.control.TableCell;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseEvent;
import javafx.scene.text.Font;

import java.time.Instant;
import java.time.ZoneId;

/**
 * A table cell for a time: UTC on the first line, local time on the second (when it differs from
 * UTC), both in a tooltip.
 * Made for long tables: the cell makes its tooltip when the mouse first comes over it and then only
 * changes its text (a new Tooltip per update builds a popup scene each time, which made scrolling and
 * sorting 10,000 keys stutter; one per cell made every new row dear), and
 * {@link #ROW_HEIGHT_EM} lets the table use a fixed row height instead of measuring rows.
 */
public class TimeCell<S> extends TableCell<S, Instant> {
    /** Two lines of text plus the cell's padding, in units of the font size. */
    public static final double ROW_HEIGHT_EM = 3.0;

    /**
     * Made at the first hover: a Tooltip is a popup window with a scene of its own, and a table makes
     * two time cells a row whenever it makes rows (a fifth of the cost of showing 10,000 keys).
     */
    private Tooltip tooltip;
    /** The time shown, null when none: the tooltip's words are made only when it is. */
    private Instant shown;

    public TimeCell() {
        addEventHandler(MouseEvent.MOUSE_ENTERED, e -> installTooltip());
    }

    /** The fixed row height for a table with time cells in the default font. */
    public static double rowHeight() {
        return Math.ceil(Font.getDefault().getSize() * ROW_HEIGHT_EM);
    }

    @Override
    protected void updateItem(Instant time, boolean empty) {
        super.updateItem(time, empty);
        shown = empty ? null : time;
        if (shown == null) {
            setText(null);
            setTooltip(null);
            return;
        }
        setText(TimeFormats.utcAndLocal(time, ZoneId.systemDefault()));
        if (tooltip != null) {
            setTooltip(tooltip);
        }
    }

    /** The mouse has just come over the cell: its tooltip, made if this is the first time; worded as it shows. */
    private void installTooltip() {
        if (shown == null || getTooltip() != null) {
            return;
        }
        if (tooltip == null) {
            tooltip = new Tooltip();
            tooltip.setOnShowing(e -> tooltip.setText(words(shown)));
        }
        setTooltip(tooltip);
    }

    private static String words(Instant time) {
        if (time == null) {
            return "";
        }
        ZoneId zone = ZoneId.systemDefault();
        return TimeFormats.differsFromUtc(time, zone)
                ? Texts.get("common.time.tooltip.local", TimeFormats.utc(time), TimeFormats.local(time, zone))
                : Texts.get("common.time.tooltip.same", TimeFormats.utc(time));
    }
}
