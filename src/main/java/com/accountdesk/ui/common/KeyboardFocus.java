package com.accountdesk.ui.common;

import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.MenuButton;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.Mnemonic;

import java.util.List;

/** Keyboard focus fixes shared by the views. */
public final class KeyboardFocus {
    private static final KeyCombination ESCAPE = new KeyCodeCombination(KeyCode.ESCAPE);
    private static final KeyCombination ENTER = new KeyCodeCombination(KeyCode.ENTER);
    private KeyboardFocus() {
    }

    /**
     * Makes Tab (and Shift+Tab) leave a text area instead of typing a tab character, so a keyboard
     * user is never trapped in it. For areas whose text never needs a tab (lists, read-only blocks).
     */
    public static void tabLeaves(TextArea area) {
        area.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.TAB && !e.isControlDown() && !e.isAltDown() && !e.isMetaDown()) {
                e.consume();
                // The text area's own behaviour moves the focus on Ctrl+Tab.
                area.fireEvent(new KeyEvent(e.getSource(), e.getTarget(), e.getEventType(), e.getCharacter(), e.getText(),
                        e.getCode(), e.isShiftDown(), true, false, false));
            }
        });
    }

    /** Escape closes the window ({@code close}) whatever has the focus; see {@link #escapeReachesTheWindow}. */
    public static void escapeCloses(Scene scene, Runnable close) {
        scene.getAccelerators().put(ESCAPE, close);
        escapeReachesTheWindow(scene);
    }

    /**
     * Escape does what the window's Escape does (its accelerator: a cancel button's, or one put by
     * {@link #escapeCloses}) whatever control has the focus. An accelerator alone is not enough: a
     * focused ListView keeps Escape to itself (its cancel-edit mapping), and so does a closed menu
     * button ("Copy ▾", where the focus is after a copy), so the window stayed open. A list or menu
     * that is open still closes first.
     */
    public static void escapeReachesTheWindow(Scene scene) {
        scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            Runnable escape = scene.getAccelerators().get(ESCAPE);
            if (escape != null && ESCAPE.match(e) && !showsPopup(scene.getFocusOwner())) {
                e.consume();
                escape.run();
            }
        });
    }

    private static boolean showsPopup(Node focused) {
        return (focused instanceof ComboBoxBase<?> box && box.isShowing()) || (focused instanceof MenuButton menu && menu.isShowing());
    }

    /**
     * Enter on a tick box or radio button presses the window's default button (its accelerator), as
     * it does in a text field; Space still ticks. JavaFX lets such a button take Enter itself: on a
     * page whose focus starts on a tick box, Enter (meant as Next) unticked it.
     */
    public static void enterReachesTheDefaultButton(Scene scene) {
        scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            Runnable enter = scene.getAccelerators().get(ENTER);
            if (enter != null && ENTER.match(e) && (scene.getFocusOwner() instanceof CheckBox
                    || scene.getFocusOwner() instanceof ToggleButton)) {
                e.consume();
                enter.run();
            }
        });
    }

    /**
     * Down on {@code table} with no row selected selects the first row, Up the last. The table's
     * focus starts on row 0, so Down went to row 1: the first environment was skipped, and a lone
     * cluster could not be selected by keyboard at all.
     */
    public static void arrowsSelectFromTheEnds(TableView<?> table) {
        table.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            boolean arrow = (e.getCode() == KeyCode.DOWN || e.getCode() == KeyCode.UP)
                    && !e.isShiftDown() && !e.isShortcutDown() && !e.isAltDown();
            if (arrow && table.getSelectionModel().isEmpty() && !table.getItems().isEmpty()) {
                e.consume();
                int row = e.getCode() == KeyCode.DOWN ? 0 : table.getItems().size() - 1;
                table.getSelectionModel().clearAndSelect(row);
                table.getFocusModel().focus(row);
                table.scrollTo(row);
            }
        });
    }

    /**
     * Alt+letter presses the one shown, enabled control underlined with that letter. JavaFX tries
     * only the first entry of the window's mnemonics that matches the key ("A" and "a" are two), and
     * gives up when that entry holds no shown control: a control gone leaves its entry empty (after
     * signing in, the sign-in's "_Endpoint URL" hid Users…'s "Us_ers"), and a hidden tab's controls
     * stay registered. Empty entries are dropped; where JavaFX would find nothing, this finds the
     * control in whichever entry it is. Two shown controls with one letter are left to JavaFX.
     */
    public static void mnemonicsOutliveNoControl(Scene scene) {
        scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            scene.getMnemonics().values().removeIf(List::isEmpty);
            if (!e.isAltDown() || e.isControlDown() || e.isMetaDown()) {
                return;
            }
            List<Mnemonic> live = scene.getMnemonics().entrySet().stream()
                    .filter(entry -> entry.getKey().match(e))
                    .flatMap(entry -> entry.getValue().stream())
                    .filter(m -> shownIn(scene, m.getNode()) && !m.getNode().isDisabled())
                    .toList();
            if (live.size() == 1) {
                e.consume();
                Node node = live.get(0).getNode();
                if (node.isFocusTraversable()) {
                    node.requestFocus(); // as JavaFX does: a field named by a label takes the focus
                }
                live.get(0).fire();
            }
        });
    }

    private static boolean shownIn(Scene scene, Node node) {
        if (node == null || node.getScene() != scene) {
            return false;
        }
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return true;
    }

    /**
     * When one of {@code actions} turns off while it holds the focus (its work has started), the
     * focus goes to {@code subject}, what it acted on, not on to the next enabled control, where
     * JavaFX would put it (after Stop, Users…; after Suspend, "Copy ▾"). The scene's focus owner
     * counts, not isFocused(): a confirmation may still hold the window focus then.
     */
    public static void focusGoesBackWhenOff(Node subject, Node... actions) {
        for (Node action : actions) {
            action.disabledProperty().addListener((obs, was, off) -> {
                if (off && action.getScene() != null && action.getScene().getFocusOwner() == action) {
                    subject.requestFocus();
                }
            });
        }
    }
}
