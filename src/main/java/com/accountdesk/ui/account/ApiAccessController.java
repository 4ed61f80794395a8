package com.accountdesk.ui.account;

import com.accountdesk.ui.keys.FirstShow;
import com.accountdesk.model.ApiKey;
import com.accountdesk.ui.common.CredentialExports;
import com.accountdesk.ui.common.Dialogs;
import com.accountdesk.ui.common.FxmlViews;
import com.accountdesk.ui.common.KeyboardFocus;
import com.accountdesk.ui.common.ListPlaceholder;
import com.accountdesk.ui.common.SortedRows;
import com.accountdesk.ui.common.StatusRoom;
import com.accountdesk.ui.common.Texts;
import com.accountdesk.ui.common.TimeFormats;
import com.accountdesk.ui.common.TimeCell;
import com.accountdesk.ui.rotate.Rotations;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.BooleanExpression;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableBooleanValue;
import javafx.css.PseudoClass;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.MenuButton;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TextInputDialog;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;

import java.time.Instant;
import java.util.Comparator;

/**
 * The API Access tab: the keys table, its actions, and Allow Domains. Thin: state and what to ask
 * are the view-model's; this binds and opens the expiry and name dialogs. The keys are first read
 * when the tab is first shown.
 */
public final class ApiAccessController {
    private static final PseudoClass EXPIRING_SOON = PseudoClass.getPseudoClass("expiring-soon");
    private static final PseudoClass EXPIRED = PseudoClass.getPseudoClass("expired");
    private static final PseudoClass IN_USE = PseudoClass.getPseudoClass("in-use");
    private static final PseudoClass INVALID = PseudoClass.getPseudoClass("invalid");
    private static final KeyCombination COPY = new KeyCodeCombination(KeyCode.C, KeyCombination.SHORTCUT_DOWN);

    private final ApiAccessViewModel viewModel;
    private final Parent view;

    @FXML private ProgressIndicator keysProgress;
    @FXML private Button refreshKeysButton;
    @FXML private Label limitLabel;
    @FXML private TableView<ApiKey> keyTable;
    @FXML private TableColumn<ApiKey, String> keyColumn;
    @FXML private TableColumn<ApiKey, String> nameColumn;
    @FXML private TableColumn<ApiKey, String> marksColumn;
    @FXML private TableColumn<ApiKey, Instant> createdColumn;
    @FXML private TableColumn<ApiKey, Instant> expiresColumn;
    @FXML private Button addButton;
    @FXML private Button copyButton;
    @FXML private Button redateButton;
    @FXML private Button deleteButton;
    @FXML private Button renameButton;
    @FXML private MenuButton copyAsButton;
    @FXML private Label keysStatusLabel;
    @FXML private Label keysErrorLabel;
    @FXML private Label originsTitle;
    @FXML private TextArea originsArea;
    @FXML private Label originProblemsLabel;
    @FXML private Button saveOriginsButton;

    public ApiAccessController(ApiAccessViewModel viewModel) {
        this.viewModel = viewModel;
        this.view = FxmlViews.load(this, "api-access.fxml");
        FirstShow.then(view, viewModel::refresh);
    }

    public Parent view() {
        return view;
    }

