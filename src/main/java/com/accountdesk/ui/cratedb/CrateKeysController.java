package com.accountdesk.ui.cratedb;

import com.accountdesk.model.CrateApiKey;
import com.accountdesk.ui.keys.FirstShow;
import com.accountdesk.ui.common.KeyboardFocus;
import com.accountdesk.ui.common.Dialogs;
import com.accountdesk.ui.common.FxmlViews;
import com.accountdesk.ui.common.HoverTooltip;
import com.accountdesk.ui.common.ListPlaceholder;
import com.accountdesk.ui.common.SortedRows;
import com.accountdesk.ui.common.StatusRoom;
import com.accountdesk.ui.common.Texts;
import com.accountdesk.ui.common.BriefWhenNarrowCell;
import com.accountdesk.ui.common.TimeFormats;
import com.accountdesk.ui.rotate.Rotations;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TextInputDialog;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.stage.Window;

import java.time.Instant;
import java.util.function.Function;

/**
 * The CrateDB Cloud API keys view: a table with the days left before the 90-day removal (keys
 * within 14 days marked), create with the secret shown once, (de)activate and delete with
 * confirmation. Self-contained, so the main window and My Account can both host it. Thin: what to
 * ask and what follows is the view-model's; this binds and opens the new key's and the name's dialogs.
 */
public final class CrateKeysController {
    private final CrateKeysViewModel viewModel;
    private final Parent view;

    @FXML private Button refreshKeysButton;
    @FXML private ProgressIndicator keysProgress;
    @FXML private Label keysError;
    @FXML private TableView<CrateApiKey> keysTable;
    @FXML private TableColumn<CrateApiKey, CrateApiKey> keyColumn;
    @FXML private TableColumn<CrateApiKey, String> activeColumn;
    @FXML private TableColumn<CrateApiKey, Instant> lastUsedColumn;
    @FXML private TableColumn<CrateApiKey, Instant> createdColumn;
    @FXML private TableColumn<CrateApiKey, CrateApiKey> removalColumn;
    @FXML private TableColumn<CrateApiKey, String> nameColumn;
    @FXML private Button renameKeyButton;
    @FXML private Button createKeyButton;
    @FXML private Button activeButton;
    @FXML private Button deleteKeyButton;
    @FXML private Label keysStatus;
    @FXML private Label keysSummary;

    public CrateKeysController(CrateKeysViewModel viewModel) {
        this.viewModel = viewModel;
        this.view = FxmlViews.load(this, "crate-keys.fxml");
        FirstShow.then(view, viewModel::refresh);
    }

    public Parent view() {
        return view;
    }

    public CrateKeysViewModel viewModel() {
        return viewModel;
    }

