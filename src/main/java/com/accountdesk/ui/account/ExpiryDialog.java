package com.accountdesk.ui.account;

import com.accountdesk.ui.common.AppWindows;
import com.accountdesk.ui.common.DateTimePicker;
import com.accountdesk.ui.common.Dialogs;
import com.accountdesk.ui.common.Texts;
import javafx.event.ActionEvent;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.stage.Stage;
import javafx.stage.Window;

import java.time.Instant;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Asks when a key should expire: a preset (1 h, 24 h, 7 days, 30 days) or a custom date and time in
 * UTC with the local time beside it. A time that is not allowed is explained and OK stays disabled.
 * Used by Add, by Change expiration, and by the main window's Extend and Replace of the app's own key.
 */
public final class ExpiryDialog extends Dialog<Instant> {
    private final ComboBox<ExpiryPreset> preset = new ComboBox<>();
    private final DateTimePicker picker = new DateTimePicker();
    private final Label problem = new Label();
    private final GridPane grid = new GridPane();
    private final TextField name = new TextField();
    private final Supplier<Instant> clock;
    private final Function<Instant, String> check;

    /**
     * @param initialPreset what is chosen when the dialog opens
     * @param initialTime   the custom time to start from (e.g. the key's current expiry); null: now + 24 h
     * @param check         why a time is refused, or null (the view-model's rule)
     */
    public ExpiryDialog(Window owner, String title, String header, String okLabel, ExpiryPreset initialPreset,
                 Instant initialTime, Supplier<Instant> clock, Function<Instant, String> check) {
        this.clock = clock;
        this.check = check;
        initOwner(owner);
        Dialogs.style(this);
        setTitle(title);
        setHeaderText(header);
        ButtonType ok = new ButtonType(okLabel, ButtonBar.ButtonData.OK_DONE);
        getDialogPane().getButtonTypes().addAll(ok, ButtonType.CANCEL);

        preset.setId("expiryPreset");
        preset.getItems().setAll(ExpiryPreset.values());
        preset.setAccessibleText(Texts.get("account.expiry.presetAccessible"));
        picker.setId("expiryPicker");
        problem.setId("expiryProblem");
        problem.getStyleClass().add("error-text");
        problem.setWrapText(true);
        problem.setMaxWidth(460);
        // As tall as its wrapped lines: the row does not squeeze the sentence to one cut line.
        problem.setMinHeight(Region.USE_PREF_SIZE);

        Label presetLabel = new Label(Texts.get("account.expiry.preset"));
        presetLabel.setMnemonicParsing(true);
        presetLabel.setLabelFor(preset);
        Label atLabel = new Label(Texts.get("account.expiry.at"));
        atLabel.setMnemonicParsing(true);
        atLabel.setLabelFor(picker.datePicker());
        presetLabel.setMinWidth(Region.USE_PREF_SIZE);
        atLabel.setMinWidth(Region.USE_PREF_SIZE);
        grid.setHgap(12);
        grid.setVgap(12);
        grid.addRow(0, presetLabel, preset);
        grid.addRow(1, atLabel, picker);
        grid.add(problem, 0, 2, 2, 1);
        grid.setPadding(new Insets(16, 16, 0, 16));
        getDialogPane().setContent(grid);

        Button okButton = (Button) getDialogPane().lookupButton(ok);
        okButton.setId("expiryOkButton");
        ((Button) getDialogPane().lookupButton(ButtonType.CANCEL)).setId("expiryCancelButton");

        picker.disableProperty().bind(preset.valueProperty().isNotEqualTo(ExpiryPreset.CUSTOM));
        preset.valueProperty().addListener((obs, o, chosen) -> {
            if (chosen != ExpiryPreset.CUSTOM) {
                picker.setValue(chosen.from(clock.get()));
            }
            revalidate();
        });
        picker.valueProperty().addListener((obs, o, n) -> revalidate());
        picker.setValue(initialTime != null ? initialTime : ExpiryPreset.DEFAULT.from(clock.get()));
        preset.setValue(initialPreset);
        revalidate();
        okButton.disableProperty().bind(problem.textProperty().isNotEmpty());
        // Checked once more on OK: the time may have passed while the dialog was open.
        okButton.addEventFilter(ActionEvent.ACTION, e -> {
            picker.commitEdits();
            if (revalidate() != null) {
                e.consume();
            }
        });
        setResultConverter(button -> button == ok ? chosen() : null);
        setOnShown(e -> {
            preset.requestFocus();
            // Opened before any problem is said: the dialog grows when one is (e.g. a time already past).
            if (getDialogPane().getScene().getWindow() instanceof Stage stage) {
                AppWindows.growToFit(stage);
            }
        });
    }

    /** Adds a field for the new key's local name (kept on this computer only); read it with {@link #name()}. */
    public ExpiryDialog withNameField() {
        Label label = new Label(Texts.get("account.expiry.name"));
        label.setMnemonicParsing(true);
        label.setLabelFor(name);
        label.setMinWidth(Region.USE_PREF_SIZE);
        name.setId("keyNameField");
        name.setPromptText(Texts.get("account.expiry.namePrompt"));
        grid.addRow(3, label, name);
        return this;
    }

    /** What was typed as the key's name; "" when none (or no name field). */
    public String name() {
        return name.getText() == null ? "" : name.getText().strip();
    }

    /** The chosen instant: a preset counts from the moment OK is pressed. */
    private Instant chosen() {
        ExpiryPreset p = preset.getValue();
        return p == null || p == ExpiryPreset.CUSTOM ? picker.getValue() : p.from(clock.get());
    }

    private String revalidate() {
        String why = check.apply(chosen());
        problem.setText(why == null ? "" : why);
        return why;
    }

    public Optional<Instant> ask() {
        return showAndWait();
    }
}
