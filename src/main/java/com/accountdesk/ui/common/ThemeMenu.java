package com.accountdesk.ui.common;

import javafx.beans.value.ChangeListener;
import javafx.beans.value.WeakChangeListener;
import javafx.scene.control.Menu;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.ToggleGroup;

/** Fills a menu with the theme choices (System / Light / Dark) as radio items that follow {@link Theme}. */
public final class ThemeMenu {
    private ThemeMenu() {
    }

    public static void fill(Menu menu, Theme theme) {
        ToggleGroup group = new ToggleGroup();
        for (ThemeMode mode : ThemeMode.values()) {
            RadioMenuItem item = new RadioMenuItem(mode.menuText());
            item.setId("theme-" + mode.key());
            item.setMnemonicParsing(true);
            item.setToggleGroup(group);
            item.setUserData(mode);
            item.setSelected(theme.mode() == mode);
            item.setOnAction(e -> theme.setMode(mode));
            menu.getItems().add(item);
        }
        ChangeListener<ThemeMode> follow = (obs, old, mode) -> group.getToggles().forEach(
                toggle -> toggle.setSelected(toggle.getUserData() == mode));
        // Weak, so a signed-out window's menu is not kept alive by the app-wide theme; the menu holds it.
        menu.getProperties().put(ThemeMenu.class, follow);
        theme.modeProperty().addListener(new WeakChangeListener<>(follow));
    }
}
