package com.accountdesk.ui.cratedb;

import com.accountdesk.model.CrateCluster;
import com.accountdesk.model.DiskUsage;
import com.accountdesk.ui.common.Texts;
import com.accountdesk.ui.main.PollTimer;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.stage.Window;

/**
 * Expand Storage…: the new size a node (GiB, between the current size and the product's maximum),
 * the monthly price now and after, why it cannot be done when it cannot, and the operation's
 * progress once sent. Thin: what is sent, when and how often is {@link ExpandStorageViewModel}'s.
 */
public final class ExpandStorageDialog {
    private final ChangeDialog frame;

    public ExpandStorageDialog(Window owner, ExpandStorageViewModel viewModel) {
        CrateCluster c = viewModel.cluster();

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
        limits.textProperty().bind(viewModel.limitsProperty());
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

        frame = new ChangeDialog(owner, "expand", Texts.get("cratedb.expand.title", c.name()),
                Texts.get("cratedb.expand.header", c.name(), DiskUsage.size(c.diskSizePerNodeBytes()), c.numNodes()), grid,
                Texts.get("cratedb.expand.send"), viewModel);
    }

    public Dialog<?> dialog() {
        return frame.dialog();
    }

    /** Opens the dialog for {@code row} over {@code owner}, reads limits and prices, and waits until it is closed; the list is read again then. */
    public static void open(Window owner, CrateClustersViewModel clusters, CrateClustersViewModel.Row row) {
        ExpandStorageViewModel vm = new ExpandStorageViewModel(clusters.client(), clusters.background(), clusters.dialogs(),
                PollTimer.onFxThread(), row.cluster(), clusters.projectOf(row));
        ExpandStorageDialog d = new ExpandStorageDialog(owner, vm);
        vm.load();
        d.dialog().showAndWait();
        clusters.load();
    }
}
