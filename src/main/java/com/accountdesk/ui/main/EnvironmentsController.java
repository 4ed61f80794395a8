package com.accountdesk.ui.main;

import com.accountdesk.model.Environment;
import com.accountdesk.ui.common.FxmlViews;
import com.accountdesk.ui.common.TimeFormats;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;

import java.util.function.Function;

/** The Environments table with its search field and refresh button. */
public final class EnvironmentsController {
    private final EnvironmentsViewModel viewModel;
    private final Parent view;

    @FXML private TextField searchField;
    @FXML private Button refreshButton;
    @FXML private ProgressIndicator progress;
    @FXML private Label errorLabel;
    @FXML private TableView<Environment> table;
    @FXML private TableColumn<Environment, String> idColumn;
    @FXML private TableColumn<Environment, String> nameColumn;
    @FXML private TableColumn<Environment, String> typeColumn;
    @FXML private TableColumn<Environment, String> domainColumn;
    @FXML private TableColumn<Environment, String> createdColumn;
    private final Label placeholder = new Label();

    public EnvironmentsController(EnvironmentsViewModel viewModel) {
        this.viewModel = viewModel;
        this.view = FxmlViews.load(this, "environments.fxml");
    }

    public Parent view() {
        return view;
    }

    public TableView<Environment> table() {
        return table;
    }

    @FXML
    private void initialize() {
        column(idColumn, Environment::id);
        column(nameColumn, Environment::name);
        column(typeColumn, Environment::type);
        column(domainColumn, Environment::domain);
        column(createdColumn, e -> TimeFormats.utc(e.created()));
        table.setItems(viewModel.shown());
        table.setPlaceholder(placeholder);
        placeholder.textProperty().bind(Bindings.createStringBinding(() -> {
            if (viewModel.loadingProperty().get()) {
                return "Loading environments…";
            }
            if (!viewModel.errorProperty().get().isEmpty()) {
                return "Could not load environments.";
            }
            return viewModel.all().isEmpty() ? "This account has no environments yet." : "No environment matches the search.";
        }, viewModel.loadingProperty(), viewModel.errorProperty(), viewModel.all(), viewModel.shown()));

        searchField.textProperty().bindBidirectional(viewModel.searchProperty());
        progress.visibleProperty().bind(viewModel.loadingProperty());
        refreshButton.disableProperty().bind(viewModel.loadingProperty());
        refreshButton.setTooltip(new Tooltip("Reload the environments (F5)"));
        errorLabel.textProperty().bind(viewModel.errorProperty());
        errorLabel.visibleProperty().bind(viewModel.errorProperty().isNotEmpty());
        errorLabel.managedProperty().bind(errorLabel.visibleProperty());
        viewModel.refresh();
    }

    private static void column(TableColumn<Environment, String> column, Function<Environment, String> value) {
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
    }

    /** Reloads the list (the refresh button and F5). */
    @FXML
    public void refresh() {
        viewModel.refresh();
    }
}
