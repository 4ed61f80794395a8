package com.accountdesk.ui.cratedb;

import com.accountdesk.ui.common.HoverTooltip;
import javafx.scene.control.TableCell;
import javafx.scene.text.Text;

/**
 * A text cell that, when its column is too narrow for its words ("analytics-…", "GREEN ·…" on an
 * 800 px screen), says them whole in a tooltip when the mouse comes over it; none when they show whole.
 */
final class WholeTextCell<R> extends TableCell<R, String> {
    private final HoverTooltip tip = HoverTooltip.on(this, this::cutText);

    @Override
    protected void updateItem(String item, boolean empty) {
        super.updateItem(item, empty);
        setText(empty ? null : item);
        tip.update();
    }

    /** The whole text when what the cell draws of it ends short; null when it shows whole. */
    String cutText() {
        String text = getText();
        if (text == null || text.isEmpty()) {
            return null;
        }
        Text drawn = getChildrenUnmodifiable().stream().filter(n -> n instanceof Text && n != getGraphic())
                .map(Text.class::cast).findFirst().orElse(null);
        return drawn != null && !text.equals(drawn.getText()) ? text : null;
    }
}
