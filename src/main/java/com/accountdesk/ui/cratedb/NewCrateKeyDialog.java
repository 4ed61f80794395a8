package com.accountdesk.ui.cratedb;

import com.accountdesk.model.CreatedCrateKey;
import com.accountdesk.model.Secret;
import com.accountdesk.ui.common.AppWindows;
import com.accountdesk.ui.common.CredentialExports;
import com.accountdesk.ui.common.Dialogs;
import com.accountdesk.ui.common.KeyboardFocus;
import com.accountdesk.ui.common.Texts;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.DialogEvent;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;

import java.util.Locale;
import java.util.function.BiFunction;
import java.util.function.Consumer;

/**
 * Shows a new key's secret, the only time CrateDB Cloud gives it out, with Copy secret and "Copy
 * as" (shell exports and a profile for croud, a curl line; each holds the secret, so each is copied
 * as one); the secret is dropped from the dialog when it closes. Copying is the view-model's.
 */
public final class NewCrateKeyDialog {
    private final Dialog<Void> dialog = new Dialog<>();
    private final TextField secretField = new TextField();
    private final GridPane grid = new GridPane();
    private final HBox secretRow = new HBox(8);
    private final Label copied = new Label();
    private final CreatedCrateKey created;
    private final BiFunction<CreatedCrateKey, CredentialExports.Kind, String> copy;
    private Secret secret;

    /**
     * @param copy copies the secret, alone (kind null) or as the kind says, and returns the sentence
     *             that says so (how long the clipboard keeps it)
     */
    public NewCrateKeyDialog(Window owner, CreatedCrateKey created, BiFunction<CreatedCrateKey, CredentialExports.Kind, String> copy) {
        this.created = created;
        this.copy = copy;
        this.secret = created.secret();
        dialog.initOwner(owner);
        dialog.initModality(Modality.WINDOW_MODAL);
        Dialogs.style(dialog);
        dialog.setTitle(Texts.get("cratedb.newKey.title"));
        dialog.setHeaderText(Texts.get("cratedb.newKey.header"));

        TextField keyField = new TextField(created.key().key());
        keyField.setId("newKeyField");
        keyField.setEditable(false);
        secretField.setId("newSecretField");
        secretField.setEditable(false);
        secretField.setText(secret.reveal());
        secretField.setPrefColumnCount(40);
        copied.setId("copiedLabel");
        copied.setWrapText(true);
        copied.setMinHeight(Region.USE_PREF_SIZE); // wrapped whole, never one line cut with "…"
        copied.managedProperty().bind(copied.textProperty().isNotEmpty());
        Button copyButton = new Button(Texts.get("cratedb.newKey.copy"));
        copyButton.setId("copySecretButton");
        copyButton.setOnAction(e -> copy(null));

        grid.setHgap(8);
        grid.setVgap(8);
        Label keyLabel = new Label(Texts.get("cratedb.newKey.key"));
        keyLabel.setLabelFor(keyField);
        Label secretLabel = new Label(Texts.get("cratedb.newKey.secret"));
        secretLabel.setLabelFor(secretField);
        keyLabel.setMinWidth(Region.USE_PREF_SIZE);
        secretLabel.setMinWidth(Region.USE_PREF_SIZE);
        copyButton.setMinWidth(Region.USE_PREF_SIZE);
        grid.addRow(0, keyLabel, keyField);
        secretRow.getChildren().addAll(secretField, copyButton);
        HBox.setHgrow(secretField, Priority.ALWAYS);
        grid.addRow(1, secretLabel, secretRow);
        GridPane.setHgrow(secretRow, Priority.ALWAYS);
        Label note = new Label(Texts.get("cratedb.newKey.note"));
        note.setWrapText(true);
        note.setMinHeight(Region.USE_PREF_SIZE);
        VBox content = new VBox(12, grid, copied, note);
        content.setPadding(new Insets(8, 0, 0, 0));
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().setPrefWidth(620);

        // A cancel-type button so Escape and the window's close box work; also the default, for Enter.
        ButtonType done = new ButtonType(Texts.get("cratedb.newKey.done"), ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().add(done);
        Button doneButton = (Button) dialog.getDialogPane().lookupButton(done);
        doneButton.setId("newKeyDoneButton");
        doneButton.setDefaultButton(true);
        KeyboardFocus.escapeReachesTheWindow(dialog.getDialogPane().getScene());
        dialog.setOnHidden(e -> forget());
        // Opened before anything was copied: the dialog grows when the sentence saying so comes.
        dialog.setOnShown(e -> {
            if (dialog.getDialogPane().getScene().getWindow() instanceof Stage stage) {
                AppWindows.growToFit(stage);
            }
        });
        addCopyAs();
    }

    private void copy(CredentialExports.Kind kind) {
        if (secret != null) {
            copied.setText(copy.apply(created, kind));
        }
    }

    /** "Copy as" beside Copy secret. */
    private void addCopyAs() {
        MenuButton copyAs = new MenuButton(Texts.get("cratedb.newKey.copyAs"));
        copyAs.setMnemonicParsing(true);
        copyAs.setId("copyAsButton");
        copyAs.setMinWidth(Region.USE_PREF_SIZE);
        for (CredentialExports.Kind kind : CredentialExports.Kind.values()) {
            MenuItem item = new MenuItem(switch (kind) {
                case SHELL -> Texts.get("cratedb.newKey.copyShell");
                case PROFILE -> Texts.get("cratedb.newKey.copyProfile");
                case CURL -> Texts.get("cratedb.newKey.copyCurl");
            });
            item.setMnemonicParsing(false); // "CRATEDB_CLOUD_API_KEY" keeps its underscores
            item.setId("copy" + kind.name().charAt(0) + kind.name().substring(1).toLowerCase(Locale.ROOT) + "Item");
            item.setOnAction(e -> copy(kind));
            copyAs.getItems().add(item);
        }
        secretRow.getChildren().add(copyAs);
    }

    /**
     * Adds a field for the new key's local name (kept on this computer only); {@code onName} gets
     * what was typed when the dialog closes, if anything.
     */
    public NewCrateKeyDialog withNameField(Consumer<String> onName) {
        TextField name = new TextField();
        name.setId("keyNameField");
        name.setPromptText(Texts.get("cratedb.newKey.namePrompt"));
        Label label = new Label(Texts.get("cratedb.newKey.name"));
        label.setMnemonicParsing(true);
        label.setLabelFor(name);
        label.setMinWidth(Region.USE_PREF_SIZE);
        grid.addRow(2, label, name);
        dialog.addEventHandler(DialogEvent.DIALOG_HIDDEN, e -> {
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