    @FXML
    private void initialize() {
        KeyboardFocus.arrowsSelectFromTheEnds(keysTable);
        keyColumn.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue()));
        keyColumn.setCellFactory(c -> cell(k -> viewModel.isOwn(k) ? Texts.get("cratedb.keys.thisApp", k.key()) : k.key(),
                k -> viewModel.isOwn(k) ? "own-key-cell" : null));
        text(activeColumn, k -> k.active() ? Texts.get("cratedb.keys.active") : Texts.get("cratedb.keys.inactive"));
        time(lastUsedColumn, CrateApiKey::lastUsed, Texts.get("cratedb.keys.neverUsed"));
        time(createdColumn, CrateApiKey::created, "");
        text(nameColumn, viewModel::name);
        // Names are kept per saved account; a sign-in that saved none has nowhere to keep them.
        nameColumn.setVisible(viewModel.namesKept());
        renameKeyButton.setVisible(viewModel.namesKept());
        renameKeyButton.setManaged(viewModel.namesKept());
        renameKeyButton.disableProperty().bind(viewModel.selectedProperty().isNull());
        removalColumn.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue()));
        removalColumn.setCellFactory(c -> cell(k -> (viewModel.nearRemoval(k) ? "⚠ " : "") + viewModel.removalText(k),
                k -> viewModel.nearRemoval(k) ? "removal-soon" : null));
        keysTable.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(CrateApiKey key, boolean empty) {
                super.updateItem(key, empty);
                getStyleClass().removeAll("own-key", "near-removal");
                setTooltip(null);
                if (!empty && key != null) {
                    if (viewModel.isOwn(key)) {
                        getStyleClass().add("own-key");
                    }
                    if (viewModel.nearRemoval(key)) {
                        getStyleClass().add("near-removal");
                        setTooltip(new Tooltip(Texts.get("cratedb.keys.removalTip", viewModel.removalText(key))));
                    }
                }
            }
        });
        SortedRows.show(keysTable, viewModel.keys());
        keysTable.setPlaceholder(ListPlaceholder.builder()
                .loading(viewModel.busyProperty(), Texts.get("cratedb.keys.loading"))
                .error(viewModel.errorProperty(), Texts.get("cratedb.keys.loadFailed"), viewModel::refresh)
                .empty(Texts.get("cratedb.keys.empty"))
                .build());
        keysTable.getSelectionModel().selectedItemProperty().addListener((obs, old, key) -> viewModel.selectedProperty().set(key));
        viewModel.selectedProperty().addListener((obs, old, key) -> {
            if (key != keysTable.getSelectionModel().getSelectedItem()) {
                keysTable.getSelectionModel().select(key);
            }
        });
        keysTable.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.DELETE) {
                deleteKey();
            }
        });

        keysProgress.visibleProperty().bind(viewModel.busyProperty());
        refreshKeysButton.disableProperty().bind(viewModel.busyProperty());
        createKeyButton.disableProperty().bind(viewModel.busyProperty());
        activeButton.disableProperty().bind(viewModel.busyProperty().or(viewModel.selectedProperty().isNull()));
        activeButton.textProperty().bind(Bindings.createStringBinding(() -> {
            CrateApiKey k = viewModel.selectedProperty().get();
            return k != null && !k.active() ? Texts.get("cratedb.keys.activate") : Texts.get("cratedb.keys.deactivate");
        }, viewModel.selectedProperty()));
        deleteKeyButton.disableProperty().bind(viewModel.busyProperty().or(viewModel.selectedProperty().isNull()));
        keysError.textProperty().bind(viewModel.errorProperty());
        keysError.visibleProperty().bind(viewModel.errorProperty().isNotEmpty());
        keysError.managedProperty().bind(keysError.visibleProperty());
        StatusRoom.keep(keysStatus, viewModel.statusProperty());
        keysSummary.textProperty().bind(viewModel.summary());
    }

    private static void text(TableColumn<CrateApiKey, String> column, Function<CrateApiKey, String> value) {
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
    }

    /** A time of each key in UTC, as a day alone where the column is too narrow for the time; {@code none} where there is none. */
    private static void time(TableColumn<CrateApiKey, Instant> column, Function<CrateApiKey, Instant> value, String none) {
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        column.setCellFactory(c -> new BriefWhenNarrowCell<>(t -> t == null ? none : TimeFormats.utc(t),
                t -> t == null ? none : TimeFormats.utcDate(t)));
    }

    /** A cell showing {@code text} of its key, with an optional style class. */
    private static TableCell<CrateApiKey, CrateApiKey> cell(Function<CrateApiKey, String> text, Function<CrateApiKey, String> style) {
        return new TableCell<>() {
            // "demo-crate-key (this app)" cut on a narrow screen says itself whole on hover.
            private final HoverTooltip tip = WholeTextCell.whenCut(this);

            @Override
            protected void updateItem(CrateApiKey key, boolean empty) {
                super.updateItem(key, empty);
                getStyleClass().removeAll("removal-soon", "own-key-cell");
                if (empty || key == null) {
                    setText(null);
                    tip.update();
                    return;
                }
                setText(text.apply(key));
                tip.update();
                String cls = style.apply(key);
                if (cls != null) {
                    getStyleClass().add(cls);
                }
            }
        };
    }

    private Window owner() {
        return view.getScene() == null ? null : view.getScene().getWindow();
    }

    /** Reloads the list (the refresh button and F5). */
    @FXML
    public void refresh() {
        viewModel.refresh();
    }

    @FXML
    private void createKey() {
        viewModel.create(created -> {
            NewCrateKeyDialog dialog = new NewCrateKeyDialog(owner(), created, viewModel::copySecret);
            if (viewModel.namesKept()) {
                dialog.withNameField(name -> viewModel.rename(created.key().key(), name));
            }
            dialog.show();
        });
    }

    @FXML
    private void renameKey() {
        CrateApiKey key = viewModel.selectedProperty().get();
        if (key == null || !viewModel.namesKept()) {
            return;
        }
        TextInputDialog dialog = Dialogs.style(new TextInputDialog(viewModel.name(key)));
        dialog.initOwner(owner());
        dialog.setTitle(Texts.get("cratedb.keys.name.title"));
        dialog.setHeaderText(Texts.get("cratedb.keys.name.header", key.key()));
        dialog.getEditor().setId("keyNameInput");
        dialog.getEditor().setPromptText(Texts.get("cratedb.keys.name.prompt"));
        dialog.showAndWait().ifPresent(name -> viewModel.rename(key.key(), name));
    }

    @FXML
    private void rotateKey() {
        Rotations.rotate(view, viewModel.selectedProperty().get());
    }

    @FXML
    private void toggleActive() {
        viewModel.toggleActive(viewModel.selectedProperty().get());
    }

    @FXML
    private void deleteKey() {
        viewModel.delete(viewModel.selectedProperty().get());
    }
}
