package com.accountdesk.ui.settings;

import com.accountdesk.ui.common.Texts;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/** The Settings window's "Expiring keys", bound to its {@link KeyWarningsViewModel}. */
public final class KeyWarningsSection {
    private final VBox view;

    public KeyWarningsSection(KeyWarningsViewModel viewModel) {
        Spinner<Integer> hours = new Spinner<>(0, KeyWarningsViewModel.MAX_HOURS, viewModel.hoursProperty().get(), 1);
        hours.setId("keyWarningSpinner");
        hours.setEditable(true);
        hours.setPrefWidth(90);
        hours.setAccessibleText(Texts.get("settings.keyWarnings.spinner"));
        hours.valueProperty().addListener((obs, old, value) -> {
            if (value != null) {
                viewModel.hoursProperty().set(value);
            }
        });
        Label before = new Label(Texts.get("settings.keyWarnings.before"));
        before.setLabelFor(hours);
        HBox row = new HBox(8, before, hours, new Label(Texts.get("settings.keyWarnings.hours")));
        row.setAlignment(Pos.CENTER_LEFT);

        CheckBox reminders = new CheckBox(Texts.get("settings.keyWarnings.reminders"));
        reminders.setId("remindersCheck");
        reminders.setWrapText(true);
        reminders.selectedProperty().bindBidirectional(viewModel.remindersProperty());
        Label hint = new Label(Texts.get("settings.keyWarnings.hint"));
        hint.getStyleClass().add("hint-text");
        hint.setWrapText(true);
        view = new VBox(8, row, reminders, hint);
    }

    public Node view() {
        return view;
    }
}
