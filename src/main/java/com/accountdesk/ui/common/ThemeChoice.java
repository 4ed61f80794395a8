package com.accountdesk.ui.common;

import javafx.beans.value.ChangeListener;
import javafx.beans.value.WeakChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.RadioButton;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.Toggle;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;

import java.util.Map;
import java.util.function.Function;

/**
 * The theme choices (System / Light / Dark) as radio items that set and follow {@link Theme}: in
 * the user menu and in the Settings window, so a choice made in one shows in the other.
 */
public final class ThemeChoice {
    private ThemeChoice() {
    }

    /** Adds one radio menu item per choice to {@code menu}. */
    public static void fill(Menu menu, Theme theme) {
        group(theme, menu.getProperties(), mode -> {
            RadioMenuItem item = new RadioMenuItem(mode.menuText());
            item.setId("theme-" + mode.key());
            item.setMnemonicParsing(true);
            item.setOnAction(e -> theme.setMode(mode));
            menu.getItems().add(item);
            return item;
        });
    }

    /** A labelled row of radio buttons, one per choice, for a settings page (Alt+H reaches it). */
    public static Node buttons(Theme theme) {
        Label label = new Label(Texts.get("common.theme.label"));
        label.setMnemonicParsing(true);
        HBox row = new HBox(16, label);
        row.setAlignment(Pos.CENTER_LEFT);
        row.setId("themeChoice");
        group(theme, row.getProperties(), mode -> {
            // No mnemonics here: "Light" would take the L of the sandbox section's "Added latency".
            RadioButton button = new RadioButton(mode.label());
            button.setId("theme-choice-" + mode.key());
            button.setOnAction(e -> theme.setMode(mode));
            if (label.getLabelFor() == null) {
                label.setLabelFor(button);
            }
            row.getChildren().add(button);
            return button;
        });
        return row;
    }

    private static ToggleGroup group(Theme theme, Map<Object, Object> owner, Function<ThemeMode, Toggle> make) {
        ToggleGroup group = new ToggleGroup();
        for (ThemeMode mode : ThemeMode.values()) {
            Toggle toggle = make.apply(mode);
            toggle.setToggleGroup(group);
            toggle.setUserData(mode);
            toggle.setSelected(theme.mode() == mode);
        }
        ChangeListener<ThemeMode> follow = (obs, old, mode) -> group.getToggles().forEach(
                toggle -> toggle.setSelected(toggle.getUserData() == mode));
        // Weak, so a closed window's controls are not kept alive by the app-wide theme; the owner holds it.
        owner.put(ThemeChoice.class, follow);
        theme.modeProperty().addListener(new WeakChangeListener<>(follow));
        return group;
    }
}
