package com.accountdesk.ui.backups;

import com.accountdesk.model.ClusterBackup;
import com.accountdesk.ui.common.FxmlViews;
import javafx.beans.value.ObservableBooleanValue;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressIndicator;

/** The Backups… window's content. Thin: binds only. */
public final class BackupsController {
    private final BackupsViewModel viewModel;
    private final Parent view;

    @FXML private ListView<ClusterBackup> backupsList;
    @FXML private Button backUpNowButton;
    @FXML private Button refreshBackupsButton;
    @FXML private ProgressIndicator backupsProgress;
    @FXML private Label backupsStatusLabel;
    @FXML private Label backupsErrorLabel;

    public BackupsController(BackupsViewModel viewModel) {
        this.viewModel = viewModel;
        this.view = FxmlViews.load(this, "backups.fxml");
    }

    public Parent view() {
        return view;
    }

    @FXML
    private void initialize() {
        backupsList.setItems(viewModel.backups());
        backupsList.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(ClusterBackup b, boolean empty) {
                super.updateItem(b, empty);
                setText(empty || b == null ? null : viewModel.describe(b));
            }
        });
        backUpNowButton.disableProperty().bind(viewModel.busyProperty());
        refreshBackupsButton.disableProperty().bind(viewModel.busyProperty());
        backupsProgress.visibleProperty().bind(viewModel.busyProperty());
        backupsStatusLabel.textProperty().bind(viewModel.statusProperty());
        show(backupsStatusLabel, viewModel.statusProperty().isNotEmpty());
        backupsErrorLabel.textProperty().bind(viewModel.errorProperty());
        show(backupsErrorLabel, viewModel.errorProperty().isNotEmpty());
    }

    private static void show(Node node, ObservableBooleanValue when) {
        node.visibleProperty().bind(when);
        node.managedProperty().bind(when);
    }

    @FXML
    private void backUpNow() {
        viewModel.backUpNow();
    }

    @FXML
    private void refresh() {
        viewModel.load();
    }
}
