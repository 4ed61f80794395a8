package com.accountdesk.ui.cratedb;

import com.accountdesk.model.CrateCluster;
import com.accountdesk.model.CrateOrganization;
import com.accountdesk.model.DiskUsage;
import com.accountdesk.ui.common.KeyboardFocus;
import com.accountdesk.ui.common.FxmlViews;
import com.accountdesk.ui.common.HoverTooltip;
import com.accountdesk.ui.common.ListPlaceholder;
import com.accountdesk.ui.common.SortedRows;
import com.accountdesk.ui.common.Texts;
import com.accountdesk.ui.common.TimeCell;
import com.accountdesk.ui.keys.FirstShow;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.fxml.FXML;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.util.StringConverter;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * The Clusters view of a CrateDB Cloud account (the same shape as ACM's Clusters pane): choose
 * organization and project, see each cluster's health, nodes, product, version and disk gauge, and
 * open Expand Storage…, Scale…, Upgrade… or Suspend/Resume for the chosen one, or copy that as croud or curl. Thin: what shows and why a button is off is the view-model's.
 */
public final class CrateClustersController {
    static final List<String> LEVEL_CLASSES = List.of("disk-ok", "disk-amber", "disk-red");

    private final CrateClustersViewModel viewModel;
    private final Consumer<CrateClustersViewModel.Row> expand;
    private final Parent view;
    private Consumer<CrateClustersViewModel.Row> charts = row -> { };

    @FXML private ProgressIndicator clustersProgress;
    @FXML private Button refreshClustersButton;
    @FXML private Label clustersHint;
    @FXML private Label organizationLabel;
    @FXML private ComboBox<CrateOrganization> organizationChoice;
    @FXML private Label projectLabel;
    @FXML private ComboBox<CrateClustersViewModel.ProjectChoice> projectChoice;
    @FXML private Label clustersError;
    @FXML private TableView<CrateClustersViewModel.Row> clustersTable;
    @FXML private TableColumn<CrateClustersViewModel.Row, String> nameColumn;
    @FXML private TableColumn<CrateClustersViewModel.Row, String> projectColumn;
    @FXML private TableColumn<CrateClustersViewModel.Row, String> healthColumn;
    @FXML private TableColumn<CrateClustersViewModel.Row, String> nodesColumn;
    @FXML private TableColumn<CrateClustersViewModel.Row, String> productColumn;
    @FXML private TableColumn<CrateClustersViewModel.Row, String> versionColumn;
    @FXML private TableColumn<CrateClustersViewModel.Row, CrateClustersViewModel.Row> diskColumn;
    @FXML private Button expandButton;
    @FXML private Button suspendButton;
    @FXML private Button chartsButton;
    @FXML private Button scaleButton;
    @FXML private Button upgradeButton;
    @FXML private MenuButton copyMenu;
    @FXML private MenuItem copySuspendCroud;
    @FXML private MenuItem copySuspendCurl;
    @FXML private Label expandReason;
    @FXML private Label clustersSummary;

    /** @param expand opens Expand Storage… for a row */
    public CrateClustersController(CrateClustersViewModel viewModel, Consumer<CrateClustersViewModel.Row> expand) {
        this.viewModel = viewModel;
        this.expand = expand;
        this.view = FxmlViews.load(this, "crate-clusters.fxml");
        FirstShow.then(view, viewModel::load);
    }

    public Parent view() {
        return view;
    }

    /** What Charts… opens for a row (the window is the app's: see MainController). */
    public void onCharts(Consumer<CrateClustersViewModel.Row> open) {
        this.charts = open;
    }

    public CrateClustersViewModel viewModel() {
        return viewModel;
    }

    @FXML
    private void initialize() {
        KeyboardFocus.arrowsSelectFromTheEnds(clustersTable);
        clustersProgress.visibleProperty().bind(viewModel.loadingProperty());
        refreshClustersButton.disableProperty().bind(viewModel.loadingProperty());
        clustersHint.textProperty().bind(Bindings.createStringBinding(() -> Texts.get("cratedb.clusters.hint",
                Math.round(viewModel.amberProperty().get() * 100), Math.round(viewModel.redProperty().get() * 100)),
                viewModel.amberProperty(), viewModel.redProperty()));
        organizationLabel.setLabelFor(organizationChoice);
        projectLabel.setLabelFor(projectChoice);
        organizationChoice.setItems(viewModel.organizations());
        organizationChoice.setConverter(new StringConverter<>() {
            @Override
            public String toString(CrateOrganization o) {
                return o == null ? "" : o.name();
            }

            @Override
            public CrateOrganization fromString(String s) {
                return null;
            }
        });
        organizationChoice.valueProperty().bindBidirectional(viewModel.organizationProperty());
        projectChoice.setItems(viewModel.projects());
        projectChoice.valueProperty().bindBidirectional(viewModel.projectProperty());
        // A failed read over listed clusters says they are as last loaded; over none the table says why, with Try again.
        ListPlaceholder.bindStaleError(clustersError, viewModel.errorProperty(), viewModel.rows());

        SortedRows.show(clustersTable, viewModel.rows());
        clustersTable.setPlaceholder(ListPlaceholder.builder()
                .loading(viewModel.loadingProperty(), Texts.get("cratedb.clusters.loading"))
                .error(viewModel.errorProperty(), Texts.get("cratedb.clusters.failed"), viewModel::load)
                .empty(Texts.get("cratedb.clusters.empty"))
                .build());
        ListPlaceholder.textColumn(nameColumn, r -> r.cluster().name());
        ListPlaceholder.textColumn(projectColumn, CrateClustersViewModel.Row::project);
        ListPlaceholder.textColumn(healthColumn, r -> CrateClustersViewModel.healthText(r.cluster()));
        ListPlaceholder.textColumn(nodesColumn, r -> String.valueOf(r.cluster().numNodes()));
        nodesColumn.setComparator(Comparator.nullsFirst(Comparator.comparingInt(Integer::parseInt))); // by count: 12 after 3
        ListPlaceholder.textColumn(productColumn, r -> r.cluster().product());
        ListPlaceholder.textColumn(versionColumn, r -> r.cluster().crateVersion());
        // On a narrow screen these columns cut their words; the whole of them shows on hover.
        for (TableColumn<CrateClustersViewModel.Row, String> column : List.of(nameColumn, projectColumn, healthColumn, productColumn)) {
            column.setCellFactory(c -> new WholeTextCell<>());
        }
        diskColumn.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue()));
        diskColumn.setCellFactory(c -> new DiskCell());
        // Rows of one height (a line and the padding, as the time tables): the table need not measure each row.
        clustersTable.setFixedCellSize(TimeCell.rowHeight());

        clustersTable.getSelectionModel().selectedItemProperty().addListener((obs, old, row) -> viewModel.selectedProperty().set(row));
        viewModel.selectedProperty().addListener((obs, old, row) -> {
            if (row != clustersTable.getSelectionModel().getSelectedItem()) {
                clustersTable.getSelectionModel().select(row);
            }
        });
        expandReason.textProperty().bind(Bindings.createStringBinding(() -> {
            CrateClustersViewModel.Row row = viewModel.selectedProperty().get();
            String why = CrateClustersViewModel.expandUnavailable(row);
            String suspendWhy = row == null ? null : CrateClustersViewModel.suspendUnavailable(row);
            String scaleWhy = row == null ? null : CrateClustersViewModel.scaleUnavailable(row);
            return why != null ? why : suspendWhy != null ? suspendWhy : scaleWhy == null ? "" : scaleWhy;
        }, viewModel.selectedProperty()));
        scaleButton.disableProperty().bind(Bindings.createBooleanBinding(
                () -> CrateClustersViewModel.scaleUnavailable(viewModel.selectedProperty().get()) != null, viewModel.selectedProperty()));
        upgradeButton.disableProperty().bind(Bindings.createBooleanBinding(
                () -> CrateClustersViewModel.upgradeUnavailable(viewModel.selectedProperty().get()) != null, viewModel.selectedProperty()));
        copyMenu.disableProperty().bind(viewModel.selectedProperty().isNull());
        copySuspendCroud.textProperty().bind(Bindings.createStringBinding(() -> Texts.get("cratedb.copy.suspendCroud",
                verb(viewModel.selectedProperty().get())), viewModel.selectedProperty()));
        copySuspendCurl.textProperty().bind(Bindings.createStringBinding(() -> Texts.get("cratedb.copy.suspendCurl",
                verb(viewModel.selectedProperty().get())), viewModel.selectedProperty()));
        expandButton.disableProperty().bind(Bindings.createBooleanBinding(
                () -> CrateClustersViewModel.expandUnavailable(viewModel.selectedProperty().get()) != null, viewModel.selectedProperty()));
        suspendButton.textProperty().bind(Bindings.createStringBinding(
                () -> CrateClustersViewModel.suspendText(viewModel.selectedProperty().get()), viewModel.selectedProperty()));
        suspendButton.disableProperty().bind(Bindings.createBooleanBinding(
                () -> CrateClustersViewModel.suspendUnavailable(viewModel.selectedProperty().get()) != null,
                viewModel.selectedProperty()).or(viewModel.actingProperty()));
        clustersSummary.textProperty().bind(viewModel.summaryProperty());
        chartsButton.disableProperty().bind(viewModel.selectedProperty().isNull());
        KeyboardFocus.focusGoesBackWhenOff(clustersTable, expandButton, suspendButton, scaleButton, upgradeButton);
    }

    @FXML
    private void refresh() {
        viewModel.load();
    }

    @FXML
    private void expand() {
        CrateClustersViewModel.Row row = viewModel.selectedProperty().get();
        if (row != null && CrateClustersViewModel.expandUnavailable(row) == null) {
            expand.accept(row);
        }
    }

    @FXML
    private void charts() {
        CrateClustersViewModel.Row row = viewModel.selectedProperty().get();
        if (row != null) {
            charts.accept(row);
        }
    }

    @FXML
    private void suspend() {
        viewModel.suspendOrResume();
    }

    @FXML
    private void scale() {
        CrateClustersViewModel.Row row = viewModel.selectedProperty().get();
        if (row != null && CrateClustersViewModel.scaleUnavailable(row) == null) {
            ScaleDialog.open(view.getScene().getWindow(), viewModel, row);
        }
    }

    @FXML
    private void upgrade() {
        CrateClustersViewModel.Row row = viewModel.selectedProperty().get();
        if (row != null && CrateClustersViewModel.upgradeUnavailable(row) == null) {
            UpgradeDialog.open(view.getScene().getWindow(), viewModel, row);
        }
    }

    @FXML
    private void copySuspendCroud() {
        copy(viewModel.suspendCopy() == null ? null : viewModel.suspendCopy().croud());
    }

    @FXML
    private void copySuspendCurl() {
        copy(viewModel.suspendCopy() == null ? null : viewModel.suspendCopy().curl());
    }

    private static void copy(String text) {
        if (text != null) {
            ClipboardContent content = new ClipboardContent();
            content.putString(text);
            Clipboard.getSystemClipboard().setContent(content);
        }
    }

    /** "Suspend" or "Resume": what the copy would ask for the chosen cluster. */
    private static String verb(CrateClustersViewModel.Row row) {
        return row != null && row.cluster().suspended() ? Texts.get("cratedb.clusters.resume.action")
                : Texts.get("cratedb.clusters.suspend.action");
    }

    /**
     * A gauge (amber and red past the user's levels) and the words "78 % of 512 GiB". Cheap to
     * rebind, as a table rebinds every visible row on any change of its rows: the tooltip is made
     * at the first hover and worded as it shows ({@link HoverTooltip}), and the gauge's level class
     * changed only when the level does.
     */
    private final class DiskCell extends TableCell<CrateClustersViewModel.Row, CrateClustersViewModel.Row> {
        private final ProgressBar bar = new ProgressBar(0);
        private final Label text = new Label();
        private final HBox box = new HBox(8, bar, text);
        private final HoverTooltip tip = HoverTooltip.on(this, () -> tipText(getItem()));
        private String levelClass;

        DiskCell() {
            bar.setPrefWidth(60);
            bar.setMinWidth(60);
            text.setMinWidth(Region.USE_PREF_SIZE);
            bar.getStyleClass().add("disk-gauge");
            // The pointer over the gauge is over the cell: a ProgressBar there kept the cell's tooltip from showing.
            bar.setMouseTransparent(true);
            box.setAlignment(Pos.CENTER_LEFT);
            HBox.setHgrow(text, Priority.ALWAYS);
        }

        @Override
        protected void updateItem(CrateClustersViewModel.Row row, boolean empty) {
            super.updateItem(row, empty);
            tip.update();
            if (empty || row == null) {
                setGraphic(null);
                setAccessibleText(null);
                return;
            }
            String words = CrateClustersViewModel.diskText(row);
            text.setText(words);
            DiskUsage.Level level = viewModel.level(row);
            bar.setVisible(level != null);
            bar.setManaged(level != null);
            if (level != null) {
                bar.setProgress(row.disk().fraction());
                showLevel(LEVEL_CLASSES.get(level.ordinal()));
            } else {
                showLevel(null);
            }
            setAccessibleText(Texts.get("cratedb.clusters.disk.accessible", words));
            setGraphic(box);
        }

        /** The used and whole size of the fullest node's disk, or why it could not be read; null for none. */
        private String tipText(CrateClustersViewModel.Row row) {
            if (row == null || isEmpty()) {
                return null;
            }
            return viewModel.level(row) != null
                    ? DiskUsage.size(row.disk().usedBytes()) + " / " + DiskUsage.size(row.cluster().diskSizePerNodeBytes())
                    : row.diskProblem();
        }

        private void showLevel(String styleClass) {
            if (!Objects.equals(styleClass, levelClass)) {
                bar.getStyleClass().removeAll(LEVEL_CLASSES);
                if (styleClass != null) {
                    bar.getStyleClass().add(styleClass);
                }
                levelClass = styleClass;
            }
        }
    }
}
