package com.accountdesk.ui.account;

import com.accountdesk.ui.common.FxmlViews;
import com.accountdesk.ui.common.KeyboardFocus;
import com.accountdesk.ui.common.StatusRoom;
import javafx.beans.value.ObservableBooleanValue;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;

/** The Anywhere API Access tab: create a token (the view-model asks first) and copy it once. Thin: binds only. */
public final class AnywhereController {
    private final AnywhereViewModel viewModel;
    private final Parent view;

    @FXML private Button createTokenButton;
    @FXML private ProgressIndicator anywhereProgress;
    @FXML private Label anywhereStatusLabel;
    @FXML private Label anywhereErrorLabel;
    @FXML private VBox tokenBox;
    @FXML private TextField tokenField;
    @FXML private TextArea terraformArea;
    @FXML private TextField exportField;

    public AnywhereController(AnywhereViewModel viewModel) {
        this.viewModel = viewModel;
        this.view = FxmlViews.load(this, "anywhere.fxml");
    }

    public Parent view() {
        return view;
    }

    @FXML
    private void initialize() {
        KeyboardFocus.tabLeaves(terraformArea);
        createTokenButton.disableProperty().bind(viewModel.busyProperty());
        anywhereProgress.visibleProperty().bind(viewModel.busyProperty());
        show(tokenBox, viewModel.tokenProperty().isNotNull());
        tokenField.textProperty().bind(viewModel.tokenTextBinding());
        terraformArea.textProperty().bind(viewModel.terraformBinding());
        exportField.textProperty().bind(viewModel.exportLineBinding());
        StatusRoom.keep(anywhereStatusLabel, viewModel.statusProperty());
        anywhereErrorLabel.textProperty().bind(viewModel.errorProperty());
        show(anywhereErrorLabel, viewModel.errorProperty().isNotEmpty());
    }

    private static void show(Node node, ObservableBooleanValue when) {
        node.visibleProperty().bind(when);
        node.managedProperty().bind(when);
    }

    @FXML
    private void create() {
        viewModel.create();
    }

    @FXML
    private void copyToken() {
        viewModel.copyToken();
    }

    @FXML
    private void copyTerraform() {
        viewModel.copyTerraform();
    }

    @FXML
    private void copyExport() {
        viewModel.copyExport();
    }
}
