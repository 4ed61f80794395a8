package com.accountdesk.ui.common;

import javafx.scene.control.TableCell;
import javafx.scene.text.Font;

import java.time.Instant;
import java.time.ZoneId;

/**
 * A table cell for a time: UTC on the first line, local time on the second (when it differs from
 * UTC), both in a tooltip.
 * Made for long tables: the tooltip is made at the first hover and worded as it shows ({@link
 * HoverTooltip}), and
 * {@link #ROW_HEIGHT_EM} lets the table use a fixed row height instead of measuring rows.
 */
public final class TimeCell<S> extends TableCell<S, Instant> {
    /** Two lines of text plus the cell's padding, in units of the font size. */
    public static final double ROW_HEIGHT_EM = 3.0;

    /** The time shown, null when none. */
    private Instant shown;
    private final HoverTooltip tooltip = HoverTooltip.on(this, () -> words(shown));

    /** The fixed row height for a table with time cells in the default font. */
    public static double rowHeight() {
        return Math.ceil(Font.getDefault().getSize() * ROW_HEIGHT_EM);
    }

    @Override
    protected void updateItem(Instant time, boolean empty) {
        super.updateItem(time, empty);
        shown = empty ? null : time;
        setText(shown == null ? null : TimeFormats.utcAndLocal(shown, ZoneId.systemDefault()));
        tooltip.update();
    }

    private static String words(Instant time) {
        if (time == null) {
            return null;
        }
        ZoneId zone = ZoneId.systemDefault();
        return TimeFormats.differsFromUtc(time, zone)
                ? Texts.get("common.time.tooltip.local", TimeFormats.utc(time), TimeFormats.local(time, zone))
                : Texts.get("common.time.tooltip.same", TimeFormats.utc(time));
    }
}
