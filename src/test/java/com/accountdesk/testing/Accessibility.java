package com.accountdesk.testing;

import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Labeled;
import javafx.scene.control.MenuButton;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Background;
import javafx.scene.layout.BackgroundFill;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/** Checks a window the way a keyboard or screen-reader user meets it: walks its scene graph (skins included). */
public final class Accessibility {
    private Accessibility() {
    }

    /** Every node under {@code root}, the root first; controls' skins included. */
    public static List<Node> allNodes(Parent root) {
        List<Node> out = new ArrayList<>();
        collect(root, out);
        return out;
    }

    private static void collect(Node node, List<Node> out) {
        out.add(node);
        if (node instanceof Parent parent) {
            parent.getChildrenUnmodifiable().forEach(child -> collect(child, out));
        }
    }

    /** Whether the node and all its ancestors are visible. */
    public static boolean shown(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return true;
    }

    /** Buttons (and menu and toggle buttons) that show an icon and no words. */
    public static List<ButtonBase> iconOnlyButtons(Parent root) {
        return allNodes(root).stream()
                .filter(ButtonBase.class::isInstance).map(ButtonBase.class::cast)
                .filter(b -> b.getGraphic() != null
                        && (b.getText() == null || b.getText().isBlank() || b.getContentDisplay() == ContentDisplay.GRAPHIC_ONLY))
                .toList();
    }

    /** Describes each icon-only button that lacks accessible text or a tooltip; empty when all are fine. */
    public static List<String> undescribedIconButtons(Parent root) {
        return iconOnlyButtons(root).stream()
                .filter(b -> b.getAccessibleText() == null || b.getAccessibleText().isBlank()
                        || b.getTooltip() == null || b.getTooltip().getText() == null || b.getTooltip().getText().isBlank())
                .map(Accessibility::describe)
                .toList();
    }

    /**
     * The actions a keyboard user must be able to reach: shown, enabled buttons, menu buttons and
     * text fields. A field inside a combo box, spinner or date picker counts as that control: the
     * control takes the focus for it.
     */
    public static Set<Node> keyboardActions(Parent root) {
        Set<Node> out = new LinkedHashSet<>();
        allNodes(root).stream()
                .filter(n -> n instanceof ButtonBase || n instanceof MenuButton || n instanceof TextInputControl)
                .filter(n -> shown(n) && !n.isDisabled())
                .map(Accessibility::focusTarget)
                .distinct()
                .forEach(out::add);
        return out;
    }

    private static Node focusTarget(Node node) {
        for (Node n = node.getParent(); n != null; n = n.getParent()) {
            if (n instanceof javafx.scene.control.ComboBoxBase<?> || n instanceof javafx.scene.control.Spinner<?>) {
                return n;
            }
        }
        return node;
    }

    /**
     * The actions TAB never reached. A radio button counts as reached when its group was: TAB
     * enters a group at its selected button and the arrow keys move within it.
     */
    public static List<String> missed(Set<Node> actions, Set<Node> reached) {
        return actions.stream()
                .filter(n -> !reached.contains(n))
                .filter(n -> !(n instanceof javafx.scene.control.RadioButton radio && radio.getToggleGroup() != null
                        && radio.getToggleGroup().getToggles().stream().anyMatch(reached::contains)))
                .map(Accessibility::describe)
                .toList();
    }

    /** Presses TAB up to {@code presses} times and returns every node that had the focus, in order. */
    public static Set<Node> focusOwnersWhileTabbing(FxRobot robot, Scene scene, int presses) {
        Set<Node> seen = new LinkedHashSet<>();
        for (int i = 0; i < presses; i++) {
            robot.type(KeyCode.TAB);
            WaitForAsyncUtils.waitForFxEvents();
            Node owner = scene.getFocusOwner();
            if (owner != null) {
                seen.add(owner);
            }
        }
        return seen;
    }

