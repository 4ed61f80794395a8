package com.accountdesk.ui.cratedb;

import com.accountdesk.ui.keys.FirstShow;
import com.accountdesk.ui.common.FxmlViews;
import javafx.fxml.FXML;
import com.accountdesk.ui.common.ScrollWhenShort;
import com.accountdesk.ui.common.Texts;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.Label;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The main window's page for a CrateDB Cloud account: who the key belongs to (from
 * {@code /users/me/}) above the API keys, the one thing Account Desk manages there.
 */
public final class CrateAccountController {
    private final CrateAccountViewModel viewModel;
    private final CrateKeysController keys;
    private final CrateClustersController clusters;
    private final Parent view;

    @FXML private VBox root;
    @FXML private Label accountName;
    @FXML private Label accountEmail;
    @FXML private Label accountUsername;
    @FXML private Label accountOrganization;
    @FXML private Label accountEndpoint;
    @FXML private Label accountRegion;
    @FXML private Label accountError;

    /** @param clusters the Clusters tab beside the keys; null shows the keys alone */
    public CrateAccountController(CrateAccountViewModel viewModel, CrateKeysController keys, CrateClustersController clusters) {
        this.viewModel = viewModel;
        this.keys = keys;
        this.clusters = clusters;
        this.view = FxmlViews.load(this, "crate-account.fxml");
        FirstShow.then(view, viewModel::load);
    }

    public Parent view() {
        return view;
    }

    public CrateKeysController keys() {
        return keys;
    }

    /** The Clusters tab; null when the page shows the keys alone. */
    public CrateClustersController clusters() {
        return clusters;
    }

    @FXML
    private void initialize() {
        Node page = keys.view();
        if (clusters != null) {
            // Each tab scrolls on its own when short, as My Account's do: a tab pane gives its content no
            // more than the room it has, so a table's minimum height would otherwise push the buttons out of sight.
            Tab keysTab = new Tab(Texts.get("cratedb.tabs.keys"), new ScrollWhenShort((Region) keys.view(), "pane-scroll", "edge-to-edge"));
            Tab clustersTab = new Tab(Texts.get("cratedb.tabs.clusters"),
                    new ScrollWhenShort((Region) clusters.view(), "pane-scroll", "edge-to-edge"));
            keysTab.setId("keysTab");
            clustersTab.setId("clustersTab");
            TabPane tabs = new TabPane(keysTab, clustersTab);
            tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
            tabs.setId("crateTabs");
            page = tabs;
        }
        root.getChildren().add(page);
        VBox.setVgrow(page, Priority.ALWAYS);
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

    /** Reloads what can change: the keys and the clusters (F5). */
    public void refresh() {
        keys.refresh();
        if (clusters != null) {
            clusters.viewModel().load();
        }
    }
}
