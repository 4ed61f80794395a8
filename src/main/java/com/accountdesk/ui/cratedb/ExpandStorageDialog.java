package com.accountdesk.ui.cratedb;

import com.accountdesk.model.CrateCluster;
import com.accountdesk.model.DiskUsage;
import com.accountdesk.ui.common.Dialogs;
import com.accountdesk.ui.common.Texts;
import com.accountdesk.ui.main.PollTimer;
import javafx.event.ActionEvent;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Window;

/**
 * Expand Storage…: the new size a node (GiB, between the current size and the product's maximum),
 * the monthly price now and after, why it cannot be done when it cannot, and the operation's
 * progress once sent. Thin: what is sent, when and how often is {@link ExpandStorageViewModel}'s.
 */
public final class ExpandStorageDialog {
    private final Dialog<Void> dialog = new Dialog<>();
    private final ExpandStorageViewModel viewModel;

    public ExpandStorageDialog(Window owner, ExpandStorageViewModel viewModel) {
        this.viewModel = viewModel;
        CrateCluster c = viewModel.cluster();
        dialog.initOwner(owner);
        dialog.initModality(Modality.WINDOW_MODAL);
        dialog.setTitle(Texts.get("cratedb.expand.title", c.name()));
        dialog.setHeaderText(Texts.get("cratedb.expand.header", c.name(), DiskUsage.size(c.diskSizePerNodeBytes()), c.numNodes()));

        Spinner<Integer> size = new Spinner<>();
        size.setId("expandSizeSpinner");
        size.setEditable(true);
        SpinnerValueFactory.IntegerSpinnerValueFactory sizes = new SpinnerValueFactory.IntegerSpinnerValueFactory(
                viewModel.minGibProperty().get(), Math.max(viewModel.minGibProperty().get(), viewModel.maxGibProperty().get()),
                viewModel.sizeGibProperty().get(), 32);
        viewModel.maxGibProperty().addListener((obs, old, max) -> sizes.setMax(Math.max(sizes.getMin(), max.intValue())));
        size.setValueFactory(sizes);
        sizes.valueProperty().addListener((obs, old, v) -> {
            if (v != null) {
                viewModel.sizeGibProperty().set(v);
            }
        });
        size.disableProperty().bind(viewModel.unavailableProperty().isNotEmpty().or(viewModel.doneProperty()));
        Label sizeLabel = new Label(Texts.get("cratedb.expand.size"));
        sizeLabel.setLabelFor(size);
        Label limits = new Label();
        limits.setId("expandLimits");
        limits.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() ->
                Texts.get("cratedb.expand.limits", viewModel.minGibProperty().get(), viewModel.maxGibProperty().get()),
                viewModel.minGibProperty(), viewModel.maxGibProperty()));
        limits.getStyleClass().add("hint-text");
        Label now = new Label();
        now.setId("expandPriceNow");
        now.textProperty().bind(viewModel.priceNowProperty());
        Label after = new Label();
        after.setId("expandPriceAfter");
        after.textProperty().bind(viewModel.priceAfterProperty());
        after.setWrapText(true);

        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(8);
        Label nowLabel = new Label(Texts.get("cratedb.expand.priceNow"));
        Label afterLabel = new Label(Texts.get("cratedb.expand.priceAfter"));
        for (Label l : new Label[] {sizeLabel, nowLabel, afterLabel}) {
            l.setMinWidth(Region.USE_PREF_SIZE);
        }
        grid.addRow(0, sizeLabel, new HBox(8, size, new Label(Texts.get("cratedb.expand.gib"))));
        grid.add(limits, 1, 1);
        grid.addRow(2, nowLabel, now);
        grid.addRow(3, afterLabel, after);

        Label reason = label("expandReason", "warning-text");
        reason.textProperty().bind(viewModel.unavailableProperty());
        Label error = label("expandError", "error-text");
        error.textProperty().bind(viewModel.errorProperty());
        Label progress = label("expandProgress", null);
        progress.textProperty().bind(viewModel.progressProperty());
        ProgressIndicator spinner = new ProgressIndicator();
        spinner.setPrefSize(18, 18);
        spinner.visibleProperty().bind(viewModel.progressProperty().isNotEmpty().and(viewModel.doneProperty().not())
                .and(viewModel.errorProperty().isEmpty()));
        spinner.managedProperty().bind(spinner.visibleProperty());
        HBox progressRow = new HBox(8, spinner, progress);
        VBox content = new VBox(10, grid, reason, error, progressRow);
        content.setPadding(new Insets(8, 0, 0, 0));
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().setPrefWidth(520);

        ButtonType expand = new ButtonType(Texts.get("cratedb.expand.send"), ButtonBar.ButtonData.OK_DONE);
        ButtonType close = new ButtonType(Texts.get("cratedb.expand.close"), ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().addAll(expand, close);
        Button expandButton = (Button) dialog.getDialogPane().lookupButton(expand);
        expandButton.setId("expandSendButton");
        expandButton.disableProperty().bind(viewModel.canSendProperty().not());
        // Sending keeps the dialog open: its progress shows here until the new size does.
        expandButton.addEventFilter(ActionEvent.ACTION, e -> {
            e.consume();
            viewModel.send();
        });
        dialog.getDialogPane().lookupButton(close).setId("expandCloseButton");
        dialog.setOnHidden(e -> viewModel.close());
        Dialogs.style(dialog);
    }

    private static Label label(String id, String style) {
        Label l = new Label();
        l.setId(id);
        l.setWrapText(true);
        l.setMinHeight(Region.USE_PREF_SIZE);
        if (style != null) {
            l.getStyleClass().add(style);
        }
        l.visibleProperty().bind(l.textProperty().isNotEmpty());
        l.managedProperty().bind(l.visibleProperty());
        return l;
    }

    public Dialog<Void> dialog() {
        return dialog;
    }

    /** Opens the dialog for {@code row} over {@code owner}, reads limits and prices, and waits until it is closed; the list is read again then. */
    public static void open(Window owner, CrateClustersViewModel clusters, CrateClustersViewModel.Row row) {
        ExpandStorageViewModel vm = new ExpandStorageViewModel(clusters.client(), clusters.background(), clusters.dialogs(),
                PollTimer.onFxThread(), row.cluster(), clusters.projectOf(row));
        ExpandStorageDialog d = new ExpandStorageDialog(owner, vm);
        vm.load();
        d.dialog.showAndWait();
        clusters.load();
    }
}