    /** WCAG contrast ratio of two opaque colours (1 to 21). */
    public static double contrast(Color a, Color b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    /** Relative luminance (0 black to 1 white), for telling a light background from a dark one. */
    public static double luminanceOf(Color c) {
        return luminance(c);
    }

    static double luminance(Color c) {
        return 0.2126 * channel(c.getRed()) + 0.7152 * channel(c.getGreen()) + 0.0722 * channel(c.getBlue());
    }

    private static double channel(double v) {
        return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
    }

    /** The colour behind a node: the nearest painted backgrounds, see-through ones blended over what is below. */
    public static Color backgroundBehind(Node node, Color windowFill) {
        List<Color> layers = new ArrayList<>();
        for (Node n = node; n != null; n = n.getParent()) {
            if (n instanceof Region region) {
                Color fill = topFill(region.getBackground());
                if (fill != null) {
                    layers.add(fill);
                    if (fill.getOpacity() >= 0.999) {
                        break;
                    }
                }
            }
        }
        Color result = windowFill;
        for (int i = layers.size() - 1; i >= 0; i--) {
            result = blend(layers.get(i), result);
        }
        return result;
    }

    private static Color topFill(Background background) {
        if (background == null) {
            return null;
        }
        Color top = null;
        for (BackgroundFill fill : background.getFills()) {
            if (fill.getFill() instanceof Color c && c.getOpacity() > 0) {
                top = c; // painted last, so on top
            }
        }
        return top;
    }

    private static Color blend(Color over, Color under) {
        double a = over.getOpacity();
        return new Color(over.getRed() * a + under.getRed() * (1 - a), over.getGreen() * a + under.getGreen() * (1 - a),
                over.getBlue() * a + under.getBlue() * (1 - a), 1);
    }

    /** Labels and buttons whose text is below WCAG AA contrast (4.5:1, or 3:1 for large text) against what is behind them. */
    public static List<String> lowContrastText(Parent root, Color windowFill) {
        return allNodes(root).stream()
                .filter(Labeled.class::isInstance).map(Labeled.class::cast)
                .filter(l -> shown(l) && !l.isDisabled() && l.getText() != null && !l.getText().isBlank())
                .flatMap(l -> {
                    Paint paint = l.getTextFill();
                    if (!(paint instanceof Color fg)) {
                        return Stream.empty();
                    }
                    Color bg = backgroundBehind(l, windowFill);
                    double ratio = contrast(blend(fg, bg), bg);
                    double needed = large(l.getFont()) ? 3.0 : 4.5;
                    return ratio < needed
                            ? Stream.of(String.format("%s: %.2f:1 (needs %.1f), text %s on %s", describe(l), ratio, needed, fg, bg))
                            : Stream.empty();
                })
                .toList();
    }

    private static boolean large(Font font) {
        boolean bold = font.getStyle().toLowerCase().contains("bold")
                || FontWeight.findByName(font.getStyle()) == FontWeight.BOLD;
        return font.getSize() >= 24 || bold && font.getSize() >= 18.66;
    }

    /**
     * Shown text buttons whose text has no mnemonic. Menu buttons named after the user and Cancel
     * buttons (Esc is their key) are not asked for one.
     */
    public static List<String> textButtonsWithoutMnemonic(Parent root) {
        return allNodes(root).stream()
                .filter(n -> n instanceof ButtonBase && !(n instanceof MenuButton))
                .map(ButtonBase.class::cast)
                .filter(b -> !(b instanceof javafx.scene.control.Button button && button.isCancelButton()))
                .filter(b -> shown(b) && b.getText() != null && !b.getText().isBlank())
                .filter(b -> !b.isMnemonicParsing() || !b.getText().contains("_"))
                .map(Accessibility::describe)
                .toList();
    }

    /**
     * Letters that more than one shown control answers with Alt: JavaFX then only moves the focus
     * between them and presses none (Alt+U was Res_ume…, _Upgrade… and the connection's _User).
     * Buttons, and labels that name a field, count; disabled ones too, as they come and go.
     */
    public static List<String> sharedMnemonics(Parent root) {
        java.util.Map<Character, List<String>> byLetter = new java.util.TreeMap<>();
        allNodes(root).stream()
                .filter(n -> n instanceof Labeled l && l.isMnemonicParsing() && l.getText() != null && shown(n)
                        && (!(n instanceof javafx.scene.control.Label label) || label.getLabelFor() != null)
                        && !insideAnotherLabeled(n)) // a menu button's own label is part of it
                .map(Labeled.class::cast)
                .forEach(l -> {
                    int at = l.getText().indexOf('_');
                    if (at >= 0 && at + 1 < l.getText().length()) {
                        byLetter.computeIfAbsent(Character.toUpperCase(l.getText().charAt(at + 1)), c -> new ArrayList<>())
                                .add(describe(l));
                    }
                });
        return byLetter.entrySet().stream().filter(e -> e.getValue().size() > 1)
                .map(e -> "Alt+" + e.getKey() + ": " + e.getValue()).toList();
    }

    private static boolean insideAnotherLabeled(Node node) {
        for (Node n = node.getParent(); n != null; n = n.getParent()) {
            if (n instanceof Labeled) {
                return true;
            }
        }
        return false;
    }

    public static String describe(Node node) {
        String text = node instanceof Labeled l ? " \"" + l.getText() + "\"" : "";
        return node.getClass().getSimpleName() + (node.getId() == null ? "" : "#" + node.getId()) + text
                + " " + node.getStyleClass();
    }
}
