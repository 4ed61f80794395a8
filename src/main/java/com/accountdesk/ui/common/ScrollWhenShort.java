package com.accountdesk.ui.common;

import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;

import java.util.List;

/**
 * Shows {@code content} as it is, and inside a vertical {@link ScrollPane} from the first time the
 * window is shorter than the content wants (a code step and an error on a small screen), so no text
 * is ever cut off, no button out of reach, on a small screen. The ScrollPane, a skin with two scroll
 * bars, is made only then: the connect screen's first frame does without it (issue 19). Whatever had
 * the focus keeps it. Its minimum height is small, so a split pane's divider can still move.
 */
public final class ScrollWhenShort extends StackPane {
    /** Room for a scroll bar and a line of content: below that a pane is gone, not scrolled. */
    private static final double MIN_HEIGHT = 60;
    private final Region content;
    private final List<String> scrollStyles;
    private ScrollPane scroll;

    public ScrollWhenShort(Region content, String... scrollStyles) {
        super(content);
        this.content = content;
        this.scrollStyles = List.of(scrollStyles);
    }

    /** The ScrollPane around the content once the window has been too short for it; null before. */
    public ScrollPane scrollPane() {
        return scroll;
    }

    @Override
    protected double computeMinHeight(double width) {
        return Math.min(super.computeMinHeight(width), MIN_HEIGHT);
    }

    @Override
    protected void layoutChildren() {
        if (scroll == null && getHeight() < content.prefHeight(getWidth())) {
            scrollFromNowOn();
        }
        super.layoutChildren();
    }

    private void scrollFromNowOn() {
        Scene scene = getScene();
        Node focused = scene == null ? null : scene.getFocusOwner();
        scroll = new ScrollPane();
        scroll.setFitToWidth(true);
        scroll.setFitToHeight(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.getStyleClass().addAll(scrollStyles);
        getChildren().setAll(scroll);
        scroll.setContent(content);
        // Styled now (which makes its skin and puts the content back into the scene), laid out next.
        scroll.applyCss();
        if (focused != null && focused.getScene() == scene && !focused.isFocused()) {
            focused.requestFocus();
        }
    }
}
