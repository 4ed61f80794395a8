package com.accountdesk.ui.cratedb;

import com.accountdesk.api.cratedb.CrateCloudClient;
import com.accountdesk.model.CrateUser;
import com.accountdesk.ui.common.ErrorMessages;
import com.accountdesk.ui.common.FxmlViews;
import com.accountdesk.ui.common.Tasks;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

import java.util.concurrent.Executor;

/**
 * The main window's page for a CrateDB Cloud account: who the key belongs to (from
 * {@code /users/me/}) above the API keys, the one thing Account Desk manages there.
 */
public final class CrateAccountController {
    private final CrateCloudClient client;
    private final Executor executor;
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

    public CrateAccountController(CrateCloudClient client, Executor executor, CrateKeysController keys) {
        this.client = client;
        this.executor = executor;
        this.keys = keys;
        this.view = FxmlViews.load(this, "crate-account.fxml");
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
        VBox.setVgrow(keys.view(), javafx.scene.layout.Priority.ALWAYS);
        accountEndpoint.setText(client.base().toString());
        accountRegion.setText(client.region() == null ? "default (no X-Region)" : client.region());
        accountError.visibleProperty().bind(accountError.textProperty().isNotEmpty());
        accountError.managedProperty().bind(accountError.visibleProperty());
        Tasks.create(client::me)
                .busy(new SimpleBooleanProperty())
                .onSuccess(this::show)
                .onError(failure -> accountError.setText(ErrorMessages.describe(failure)))
                .runOn(executor);
    }

    private void show(CrateUser user) {
        accountName.setText(user.displayName());
        accountEmail.setText(user.email());
        accountUsername.setText(user.username());
        accountOrganization.setText(user.organizationId() == null || user.organizationId().isBlank() ? "none" : user.organizationId());
    }

    /** Reloads what can change: the keys (F5). */
    public void refresh() {
        keys.refresh();
    }
}
