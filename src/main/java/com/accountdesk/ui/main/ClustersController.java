package com.accountdesk.ui.main;

import com.accountdesk.model.Cluster;
import com.accountdesk.ui.common.FxmlViews;
import com.accountdesk.ui.common.ListPlaceholder;
import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

/** The Clusters table of the environment chosen above it; stops watching when taken off screen. */
public final class ClustersController {
    private final ClustersViewModel viewModel;
    private final Parent view;

    @FXML private Label clustersTitle;
    @FXML private ProgressIndicator clustersProgress;
    @FXML private Label clustersPolling;
    @FXML private Button clustersRefresh;
    @FXML private Label clustersError;
    @FXML private TableView<Cluster> clustersTable;
    @FXML private TableColumn<Cluster, String> clusterIdColumn;
    @FXML private TableColumn<Cluster, String> clusterNameColumn;
    @FXML private TableColumn<Cluster, String> clusterStatusColumn;
    @FXML private TableColumn<Cluster, String> clusterTopologyColumn;

    public ClustersController(ClustersViewModel viewModel) {
        this.viewModel = viewModel;
        this.view = FxmlViews.load(this, "clusters.fxml");
        // Polling ends when the view leaves the window (sign-out, window closed).
        view.sceneProperty().addListener((obs, old, scene) -> {
            if (scene == null) {
                viewModel.stop();
            }
        });
    }

    public Parent view() {
        return view;
    }

    public ClustersViewModel viewModel() {
        return viewModel;
    }

    @FXML
    private void initialize() {
        ListPlaceholder.textColumn(clusterIdColumn, Cluster::id);
        ListPlaceholder.textColumn(clusterNameColumn, Cluster::name);
        ListPlaceholder.textColumn(clusterStatusColumn, Cluster::status);
        ListPlaceholder.textColumn(clusterTopologyColumn, c -> c.nodes() + " node(s): " + c.shards() + " × " + c.replicas());
        clustersTable.setItems(viewModel.clusters());
        clustersTable.setPlaceholder(ListPlaceholder.builder()
                .loading(viewModel.loadingProperty(), "Loading clusters…")
                .error(viewModel.errorProperty(), "Could not load the clusters.", viewModel::refresh)
                .empty(Bindings.createStringBinding(() -> viewModel.environmentProperty().get() == null
                        ? "Choose an environment above to see its clusters."
                        : "No clusters in this environment yet. Launch one with \"Launch Cluster…\" (Alt+L).",
                        viewModel.environmentProperty()))
                .build());
        clustersTitle.textProperty().bind(Bindings.createStringBinding(() -> viewModel.environmentProperty().get() == null
                ? "Clusters" : "Clusters of " + viewModel.environmentProperty().get().name(), viewModel.environmentProperty()));
        clustersProgress.visibleProperty().bind(viewModel.loadingProperty());
        clustersPolling.visibleProperty().bind(viewModel.pollingProperty());
        clustersRefresh.disableProperty().bind(viewModel.environmentProperty().isNull());
        ListPlaceholder.bindStaleError(clustersError, viewModel.errorProperty(), viewModel.clusters());
    }

    @FXML
    private void refresh() {
        viewModel.refresh();
    }
}
