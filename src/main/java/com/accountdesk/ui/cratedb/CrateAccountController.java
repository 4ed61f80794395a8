package com.accountdesk.ui.cratedb;

import com.accountdesk.ui.keys.FirstShow;
import com.accountdesk.ui.common.FxmlViews;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The main window's page for a CrateDB Cloud account: who the key belongs to (from
 * {@code /users/me/}) above the API keys, the one thing Account Desk manages there.
 */
public final class CrateAccountController {
    private final CrateAccountViewModel viewModel;
    private final CrateKeysController keys;
    private final Parent view;

    @FXML private VBox root;
    @FXML private Label accountName;
    @FXML private Label accountEmail;
    @FXML private Label accountUsername;
    @FXML private Label accountOrganization;
    @FXML private Label accountEndpoint;
    @FXML private Label accountRegion;
    @FXML private Label accountError;

    public CrateAccountController(CrateAccountViewModel viewModel, CrateKeysController keys) {
        this.viewModel = viewModel;
        this.keys = keys;
        this.view = FxmlViews.load(this, "crate-account.fxml");
        FirstShow.then(view, viewModel::load);
    }

    public Parent view() {
        return view;
    }

    public CrateKeysController keys() {
        return keys;
    }

    @FXML
    private void initialize() {
        root.getChildren().add(keys.view());
        VBox.setVgrow(keys.view(), Priority.ALWAYS);
        accountName.textProperty().bind(viewModel.nameProperty());
        accountEmail.textProperty().bind(viewModel.emailProperty());
        accountUsername.textProperty().bind(viewModel.usernameProperty());
        accountOrganization.textProperty().bind(viewModel.organizationProperty());
        accountEndpoint.setText(viewModel.endpoint());
        accountRegion.setText(viewModel.region());
        accountError.textProperty().bind(viewModel.errorProperty());
        accountError.visibleProperty().bind(accountError.textProperty().isNotEmpty());
        accountError.managedProperty().bind(accountError.visibleProperty());
    }

    /** Reloads what can change: the keys (F5). */
    public void refresh() {
        keys.refresh();
    }
}
