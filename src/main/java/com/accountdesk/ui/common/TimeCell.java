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
    private String tooltipText;

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
        if (empty || time == null) {
            setText(null);
            tooltipText = null;
            setTooltip(null);
            return;
        }
        ZoneId zone = ZoneId.systemDefault();
        setText(TimeFormats.utcAndLocal(time, zone));
        tooltipText = TimeFormats.differsFromUtc(time, zone)
                ? Texts.get("common.time.tooltip.local", TimeFormats.utc(time), TimeFormats.local(time, zone))
                : Texts.get("common.time.tooltip.same", TimeFormats.utc(time));
        if (tooltip != null) {
            installTooltip();
        }
    }

    /** The tooltip for the time shown, made if this is its first (the mouse has just come over the cell). */
    private void installTooltip() {
        if (tooltipText == null) {
            return;
        }
        if (tooltip == null) {
            tooltip = new Tooltip();
        }
        tooltip.setText(tooltipText);
        setTooltip(tooltip);
    }
}
