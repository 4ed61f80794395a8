package com.accountdesk.ui.main;

import com.accountdesk.model.Cluster;
import com.accountdesk.model.ClusterConnection;
import com.accountdesk.model.ClusterRules;
import com.accountdesk.model.DisplayText;
import com.accountdesk.model.Environment;
import com.accountdesk.model.Secret;
import com.accountdesk.ui.common.KeyboardFocus;
import com.accountdesk.ui.common.FxmlViews;
import com.accountdesk.ui.common.ListPlaceholder;
import com.accountdesk.ui.common.SortedRows;
import com.accountdesk.ui.common.Texts;
import com.accountdesk.ui.common.WorkStateView;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.ObjectBinding;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.stage.Stage;
import javafx.stage.Window;

import java.time.ZoneId;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The Clusters table of the environment chosen above it, with each cluster's progress, the actions
 * on the selected cluster and how to connect to it. Stops watching when taken off screen, and asks
 * nothing while its window is hidden or minimised.
 */
public final class ClustersController {
    private final ClustersViewModel viewModel;
    private final ClusterActionsViewModel actions;
    private final Consumer<Secret> copy;
    private final ClusterChoices choices;
    private final Parent view;
    private ObjectBinding<Cluster> selected;
    /** The cluster the user selected, kept while its row is replaced by a newer answer. */
    private String selectedId;

    @FXML private Label clustersTitle;
    @FXML private ProgressIndicator clustersProgress;
    @FXML private Label clustersPolling;
    @FXML private Button clustersRefresh;
    @FXML private Label clustersError;
    @FXML private TableView<Cluster> clustersTable;
    @FXML private TableColumn<Cluster, String> clusterIdColumn;
    @FXML private TableColumn<Cluster, String> clusterNameColumn;
    @FXML private TableColumn<Cluster, String> clusterStatusColumn;
    @FXML private TableColumn<Cluster, String> clusterProgressColumn;
    @FXML private TableColumn<Cluster, String> clusterTopologyColumn;
    @FXML private Button clusterStopButton;
    @FXML private Button clusterResumeButton;
    @FXML private Button clusterRestartButton;
    @FXML private Button clusterRescaleButton;
    @FXML private Button clusterUpgradeButton;
    @FXML private Button clusterTerminateButton;
    @FXML private Button clusterTryAgainButton;
    @FXML private Button clusterUsersButton;
    @FXML private Button clusterBackupsButton;
    private final Consumer<Cluster> openUsers;
    private final Consumer<Cluster> openBackups;
    @FXML private Label clusterActionMessage;
    @FXML private Label clusterLockedNote;
    @FXML private GridPane connectionDetails;
    @FXML private TextField connectionHost;
    @FXML private Label connectionPorts;
    @FXML private TextField connectionUser;
    @FXML private Label connectionUserLabel;
    @FXML private Label connectionHint;
    @FXML private Label latestBackupLabel;
    @FXML private Label latestBackupValue;
    @FXML private Button copyClientCommandButton;
    @FXML private Button copyHttpUrlButton;
    @FXML private Button copyMysqlCommandButton;

    /**
     * @param choices an environment's node types and versions, loading from when asked, for the rescale and upgrade dialogs' lists
     * @param copy puts a connection command on the clipboard the way secrets go (taken off again
     *             after a while), though none holds a password: they name the host and user
     */
    public ClustersController(ClustersViewModel viewModel, ClusterActionsViewModel actions, Consumer<Secret> copy,
                              ClusterChoices choices) {
        this(viewModel, actions, copy, choices, cluster -> { }, cluster -> { });
    }

    /**
     * @param openUsers   opens the selected cluster's Users… window
     * @param openBackups opens the selected cluster's Backups… window
     */
    public ClustersController(ClustersViewModel viewModel, ClusterActionsViewModel actions, Consumer<Secret> copy,
                              ClusterChoices choices, Consumer<Cluster> openUsers, Consumer<Cluster> openBackups) {
        this.openUsers = openUsers;
        this.openBackups = openBackups;
        this.viewModel = viewModel;
        this.choices = choices;
        this.actions = actions;
        this.copy = copy;
        this.view = FxmlViews.load(this, "clusters.fxml");
        actions.follow(viewModel.clusters(), viewModel.statuses());
        // Polling ends when the view leaves the window (sign-out, window closed).
        view.sceneProperty().addListener((obs, old, scene) -> {
            if (scene == null) {
                viewModel.stop();
            }
        });
        // Nothing is asked while the window is hidden or minimised.
        BooleanBinding showing = Bindings.selectBoolean(view.sceneProperty(), "window", "showing");
        BooleanBinding minimised = Bindings.createBooleanBinding(() -> view.getScene() != null
                        && view.getScene().getWindow() instanceof Stage stage && stage.isIconified(),
                view.sceneProperty(), Bindings.select(view.sceneProperty(), "window"), showing);
        viewModel.visibleProperty().bind(showing.and(minimised.not()));
    }

    public Parent view() {
        return view;
    }

