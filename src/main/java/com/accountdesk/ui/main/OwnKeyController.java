package com.accountdesk.ui.main;

import com.accountdesk.keys.OwnKeyReplacement;
import com.accountdesk.ui.common.Texts;
import com.accountdesk.ui.account.ExpiryDialog;
import com.accountdesk.ui.account.ExpiryPreset;
import com.accountdesk.ui.common.FxmlViews;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

import java.util.function.Consumer;

/** The note about the app's own ACM key above the account's page, with Extend… and Replace…. */
public final class OwnKeyController {
    private final OwnKeyViewModel viewModel;
    private final Consumer<OwnKeyReplacement.Result> onReplaced;
    private final VBox view;

    @FXML private VBox ownKey;
    @FXML private HBox note;
    @FXML private Label message;
    @FXML private Label error;
    @FXML private Button extendButton;
    @FXML private Button replaceButton;

    /** @param onReplaced gets the new key's session once a replacement is done */
    public OwnKeyController(OwnKeyViewModel viewModel, Consumer<OwnKeyReplacement.Result> onReplaced) {
        this.viewModel = viewModel;
        this.onReplaced = onReplaced;
        this.view = FxmlViews.load(this, "own-key.fxml");
    }

    public VBox view() {
        return view;
    }

    @FXML
    private void initialize() {
        message.textProperty().bind(viewModel.messageProperty());
        error.textProperty().bind(viewModel.errorProperty());
        note.visibleProperty().bind(viewModel.showingProperty());
        note.managedProperty().bind(note.visibleProperty());
        error.visibleProperty().bind(viewModel.errorProperty().isNotEmpty());
        error.managedProperty().bind(error.visibleProperty());
        ownKey.visibleProperty().bind(note.visibleProperty().or(error.visibleProperty()));
        ownKey.managedProperty().bind(ownKey.visibleProperty());
        extendButton.disableProperty().bind(viewModel.busyProperty());
        replaceButton.disableProperty().bind(viewModel.busyProperty());
        replaceButton.visibleProperty().bind(viewModel.canReplaceProperty());
        replaceButton.managedProperty().bind(replaceButton.visibleProperty());
        note.setId("ownKeyNote");
        message.setId("ownKeyMessage");
        error.setId("ownKeyError");
        extendButton.setId("ownKeyExtend");
        replaceButton.setId("ownKeyReplace");
    }

    @FXML
    private void extend() {
        new ExpiryDialog(view.getScene().getWindow(), Texts.get("main.ownKey.extend.title"),
                Texts.get("main.ownKey.extend.question"), Texts.get("main.ownKey.extend.action"),
                ExpiryPreset.ONE_WEEK, null, viewModel::now, viewModel::expiryProblem)
                .ask().ifPresent(viewModel::extend);
    }

    @FXML
    private void replace() {
        new ExpiryDialog(view.getScene().getWindow(), Texts.get("main.ownKey.replace.title"),
                Texts.get("main.ownKey.replace.question"), Texts.get("main.ownKey.replace.action"), ExpiryPreset.ONE_WEEK, null, viewModel::now, viewModel::expiryProblem)
                .ask().ifPresent(at -> viewModel.replace(at, onReplaced));
    }
}
