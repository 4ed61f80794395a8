package com.accountdesk.testing;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Cell;
import javafx.scene.control.Labeled;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.skin.VirtualFlow;
import javafx.scene.text.Text;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds labelled controls whose text is cut: what the skin draws (its text node, "ClickHouse …")
 * differs from the control's text ({@link #clipped}), or that reach past the window's edge
 * ({@link #pastTheEdge}). Table and list cells are left out (a narrow column may cut a
 * long value; its tooltip or a wider column shows it). Call on the FX thread after a layout pass.
 */
public final class Clipping {
    private Clipping() {
    }

    /** "text → shown" for every visible labelled control under {@code root} whose text is cut. */
    public static List<String> clipped(Parent root) {
        root.applyCss();
        root.layout();
        java.util.Set<String> cut = new java.util.LinkedHashSet<>();
        for (Node node : root.lookupAll("*")) {
            if (!(node instanceof Labeled labeled) || node instanceof Cell || !shown(node)
                    || labeled.getText() == null || labeled.getText().isBlank()) {
                continue;
            }
            Text drawn = drawn(labeled);
            if (drawn == null) {
                continue; // not skinned yet, or shows only its graphic
            }
            String full = labeled.isMnemonicParsing() ? withoutMnemonic(labeled.getText()) : labeled.getText();
            if (!drawn.getText().equals(full)) {
                cut.add((node.getId() == null ? node.getClass().getSimpleName() : "#" + node.getId())
                        + " \"" + full + "\" shown as \"" + drawn.getText() + "\"");
            }
        }
        return new ArrayList<>(cut);
    }

    /**
     * "text → shown" for every cell of the column {@code columnId} under {@code root} whose text is
     * cut: for a column whose words must never lose their end (how long a key has left), which the
     * check of the whole window leaves out with the other cells. Call on the FX thread.
     */
    public static List<String> cutCells(Parent root, String columnId) {
        root.applyCss();
        root.layout();
        List<String> cut = new ArrayList<>();
        for (Node node : root.lookupAll(".table-cell")) {
            if (node instanceof javafx.scene.control.TableCell<?, ?> cell && cell.getTableColumn() != null
                    && columnId.equals(cell.getTableColumn().getId()) && cell.getText() != null && !cell.getText().isBlank()) {
                Text drawn = drawn(cell);
                if (drawn != null && !drawn.getText().equals(cell.getText())) {
                    cut.add("\"" + cell.getText() + "\" shown as \"" + drawn.getText() + "\"");
                }
            }
        }
        return cut;
    }

    /** The skin's text node; an icon font graphic is a Text too, so the graphic is left out. Null before a skin. */
    private static Text drawn(Labeled labeled) {
        return labeled.getChildrenUnmodifiable().stream().filter(n -> n instanceof Text && n != labeled.getGraphic())
                .map(Text.class::cast).findFirst().orElse(null);
    }

    /**
     * Labelled controls that keep their whole text (a minimum width of their own) but reach past the
     * window's edge, where the window cuts them instead; what a scroll pane holds can be scrolled to.
     * Call on the FX thread.
     */
    public static List<String> pastTheEdge(Scene scene) {
        scene.getRoot().applyCss();
        scene.getRoot().layout();
        List<String> past = new ArrayList<>();
        for (Node node : scene.getRoot().lookupAll("*")) {
            if (node instanceof Labeled labeled && !(node instanceof Cell) && labeled.getText() != null
                    && !labeled.getText().isBlank() && shownAndNotScrolled(node)) {
                Bounds b = node.localToScene(node.getLayoutBounds());
                if (b.getMinX() < -0.5 || b.getMinY() < -0.5 || b.getMaxX() > scene.getWidth() + 0.5
                        || b.getMaxY() > scene.getHeight() + 0.5) {
                    past.add((node.getId() == null ? node.getClass().getSimpleName() : "#" + node.getId())
                            + " \"" + labeled.getText() + "\" at " + b);
                }
            }
        }
        return past;
    }

    private static boolean shownAndNotScrolled(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible() || n instanceof ScrollPane || n instanceof VirtualFlow<?>) {
                return false;
            }
        }
        return true;
    }

    private static boolean shown(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return true;
    }

    /**
     * A menu item's text as its menu draws it: with mnemonic parsing on, the first lone underscore is
     * taken as the mnemonic and not drawn ("ACM_API_KEY" drawn as "ACMAPI_KEY").
     */
    public static String drawn(MenuItem item) {
        return item.getText() == null ? "" : item.isMnemonicParsing() ? withoutMnemonic(item.getText()) : item.getText();
    }

    /** The text as drawn: the first mnemonic underscore taken out, "__" drawn as one. */
    private static String withoutMnemonic(String text) {
        StringBuilder drawn = new StringBuilder();
        boolean found = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '_' && i + 1 < text.length()) {
                if (text.charAt(i + 1) == '_') {
                    drawn.append('_');
                    i++;
                    continue;
                }
                if (!found) {
                    found = true;
                    continue;
                }
            }
            drawn.append(c);
        }
        return drawn.toString();
    }
}