    public ClustersViewModel viewModel() {
        return viewModel;
    }

    @FXML
    private void initialize() {
        KeyboardFocus.arrowsSelectFromTheEnds(clustersTable);
        ListPlaceholder.textColumn(clusterIdColumn, Cluster::id);
        ListPlaceholder.textColumn(clusterNameColumn, Cluster::name);
        ListPlaceholder.textColumn(clusterStatusColumn, Cluster::status);
        clusterProgressColumn.setCellValueFactory(cell -> Bindings.createStringBinding(
                () -> ClustersViewModel.progress(viewModel.statuses().get(cell.getValue().id())), viewModel.statuses()));
        ListPlaceholder.textColumn(clusterTopologyColumn, ClustersViewModel::topology);
        SortedRows.show(clustersTable, viewModel.clusters());
        clustersTable.setPlaceholder(ListPlaceholder.builder()
                .loading(viewModel.loadingProperty(), Texts.get("clusters.loading"))
                .error(viewModel.errorProperty(), Texts.get("clusters.loadFailed"), viewModel::refresh)
                .empty(Bindings.createStringBinding(() -> viewModel.environmentProperty().get() == null
                        ? Texts.get("clusters.empty.noEnvironment") : Texts.get("clusters.empty.none"),
                        viewModel.environmentProperty()))
                .build());
        clustersTitle.textProperty().bind(Bindings.createStringBinding(() -> viewModel.environmentProperty().get() == null
                ? Texts.get("clusters.title") : Texts.get("clusters.titleOf", viewModel.environmentProperty().get().name()),
                viewModel.environmentProperty()));
        clustersProgress.visibleProperty().bind(viewModel.loadingProperty());
        clustersPolling.visibleProperty().bind(viewModel.pollingProperty());
        clustersRefresh.disableProperty().bind(viewModel.environmentProperty().isNull());
        ListPlaceholder.bindStaleError(clustersError, viewModel.errorProperty(), viewModel.clusters());

        // Rows are replaced as answers come, which clears the table's selection: the same cluster is selected again.
        clustersTable.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (now != null) {
                selectedId = now.id();
            }
        });
        viewModel.clusters().addListener((ListChangeListener<Cluster>) change -> {
            if (selectedId != null && clustersTable.getSelectionModel().getSelectedItem() == null) {
                viewModel.clusters().stream().filter(c -> c.id().equals(selectedId)).findFirst()
                        .ifPresent(c -> clustersTable.getSelectionModel().select(c));
            }
        });
        viewModel.environmentProperty().addListener((obs, old, env) -> selectedId = null);
        // The selected cluster as the table shows it now.
        selected = Bindings.createObjectBinding(() -> clustersTable.getSelectionModel().getSelectedItem(),
                clustersTable.getSelectionModel().selectedItemProperty(), viewModel.clusters());
        clusterUsersButton.disableProperty().bind(selected.isNull());
        clusterBackupsButton.disableProperty().bind(selected.isNull());
        enable(clusterStopButton, ClusterActionsViewModel.Action.STOP);
        enable(clusterResumeButton, ClusterActionsViewModel.Action.RESUME);
        enable(clusterRestartButton, ClusterActionsViewModel.Action.RESTART);
        enable(clusterRescaleButton, ClusterActionsViewModel.Action.RESCALE);
        enable(clusterUpgradeButton, ClusterActionsViewModel.Action.UPGRADE);
        enable(clusterTerminateButton, ClusterActionsViewModel.Action.TERMINATE);
        KeyboardFocus.focusGoesBackWhenOff(clustersTable, clusterStopButton, clusterResumeButton, clusterRestartButton,
                clusterRescaleButton, clusterUpgradeButton, clusterTerminateButton);
        clusterLockedNote.textProperty().bind(Bindings.createStringBinding(
                () -> ClusterActionsViewModel.lockedNote(selected.get()), selected));
        clusterLockedNote.visibleProperty().bind(clusterLockedNote.textProperty().isNotEmpty());
        clusterLockedNote.managedProperty().bind(clusterLockedNote.visibleProperty());
        clusterTryAgainButton.visibleProperty().bind(actions.retryLaterProperty().isNotNull());
        clusterTryAgainButton.managedProperty().bind(clusterTryAgainButton.visibleProperty());
        clusterTryAgainButton.disableProperty().bind(actions.runningProperty());
        clusterActionMessage.textProperty().bind(actions.messageProperty());
        clusterActionMessage.visibleProperty().bind(actions.messageProperty().isNotEmpty());
        clusterActionMessage.managedProperty().bind(clusterActionMessage.visibleProperty());
        actions.failedProperty().addListener((obs, was, failed) -> {
            clusterActionMessage.getStyleClass().remove("error-text");
            if (failed) {
                clusterActionMessage.getStyleClass().add("error-text");
            }
        });

        // Here, not in the FXML: the field comes after its label there, and a forward reference stays null (Alt+U did nothing).
        connectionUserLabel.setLabelFor(connectionUser);
        ObjectBinding<ClusterConnection> connection = Bindings.createObjectBinding(
                () -> selected.get() == null ? null : ClusterConnection.of(selected.get()), selected);
        connectionDetails.visibleProperty().bind(connection.isNotNull());
        connectionDetails.managedProperty().bind(connectionDetails.visibleProperty());
        connectionHost.textProperty().bind(Bindings.createStringBinding(
                () -> connection.get() == null ? "" : DisplayText.neutralise(connection.get().host()), connection));
        connectionHint.textProperty().bind(Bindings.createStringBinding(
                () -> ClustersViewModel.connectionHint(connection.get()), connection));
        connectionPorts.textProperty().bind(Bindings.createStringBinding(
                () -> connection.get() == null ? "" : ClustersViewModel.ports(connection.get()), connection));
        latestBackupValue.textProperty().bind(Bindings.createStringBinding(
                () -> ClustersViewModel.latestBackup(selected.get(), ZoneId.systemDefault()), selected));
        WorkStateView.shownWhen(latestBackupValue, latestBackupValue.textProperty().isNotEmpty());
        WorkStateView.shownWhen(latestBackupLabel, latestBackupValue.textProperty().isNotEmpty());
        copyHttpUrlButton.textProperty().bind(Bindings.createStringBinding(() -> connection.get() != null
                && !connection.get().secure() ? Texts.get("clusters.copyHttpUrl") : Texts.get("clusters.copyHttpsUrl"), connection));
        // A host that is not a host name or an IP address goes into no command and no URL.
        BooleanBinding badUser = Bindings.createBooleanBinding(
                () -> ClusterRules.adminUser(connectionUser.getText().trim()) != null
                        || connection.get() == null || !connection.get().hostIsUsable(), connectionUser.textProperty(), connection);
        copyClientCommandButton.disableProperty().bind(badUser);
        copyHttpUrlButton.disableProperty().bind(badUser);
        copyMysqlCommandButton.visibleProperty().bind(Bindings.createBooleanBinding(
                () -> connection.get() != null && connection.get().hasMysql(), connection));
        copyMysqlCommandButton.managedProperty().bind(copyMysqlCommandButton.visibleProperty());
        copyMysqlCommandButton.disableProperty().bind(badUser);
    }

    private void enable(Button button, ClusterActionsViewModel.Action action) {
        button.disableProperty().bind(Bindings.createBooleanBinding(() -> actions.runningProperty().get()
                || !ClusterActionsViewModel.allowed(action, selected.get(),
                selected.get() == null ? null : viewModel.statuses().get(selected.get().id())),
                selected, viewModel.statuses(), actions.runningProperty()));
    }

    private Window window() {
        return view.getScene() == null ? null : view.getScene().getWindow();
    }

    @FXML
    private void refresh() {
        viewModel.refresh();
    }

    @FXML
    private void stop() {
        actions.stop(selected.get());
    }

    @FXML
    private void resume() {
        actions.resume(selected.get());
    }

    @FXML
    private void restart() {
        actions.restart(selected.get());
    }

    @FXML
    private void rescale() {
        Cluster cluster = selected.get();
        if (cluster != null) {
            ask(ClusterDialogs.rescale(window(), cluster, choices.nodeTypes(cluster.environmentId())));
        }
    }

    @FXML
    private void upgrade() {
        Cluster cluster = selected.get();
        Environment shown = viewModel.environmentProperty().get();
        if (cluster != null && shown != null) {
            ask(ClusterDialogs.upgrade(window(), cluster, choices.versions(shown)));
        }
    }

    @FXML
    private void terminate() {
        ask(ClusterDialogs.terminate(window(), selected.get()));
    }

    private void ask(Optional<ClusterActionsViewModel.Request> request) {
        request.ifPresent(actions::run);
    }

    @FXML
    private void users() {
        if (selected.get() != null) {
            openUsers.accept(selected.get());
        }
    }

    @FXML
    private void backups() {
        if (selected.get() != null) {
            openBackups.accept(selected.get());
        }
    }

    @FXML
    private void tryAgain() {
        actions.tryAgain();
    }

    @FXML
    private void copyClientCommand() {
        ClusterConnection c = selected.get() == null ? null : ClusterConnection.of(selected.get());
        if (c != null) {
            c.clickhouseClientCommand(connectionUser.getText().trim()).map(Secret::of).ifPresent(copy);
        }
    }

    @FXML
    private void copyMysqlCommand() {
        ClusterConnection c = selected.get() == null ? null : ClusterConnection.of(selected.get());
        if (c != null && c.hasMysql()) {
            c.mysqlClientCommand(connectionUser.getText().trim()).map(Secret::of).ifPresent(copy);
        }
    }

    @FXML
    private void copyHttpUrl() {
        ClusterConnection c = selected.get() == null ? null : ClusterConnection.of(selected.get());
        if (c != null && c.hostIsUsable()) {
            copy.accept(Secret.of(c.httpUrl(connectionUser.getText().trim())));
        }
    }
}
