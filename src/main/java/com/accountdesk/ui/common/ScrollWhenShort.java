package com.accountdesk.ui.common;

import javafx.geometry.Bounds;
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
    /** A node to scroll into view at the next layout, once it has its place; null for none. */
    private Node toReveal;

    public ScrollWhenShort(Region content, String... scrollStyles) {
        super(content);
        this.content = content;
        this.scrollStyles = List.of(scrollStyles);
    }

    /** The ScrollPane around the content once the window has been too short for it; null before. */
    public ScrollPane scrollPane() {
        return scroll;
    }

    /**
     * Scrolls, at the next layout, so that {@code node} (inside the content) is in view whole, or its
     * top when it is taller than the window: a message that appears below the bottom edge (an error
     * under a form on a small screen) is read, not cut off there. Nothing moves while nothing scrolls.
     */
    public void reveal(Node node) {
        toReveal = node;
        requestLayout();
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
        Node node = toReveal;
        toReveal = null;
        if (node != null && scroll != null) {
            scroll.layout();
            double contentHeight = content.getHeight();
            double viewport = scroll.getViewportBounds().getHeight();
            double room = contentHeight - viewport;
            if (room > 0 && node.isVisible()) {
                Bounds b = content.sceneToLocal(node.localToScene(node.getLayoutBounds()));
                double top = scroll.getVvalue() * room;
                double wanted = top;
                if (b.getMaxY() > top + viewport) {
                    wanted = b.getMaxY() - viewport;
                }
                if (b.getMinY() < wanted) {
                    wanted = b.getMinY();
                }
                scroll.setVvalue(Math.max(0, Math.min(1, wanted / room)));
            }
        }
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
