package com.accountdesk.ui.backups;

import com.accountdesk.model.ClusterBackup;
import com.accountdesk.ui.common.FxmlViews;
import com.accountdesk.ui.common.ListPlaceholder;
import com.accountdesk.ui.common.Texts;
import com.accountdesk.ui.common.WorkStateView;
import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressIndicator;

/** The Backups… window's content. Thin: binds, and opens the restore question the view-model hands out. */
public final class BackupsController {
    private final BackupsViewModel viewModel;
    private final Parent view;

    @FXML private ListView<ClusterBackup> backupsList;
    @FXML private Button backUpNowButton;
    @FXML private Button restoreButton;
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
        // Loading, or why there is none; a failure's own words stay in the error line below, not twice.
        backupsList.setPlaceholder(ListPlaceholder.builder()
                .loading(viewModel.work().busyProperty(), Texts.get("backups.loading"))
                .empty(Bindings.when(viewModel.work().errorProperty().isEmpty())
                        .then(Texts.get("backups.empty", viewModel.clusterName()))
                        .otherwise(Texts.get("backups.emptyFailed")))
                .build());
        backUpNowButton.disableProperty().bind(viewModel.work().busyProperty().or(viewModel.restoringProperty()));
        restoreButton.disableProperty().bind(Bindings.createBooleanBinding(
                () -> !viewModel.mayRestore(backupsList.getSelectionModel().getSelectedItem()),
                backupsList.getSelectionModel().selectedItemProperty(), viewModel.backups(),
                viewModel.work().busyProperty(), viewModel.restoringProperty()));
        refreshBackupsButton.disableProperty().bind(viewModel.work().busyProperty());
        WorkStateView.bind(viewModel.work(), backupsProgress, backupsStatusLabel, backupsErrorLabel);
        backupsProgress.visibleProperty().bind(viewModel.work().busyProperty().or(viewModel.restoringProperty()));
    }

    @FXML
    private void backUpNow() {
        viewModel.backUpNow();
    }

    @FXML
    private void restore() {
        RestoreQuestion question = viewModel.askRestore(backupsList.getSelectionModel().getSelectedItem());
        if (question == null) {
            return;
        }
        if (RestoreDialog.ask(view.getScene() == null ? null : view.getScene().getWindow(), question)) {
            viewModel.restore(question);
        } else {
            viewModel.cancelRestore(question);
        }
    }

    @FXML
    private void refresh() {
        viewModel.load();
    }
}
