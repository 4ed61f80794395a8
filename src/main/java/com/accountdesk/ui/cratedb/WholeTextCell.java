package com.accountdesk.ui.cratedb;

import com.accountdesk.ui.common.HoverTooltip;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableCell;
import javafx.scene.text.Text;

/**
 * A text cell that, when its column is too narrow for its words ("analytics-…", "GREEN ·…" on an
 * 800 px screen), says them whole in a tooltip when the mouse comes over it; none when they show whole.
 */
final class WholeTextCell<R> extends TableCell<R, String> {
    private final HoverTooltip tip = whenCut(this);

    @Override
    protected void updateItem(String item, boolean empty) {
        super.updateItem(item, empty);
        setText(empty ? null : item);
        tip.update();
    }

    /** A tooltip on {@code cell} with its whole text while what it draws of it is cut; call its update() in updateItem. */
    static HoverTooltip whenCut(Labeled cell) {
        return HoverTooltip.on(cell, () -> cutText(cell));
    }

    /** The whole text when what the cell draws of it ends short; null when it shows whole. */
    static String cutText(Labeled cell) {
        String text = cell.getText();
        if (text == null || text.isEmpty()) {
            return null;
        }
        Text drawn = cell.getChildrenUnmodifiable().stream().filter(n -> n instanceof Text && n != cell.getGraphic())
                .map(Text.class::cast).findFirst().orElse(null);
        return drawn != null && !text.equals(drawn.getText()) ? text : null;
    }
}
