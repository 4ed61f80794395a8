package com.accountdesk.ui.cratedb;

import com.accountdesk.api.cratedb.CrateCommands;
import com.accountdesk.ui.common.Texts;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;

import java.util.function.Function;
import java.util.function.Supplier;

/**
 * "Copy ▾" with "Copy as croud" and "Copy as curl" for a CrateDB cluster change. The copies hold no
 * secret (the key and secret stay in the shell's variables), so they go to the clipboard as plain text.
 */
final class CopyMenu {
    private CopyMenu() {
    }

    /** @param copy the change as it stands now; null when there is nothing to copy (no cluster chosen) */
    static MenuButton of(String id, Supplier<CrateCommands.Copy> copy) {
        MenuButton menu = new MenuButton(Texts.get("cratedb.copy.button"));
        menu.setId(id);
        menu.setMnemonicParsing(true);
        menu.getItems().setAll(item(id + "Croud", Texts.get("cratedb.copy.croud"), copy, CrateCommands.Copy::croud),
                item(id + "Curl", Texts.get("cratedb.copy.curl"), copy, CrateCommands.Copy::curl));
        return menu;
    }

    private static MenuItem item(String id, String text, Supplier<CrateCommands.Copy> copy, Function<CrateCommands.Copy, String> which) {
        MenuItem item = new MenuItem(text);
        item.setId(id);
        item.setOnAction(e -> {
            CrateCommands.Copy now = copy.get();
            if (now != null) {
                ClipboardContent content = new ClipboardContent();
                content.putString(which.apply(now));
                Clipboard.getSystemClipboard().setContent(content);
            }
        });
        return item;
    }
}
