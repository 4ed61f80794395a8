package com.accountdesk.ui.settings;

import com.accountdesk.session.KeyWarnings;
import com.accountdesk.io.Settings;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/**
 * The Settings window's "Expiring keys": how long before its expiry a key is pointed out (the
 * main window's note, the reminder, the default of {@code account-desk status} stays 24 h), and
 * whether saved accounts are checked at start and daily.
 */
public final class KeyWarningsSection {
    private final VBox view;

    public KeyWarningsSection(Settings settings) {
        Spinner<Integer> hours = new Spinner<>(0, 24 * 30, (int) KeyWarnings.warning(settings).toHours(), 1);
        hours.setId("keyWarningSpinner");
        hours.setEditable(true);
        hours.setPrefWidth(90);
        hours.setAccessibleText("Point out API keys expiring within this many hours");
        hours.valueProperty().addListener((obs, old, value) -> {
            if (value != null) {
                settings.put(KeyWarnings.WARNING_HOURS_SETTING, value);
            }
        });
        Label before = new Label("Point out API keys expiring within");
        before.setLabelFor(hours);
        HBox row = new HBox(8, before, hours, new Label("hours"));
        row.setAlignment(Pos.CENTER_LEFT);

        CheckBox reminders = new CheckBox("Check saved accounts at start and daily, and tell me of keys that expire "
                + "soon or are refused");
        reminders.setId("remindersCheck");
        reminders.setWrapText(true);
        reminders.setSelected(KeyWarnings.remindersOn(settings));
        reminders.selectedProperty().addListener((obs, old, on) -> settings.put(KeyWarnings.REMINDERS_SETTING, on));
        Label hint = new Label("Turning checks on takes effect at the next start; off, at once.");
        hint.getStyleClass().add("hint-text");
        hint.setWrapText(true);
        view = new VBox(8, row, reminders, hint);
    }

    public Node view() {
        return view;
    }
}
