package com.accountdesk.ui.common;

import javafx.scene.control.TableCell;
import javafx.scene.control.Tooltip;
import javafx.scene.text.Font;

import java.time.Instant;
import java.time.ZoneId;

/**
 * A table cell for a time: UTC on the first line, local time on the second (when it differs from
 * UTC), both in a tooltip.
 * Made for long tables: the cell keeps one tooltip and only changes its text (a new Tooltip per
 * update builds a popup scene each time, which made scrolling and sorting 10,000 keys stutter), and
 * {@link #ROW_HEIGHT_EM} lets the table use a fixed row height instead of measuring rows.
 */
public class TimeCell<S> extends TableCell<S, Instant> {
    /** Two lines of text plus the cell's padding, in units of the font size. */
    public static final double ROW_HEIGHT_EM = 3.0;

    private final Tooltip tooltip = new Tooltip();

    /** The fixed row height for a table with time cells in the default font. */
    public static double rowHeight() {
        return Math.ceil(Font.getDefault().getSize() * ROW_HEIGHT_EM);
    }

    @Override
    protected void updateItem(Instant time, boolean empty) {
        super.updateItem(time, empty);
        if (empty || time == null) {
            setText(null);
            setTooltip(null);
            return;
        }
        ZoneId zone = ZoneId.systemDefault();
        setText(TimeFormats.utcAndLocal(time, zone));
        tooltip.setText(TimeFormats.differsFromUtc(time, zone)
                ? Texts.get("common.time.tooltip.local", TimeFormats.utc(time), TimeFormats.local(time, zone))
                : Texts.get("common.time.tooltip.same", TimeFormats.utc(time)));
        setTooltip(tooltip);
    }
}
