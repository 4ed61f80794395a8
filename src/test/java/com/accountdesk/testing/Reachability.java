package com.accountdesk.testing;

import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.Cell;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Slider;
import javafx.scene.control.Spinner;
import javafx.scene.control.TableView;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.skin.VirtualFlow;
import javafx.stage.Screen;
import javafx.stage.Window;

import java.util.ArrayList;
import java.util.List;

/**
 * What a person cannot reach: a window that is not wholly on its screen, and a visible, enabled
 * control that lies outside the window's client area or is cut by a parent's clip, unless it sits in
 * a scroll pane that can scroll to it. Rows of a table or list are left out (their list scrolls).
 * Call on the FX thread.
 */
public final class Reachability {
    private Reachability() {
    }

    /** Every problem in {@code window}, one line each; empty when everything can be reached. */
    public static List<String> unreachable(Window window) {
        List<String> problems = new ArrayList<>();
        Rectangle2D screen = screenOf(window);
        if (window.getX() < screen.getMinX() - 0.5 || window.getY() < screen.getMinY() - 0.5
                || window.getX() + window.getWidth() > screen.getMaxX() + 0.5
                || window.getY() + window.getHeight() > screen.getMaxY() + 0.5) {
            problems.add(String.format("window %.0f,%.0f %.0fx%.0f is not inside the screen %.0f,%.0f %.0fx%.0f",
                    window.getX(), window.getY(), window.getWidth(), window.getHeight(),
                    screen.getMinX(), screen.getMinY(), screen.getWidth(), screen.getHeight()));
        }
        Scene scene = window.getScene();
        Parent root = scene.getRoot();
        root.applyCss();
        root.layout();
        Bounds client = new BoundingBox(0, 0, scene.getWidth(), scene.getHeight());
        for (Node node : root.lookupAll("*")) {
            if (!actionable(node) || !shown(node) || node.isDisabled() || inARow(node)) {
                continue;
            }
            Bounds b = node.localToScene(node.getLayoutBounds());
            if (b.getWidth() < 1 || b.getHeight() < 1) {
                problems.add(name(node) + " is squeezed to " + size(b));
                continue;
            }
            ScrollPane scroll = scrollPaneAbove(node);
            if (scroll != null) {
                String cut = cutByScrollPane(scroll, b);
                if (cut != null) {
                    problems.add(name(node) + " " + cut);
                }
                continue; // the pane itself is checked as a control of its own
            }
            Bounds area = visibleArea(node, client);
            if (!contains(area, b)) {
                problems.add(name(node) + " at " + size(b) + " lies outside what is shown " + size(area));
            }
        }
        for (Node node : root.lookupAll(".scroll-pane")) {
            if (node instanceof ScrollPane scroll && shown(node) && scrollPaneAbove(node) == null) {
                Bounds b = node.localToScene(node.getLayoutBounds());
                Bounds area = visibleArea(node, client);
                if (!contains(area, b)) {
                    problems.add("scroll pane " + name(scroll) + " at " + size(b) + " lies outside what is shown " + size(area));
                }
            }
        }
        return problems;
    }

    private static Rectangle2D screenOf(Window window) {
        List<Screen> screens = Screen.getScreensForRectangle(window.getX(), window.getY(),
                Math.max(1, window.getWidth()), Math.max(1, window.getHeight()));
        return (screens.isEmpty() ? Screen.getPrimary() : screens.get(0)).getVisualBounds();
    }

    /** Something a person clicks or types into. */
    private static boolean actionable(Node node) {
        return node instanceof ButtonBase || node instanceof TextInputControl || node instanceof ComboBoxBase<?>
                || node instanceof ChoiceBox<?> || node instanceof Spinner<?> || node instanceof Slider
                || node instanceof TableView<?> || node instanceof ListView<?>;
    }

    private static boolean shown(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return true;
    }

    /** Inside a table or list row, or a part of a composite control (a spinner's editor, a combo's arrow). */
    private static boolean inARow(Node node) {
        for (Node n = node.getParent(); n != null; n = n.getParent()) {
            if (n instanceof Cell<?> || n instanceof VirtualFlow<?> || n instanceof Spinner<?> || n instanceof ComboBoxBase<?>) {
                return true;
            }
        }
        return false;
    }

    private static ScrollPane scrollPaneAbove(Node node) {
        for (Node n = node.getParent(); n != null; n = n.getParent()) {
            if (n instanceof ScrollPane scroll) {
                return scroll;
            }
        }
        return null;
    }

    /** Null when the pane can show {@code b} (it is in view, or the pane scrolls that way); else why not. */
    private static String cutByScrollPane(ScrollPane scroll, Bounds b) {
        Node viewport = scroll.lookup(".viewport");
        if (viewport == null) {
            return null; // not skinned yet
        }
        Bounds view = viewport.localToScene(viewport.getLayoutBounds());
        boolean vertical = b.getMinY() < view.getMinY() - 0.5 || b.getMaxY() > view.getMaxY() + 0.5;
        boolean horizontal = b.getMinX() < view.getMinX() - 0.5 || b.getMaxX() > view.getMaxX() + 0.5;
        if (vertical && scroll.getVbarPolicy() == ScrollPane.ScrollBarPolicy.NEVER) {
            return "at " + size(b) + " is cut by a scroll pane that does not scroll up and down";
        }
        if (horizontal && (scroll.getHbarPolicy() == ScrollPane.ScrollBarPolicy.NEVER || scroll.isFitToWidth())) {
            return "at " + size(b) + " is cut at the side of a scroll pane that does not scroll sideways " + size(view);
        }
        return null;
    }

    /** The window's client area, narrowed by every parent's clip (a split pane's side, a tab's content). */
    private static Bounds visibleArea(Node node, Bounds client) {
        double minX = client.getMinX();
        double minY = client.getMinY();
        double maxX = client.getMaxX();
        double maxY = client.getMaxY();
        for (Node n = node.getParent(); n != null; n = n.getParent()) {
            if (n.getClip() != null) {
                Bounds clip = n.localToScene(n.getClip().getBoundsInParent());
                minX = Math.max(minX, clip.getMinX());
                minY = Math.max(minY, clip.getMinY());
                maxX = Math.min(maxX, clip.getMaxX());
                maxY = Math.min(maxY, clip.getMaxY());
            }
        }
        return new BoundingBox(minX, minY, Math.max(0, maxX - minX), Math.max(0, maxY - minY));
    }

    private static boolean contains(Bounds area, Bounds b) {
        return b.getMinX() >= area.getMinX() - 0.5 && b.getMinY() >= area.getMinY() - 0.5
                && b.getMaxX() <= area.getMaxX() + 0.5 && b.getMaxY() <= area.getMaxY() + 0.5;
    }

    private static String name(Node node) {
        String text = node instanceof javafx.scene.control.Labeled l && l.getText() != null && !l.getText().isBlank()
                ? " \"" + l.getText() + "\"" : "";
        return (node.getId() == null ? node.getClass().getSimpleName() : "#" + node.getId()) + text;
    }

    private static String size(Bounds b) {
        return String.format("%.0f,%.0f %.0fx%.0f", b.getMinX(), b.getMinY(), b.getWidth(), b.getHeight());
    }
}
