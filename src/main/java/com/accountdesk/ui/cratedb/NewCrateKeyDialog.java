package com.accountdesk.ui.cratedb;

import com.accountdesk.model.CreatedCrateKey;
import com.accountdesk.model.Secret;
import com.accountdesk.ui.common.CredentialExports;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Window;

import java.util.function.Consumer;
import java.util.function.IntSupplier;

/**
 * Shows a new key's secret, the only time CrateDB Cloud gives it out, with a copy button; the
 * secret is dropped from the dialog when it closes.
 */
public final class NewCrateKeyDialog {
    private final Dialog<Void> dialog = new Dialog<>();
    private final TextField secretField = new TextField();
    private final GridPane grid = new GridPane();
    private final HBox secretRow = new HBox(8);
    private final Label copied = new Label();
    private final String key;
    private final Consumer<Secret> copyTo;
    private final IntSupplier clearAfter;
    private Secret secret;

    /**
     * @param copy              puts the secret on the clipboard and clears it later
     * @param clearAfterSeconds how long the clipboard keeps it, to say so
     */
    public NewCrateKeyDialog(Window owner, CreatedCrateKey created, Consumer<Secret> copy, IntSupplier clearAfterSeconds) {
        this.secret = created.secret();
        dialog.initOwner(owner);
        dialog.initModality(Modality.WINDOW_MODAL);
        dialog.setTitle("New API key");
        dialog.setHeaderText("Copy the secret now: CrateDB Cloud shows it only this once.");

        TextField keyField = new TextField(created.key().key());
        keyField.setId("newKeyField");
        keyField.setEditable(false);
        secretField.setId("newSecretField");
        secretField.setEditable(false);
        secretField.setText(secret.reveal());
        secretField.setPrefColumnCount(40);
        this.key = created.key().key();
        this.copyTo = copy;
        this.clearAfter = clearAfterSeconds;
        copied.setId("copiedLabel");
        copied.setWrapText(true);
        Button copyButton = new Button("_Copy secret");
        copyButton.setId("copySecretButton");
        copyButton.setOnAction(e -> {
            if (secret != null) {
                copy.accept(secret);
                copied.setText("Copied. The clipboard is cleared in " + clearAfterSeconds.getAsInt() + " seconds.");
            }
        });

        grid.setHgap(8);
        grid.setVgap(8);
        Label keyLabel = new Label("API key");
        keyLabel.setLabelFor(keyField);
        Label secretLabel = new Label("Secret");
        secretLabel.setLabelFor(secretField);
        keyLabel.setMinWidth(Region.USE_PREF_SIZE);
        secretLabel.setMinWidth(Region.USE_PREF_SIZE);
        copyButton.setMinWidth(Region.USE_PREF_SIZE);
        grid.addRow(0, keyLabel, keyField);
        secretRow.getChildren().addAll(secretField, copyButton);
        HBox.setHgrow(secretField, Priority.ALWAYS);
        grid.addRow(1, secretLabel, secretRow);
        GridPane.setHgrow(secretRow, Priority.ALWAYS);
        Label note = new Label("Use the key and secret as user and password (HTTP basic auth). "
                + "Closing this dialog forgets the secret; if it is lost, create another key.");
        note.setWrapText(true);
        VBox content = new VBox(12, grid, copied, note);
        content.setPadding(new Insets(8, 0, 0, 0));
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().setPrefWidth(620);

        // A cancel-type button so Escape and the window's close box work; also the default, for Enter.
        ButtonType done = new ButtonType("Done", ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().add(done);
        Button doneButton = (Button) dialog.getDialogPane().lookupButton(done);
        doneButton.setId("newKeyDoneButton");
        doneButton.setDefaultButton(true);
        dialog.setOnHidden(e -> forget());
    }

    /**
     * Adds "Copy as" beside Copy secret: shell exports and a profile for croud, a curl line. Each
     * holds the secret, so each is copied as one (cleared after a while).
     *
     * @param endpoint the API's base URL; {@code region} may be blank
     */
    public NewCrateKeyDialog withExports(String endpoint, String region) {
        javafx.scene.control.MenuButton copyAs = new javafx.scene.control.MenuButton("Copy a_s");
        copyAs.setMnemonicParsing(true);
        copyAs.setId("copyAsButton");
        copyAs.setMinWidth(Region.USE_PREF_SIZE);
        for (CredentialExports.Kind kind : CredentialExports.Kind.values()) {
            javafx.scene.control.MenuItem item = new javafx.scene.control.MenuItem(switch (kind) {
                case SHELL -> "Shell exports (croud: CRATEDB_CLOUD_API_KEY, _SECRET)";
                case PROFILE -> "croud profile (~/.config/Crate/croud.yaml)";
                case CURL -> "curl command";
            });
            item.setId("copy" + kind.name().charAt(0) + kind.name().substring(1).toLowerCase(java.util.Locale.ROOT) + "Item");
            item.setOnAction(e -> {
                if (secret != null) {
                    copyTo.accept(CredentialExports.crate(kind, endpoint, key, secret, region));
                    copied.setText("Copied as " + kind.label().toLowerCase(java.util.Locale.ROOT) + ". The clipboard is cleared in "
                            + clearAfter.getAsInt() + " seconds.");
                }
            });
            copyAs.getItems().add(item);
        }
        secretRow.getChildren().add(copyAs);
        return this;
    }

    /**
     * Adds a field for the new key's local name (kept on this computer only); {@code onName} gets
     * what was typed when the dialog closes, if anything.
     */
    public NewCrateKeyDialog withNameField(Consumer<String> onName) {
        TextField name = new TextField();
        name.setId("keyNameField");
        name.setPromptText("e.g. nightly export; kept on this computer only");
        Label label = new Label("_Name");
        label.setMnemonicParsing(true);
        label.setLabelFor(name);
        label.setMinWidth(Region.USE_PREF_SIZE);
        grid.addRow(2, label, name);
        dialog.addEventHandler(javafx.scene.control.DialogEvent.DIALOG_HIDDEN, e -> {
            if (!name.getText().isBlank()) {
                onName.accept(name.getText());
            }
        });
        return this;
    }

    public void show() {
        dialog.show();
        secretField.requestFocus();
        secretField.selectAll();
    }

    /** Drops the secret from the dialog; it is never shown again. */
    private void forget() {
        secretField.clear();
        secret = null;
    }

    public Dialog<Void> dialog() {
        return dialog;
    }
}