    @FXML
    private void initialize() {
        KeyboardFocus.arrowsSelectFromTheEnds(keyTable);
        keyTable.getStyleClass().add("key-table");
        SortedRows.show(keyTable, viewModel.keys());
        keyTable.setPlaceholder(ListPlaceholder.builder()
                .loading(viewModel.busyProperty(), Texts.get("account.keys.loading"))
                .error(viewModel.errorProperty(), Texts.get("account.keys.loadFailed"), viewModel::refresh)
                .empty(Texts.get("account.keys.empty"))
                .build());
        // With rows the table may shrink to 120 px; empty, it is no shorter than its placeholder's words and
        // Try again need (held at 120 px, a failure's title was drawn over the column headers).
        keyTable.minHeightProperty().bind(Bindings.when(Bindings.isEmpty(viewModel.keys()))
                .then(javafx.scene.layout.Region.USE_COMPUTED_SIZE).otherwise(120.0));
        keyColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().token().masked()));
        nameColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(viewModel.name(c.getValue())));
        marksColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(viewModel.marks(c.getValue())));
        createdColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().created()));
        expiresColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().expires()));
        createdColumn.setCellFactory(c -> new TimeCell<>());
        expiresColumn.setCellFactory(c -> new TimeCell<>());
        // Rows of a fixed height: the table need not measure rows, so long lists scroll and sort smoothly.
        keyTable.setFixedCellSize(TimeCell.rowHeight());
        createdColumn.setComparator(Comparator.nullsFirst(Comparator.naturalOrder()));
        expiresColumn.setComparator(Comparator.nullsFirst(Comparator.naturalOrder()));
        keyTable.setRowFactory(t -> new KeyRow());
        keyTable.setOnKeyPressed(e -> {
            if (COPY.match(e)) {
                copy();
                e.consume();
            } else if (e.getCode() == KeyCode.DELETE) {
                delete();
                e.consume();
            }
        });

        BooleanExpression busy = viewModel.busyProperty();
        BooleanBinding noSelection = keyTable.getSelectionModel().selectedItemProperty().isNull();
        keysProgress.visibleProperty().bind(viewModel.busyProperty());
        refreshKeysButton.disableProperty().bind(busy);
        BooleanExpression keysUnknown = viewModel.keysListedProperty().not();
        addButton.disableProperty().bind(busy.or(viewModel.atKeyLimitBinding()).or(keysUnknown));
        copyButton.disableProperty().bind(noSelection);
        copyAsButton.disableProperty().bind(noSelection);
        copyAsButton.setTooltip(new Tooltip(Texts.get("account.keys.copyAs.tip")));
        copyButton.setTooltip(new Tooltip(Texts.get("account.keys.copy.tip")));
        redateButton.disableProperty().bind(busy.or(noSelection).or(keysUnknown));
        // Names are kept per saved account; a sign-in that saved none has nowhere to keep them.
        renameButton.setVisible(viewModel.namesKept());
        renameButton.setManaged(viewModel.namesKept());
        nameColumn.setVisible(viewModel.namesKept());
        renameButton.disableProperty().bind(noSelection);
        renameButton.setTooltip(new Tooltip(Texts.get("account.keys.rename.tip")));
        deleteButton.disableProperty().bind(busy.or(noSelection).or(keysUnknown));
        deleteButton.setTooltip(new Tooltip(Texts.get("account.keys.delete.tip")));
        limitLabel.textProperty().bind(viewModel.keyNotice());
        show(limitLabel, viewModel.keyNotice().isNotEmpty());

        StatusRoom.keep(keysStatusLabel, viewModel.statusProperty());
        // A new key is selected, in view, with Copy key focused: Space or Alt+C copies it at once.
        viewModel.addedProperty().addListener((obs, old, key) -> {
            if (key != null) {
                keyTable.getSelectionModel().select(key);
                keyTable.scrollTo(key);
                copyButton.requestFocus();
            }
        });
        keysErrorLabel.textProperty().bind(viewModel.errorProperty());
        // Over an empty table the placeholder tells of the failure, with Try again.
        show(keysErrorLabel, viewModel.errorProperty().isNotEmpty().and(Bindings.isNotEmpty(viewModel.keys())));

        originsTitle.setLabelFor(originsArea);
        KeyboardFocus.tabLeaves(originsArea);
        originsArea.textProperty().bindBidirectional(viewModel.originsTextProperty());
        // Until the account is read the domains in force are not known: an empty field would say "anywhere".
        originsArea.disableProperty().bind(viewModel.originsKnownProperty().not());
        originsArea.promptTextProperty().bind(Bindings.when(viewModel.originsKnownProperty())
                .then("").otherwise(Texts.get("account.origins.notRead")));
        originProblemsLabel.textProperty().bind(Bindings.createStringBinding(
                () -> String.join("\n", viewModel.originProblems()), viewModel.originProblems()));
        BooleanBinding invalid = Bindings.isNotEmpty(viewModel.originProblems());
        show(originProblemsLabel, invalid);
        invalid.addListener((obs, o, bad) -> originsArea.pseudoClassStateChanged(INVALID, bad));
        saveOriginsButton.disableProperty().bind(viewModel.canSaveOriginsBinding().not());

        // Rows are re-marked by the table itself: a changed key (a re-date, a rename, a refresh that
        // sets rows) makes it re-bind every visible row, and an added or removed key re-binds the rows
        // that now show another key. Never TableView.refresh(): it remakes every row and cell (each
        // time cell's tooltip a popup window), 35 ms a refresh with 10,000 keys.
    }

    private static void show(Node node, ObservableBooleanValue when) {
        node.visibleProperty().bind(when);
        node.managedProperty().bind(when);
    }

    private ApiKey selected() {
        return keyTable.getSelectionModel().getSelectedItem();
    }

    @FXML
    public void refresh() {
        viewModel.refresh();
    }

    @FXML
    private void add() {
        if (addButton.isDisabled()) {
            return;
        }
        ExpiryDialog dialog = new ExpiryDialog(view.getScene().getWindow(), Texts.get("account.keys.add.title"),
                Texts.get("account.keys.add.header"), Texts.get("account.keys.add.action"), ExpiryPreset.DEFAULT, null,
                viewModel::now, viewModel::expiryProblem);
        if (viewModel.namesKept()) {
            dialog.withNameField();
        }
        dialog.ask().ifPresent(at -> viewModel.add(at, dialog.name()));
    }

    @FXML
    private void copy() {
        ApiKey key = selected();
        if (key != null) {
            viewModel.copy(key);
        }
    }

    @FXML
    private void redate() {
        ApiKey key = selected();
        if (key == null || redateButton.isDisabled()) {
            return;
        }
        new ExpiryDialog(view.getScene().getWindow(), Texts.get("account.keys.redate.title"),
                Texts.get("account.keys.redate.header", key.token().masked()), Texts.get("account.keys.redate.action"),
                ExpiryPreset.CUSTOM,
                // An expired key starts from the usual 24 hours rather than from its past expiry.
                viewModel.isExpired(key) ? ExpiryPreset.DEFAULT.from(viewModel.now()) : key.expires(),
                viewModel::now, viewModel::expiryProblem)
                .ask().ifPresent(at -> viewModel.redate(key, at));
    }

    @FXML
    private void delete() {
        ApiKey key = selected();
        if (key != null) {
            viewModel.delete(key);
        }
    }

    @FXML
    private void rotate() {
        Rotations.rotate(view, selected());
    }

    @FXML
    private void copyShell() {
        copyAs(CredentialExports.Kind.SHELL);
    }

    @FXML
    private void copyProfile() {
        copyAs(CredentialExports.Kind.PROFILE);
    }

    @FXML
    private void copyCurl() {
        copyAs(CredentialExports.Kind.CURL);
    }

    private void copyAs(CredentialExports.Kind kind) {
        ApiKey key = selected();
        if (key != null) {
            viewModel.copyAs(key, kind);
        }
    }

    @FXML
    private void rename() {
        ApiKey key = selected();
        if (key == null || !viewModel.namesKept()) {
            return;
        }
        TextInputDialog dialog = Dialogs.style(new TextInputDialog(viewModel.name(key)));
        dialog.initOwner(view.getScene().getWindow());
        dialog.setTitle(Texts.get("account.keys.name.title"));
        dialog.setHeaderText(Texts.get("account.keys.name.header", key.token().masked()));
        dialog.getEditor().setId("keyNameInput");
        dialog.getEditor().setPromptText(Texts.get("account.keys.name.prompt"));
        dialog.showAndWait().ifPresent(name -> viewModel.rename(key, name));
    }

    @FXML
    private void saveOrigins() {
        viewModel.saveOrigins();
    }

    private final class KeyRow extends TableRow<ApiKey> {
        @Override
        protected void updateItem(ApiKey key, boolean empty) {
            super.updateItem(key, empty);
            boolean real = !empty && key != null;
            pseudoClassStateChanged(EXPIRED, real && viewModel.isExpired(key));
            pseudoClassStateChanged(EXPIRING_SOON, real && viewModel.isExpiringSoon(key));
            pseudoClassStateChanged(IN_USE, real && viewModel.isInUse(key));
        }
    }
}
