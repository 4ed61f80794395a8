package com.accountdesk.ui.main;

import com.accountdesk.ui.common.KeyboardFocus;
import com.accountdesk.ui.common.Texts;
import com.accountdesk.model.Environment;
import com.accountdesk.ui.common.FxmlViews;
import com.accountdesk.ui.common.BriefWhenNarrowCell;
import com.accountdesk.ui.common.ListPlaceholder;
import com.accountdesk.ui.common.TimeFormats;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import java.time.Instant;

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
    @FXML private TableColumn<Environment, Instant> createdColumn;
    private ListPlaceholder placeholder;

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

    public ListPlaceholder placeholder() {
        return placeholder;
    }

    @FXML
    private void initialize() {
        KeyboardFocus.arrowsSelectFromTheEnds(table);
        ListPlaceholder.textColumn(idColumn, Environment::id);
        ListPlaceholder.textColumn(nameColumn, Environment::name);
        ListPlaceholder.textColumn(typeColumn, Environment::type);
        ListPlaceholder.textColumn(domainColumn, Environment::domain);
        createdColumn.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue().created()));
        createdColumn.setCellFactory(c -> new BriefWhenNarrowCell<>(TimeFormats::utc, TimeFormats::utcDate));
        table.setItems(viewModel.shown());
        placeholder = ListPlaceholder.builder()
                .loading(viewModel.loadingProperty(), Texts.get("main.environments.loading"))
                .error(viewModel.errorProperty(), Texts.get("main.environments.failed"), viewModel::refresh)
                .empty(Bindings.createStringBinding(() -> viewModel.all().isEmpty()
                        ? Texts.get("main.environments.none") : Texts.get("main.environments.noMatch"), viewModel.all(), viewModel.shown()))
                .build();
        table.setPlaceholder(placeholder);
        rememberSelection();

        searchField.textProperty().bindBidirectional(viewModel.searchProperty());
        progress.visibleProperty().bind(viewModel.loadingProperty());
        refreshButton.disableProperty().bind(viewModel.loadingProperty());
        // With an empty list the placeholder tells of the failure; above a list it says the rows may be stale.
        ListPlaceholder.bindStaleError(errorLabel, viewModel.errorProperty(), viewModel.all());
    }

    /** Selects the environment used last time once it is in the list, and remembers the user's choice. */
    private void rememberSelection() {
        viewModel.shown().addListener((ListChangeListener<Environment>) change -> {
            if (table.getSelectionModel().isEmpty()) {
                viewModel.shown().stream()
                        .filter(e -> e.id().equals(viewModel.preferredProperty().get()))
                        .findFirst()
                        .ifPresent(e -> table.getSelectionModel().select(e));
            }
        });
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, selected) -> {
            if (selected != null) {
                viewModel.preferredProperty().set(selected.id());
            }
        });
    }

    /** Reloads the list (the refresh button and F5). */
    @FXML
    public void refresh() {
        viewModel.refresh();
    }

    /** Puts the caret in the search field (Ctrl+F). */
    public void focusSearch() {
        searchField.requestFocus();
        searchField.selectAll();
    }
}
