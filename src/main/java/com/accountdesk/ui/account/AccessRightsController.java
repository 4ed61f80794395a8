package com.accountdesk.ui.account;

import com.accountdesk.ui.common.KeyboardFocus;
import com.accountdesk.ui.common.FxmlViews;
import com.accountdesk.ui.common.ListPlaceholder;
import com.accountdesk.ui.common.WorkStateView;
import com.accountdesk.ui.common.Texts;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

/** The Access Rights tab: a read-only table of every right and whether the user's role has it. Thin: binds only. */
public final class AccessRightsController {
    private final AccessRightsViewModel viewModel;
    private final Parent view;

    @FXML private Label roleLabel;
    @FXML private ProgressIndicator rightsProgress;
    @FXML private Label rightsMessageLabel;
    @FXML private Label rightsErrorLabel;
    @FXML private TableView<AccessRightsViewModel.Row> rightsTable;
    @FXML private TableColumn<AccessRightsViewModel.Row, String> blockColumn;
    @FXML private TableColumn<AccessRightsViewModel.Row, String> allowedColumn;
    @FXML private TableColumn<AccessRightsViewModel.Row, String> rightColumn;

    public AccessRightsController(AccessRightsViewModel viewModel) {
        this.viewModel = viewModel;
        this.view = FxmlViews.load(this, "access-rights.fxml");
    }

    public Parent view() {
        return view;
    }

    @FXML
    private void initialize() {
        KeyboardFocus.arrowsSelectFromTheEnds(rightsTable);
        rightsTable.setItems(viewModel.rows());
        blockColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().block()));
        allowedColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(
                c.getValue().allowed() ? Texts.get("account.rights.yes") : Texts.get("account.rights.no")));
        rightColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().title().equals(c.getValue().name())
                ? c.getValue().name() : c.getValue().title() + " (" + c.getValue().name() + ")"));
        // Not JavaFX's own "No content in table" under "Loading…"; a failed read says so in the table, with Try again.
        rightsTable.setPlaceholder(ListPlaceholder.builder()
                .loading(viewModel.busyProperty(), Texts.get("account.rights.loading"))
                .error(viewModel.errorProperty(), Texts.get("account.rights.failed"), viewModel::load)
                .empty(Texts.get("account.rights.empty"))
                .build());
        roleLabel.textProperty().bind(viewModel.roleProperty());
        rightsProgress.visibleProperty().bind(viewModel.busyProperty());
        rightsMessageLabel.textProperty().bind(viewModel.messageProperty());
        WorkStateView.shownWhen(rightsMessageLabel, viewModel.messageProperty().isNotEmpty());
        rightsErrorLabel.textProperty().bind(viewModel.errorProperty());
        // Over an empty table the placeholder tells of the failure: its words once, not twice.
        WorkStateView.shownWhen(rightsErrorLabel, viewModel.errorProperty().isNotEmpty().and(Bindings.isNotEmpty(viewModel.rows())));
    }
}
