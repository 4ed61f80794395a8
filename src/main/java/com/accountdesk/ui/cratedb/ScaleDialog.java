package com.accountdesk.ui.cratedb;

import com.accountdesk.model.CrateCluster;
import com.accountdesk.ui.common.Texts;
import com.accountdesk.ui.main.PollTimer;
import javafx.collections.ListChangeListener;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.stage.Window;
import javafx.util.StringConverter;

/**
 * Scale…: the number of nodes (the product's options), the monthly price now and after, why it
 * cannot be done, and the operation's progress once sent. Thin: what is sent, when and how often
 * is {@link ScaleViewModel}'s.
 */
public final class ScaleDialog {
    private final ChangeDialog frame;

    public ScaleDialog(Window owner, ScaleViewModel viewModel) {
        CrateCluster c = viewModel.cluster();
        ComboBox<Integer> nodes = new ComboBox<>(viewModel.choices());
        nodes.setId("scaleNodes");
        nodes.setPrefWidth(160);
        // A converter rather than cells: the closed box shows the count the same way before the options are read.
        nodes.setConverter(new StringConverter<>() {
            @Override
            public String toString(Integer n) {
                return n == null ? "" : Texts.get("cratedb.scale.nodeCount", n);
            }

            @Override
            public Integer fromString(String text) {
                return null; // not editable
            }
        });
        nodes.setValue(viewModel.nodesProperty().get());
        // The list arrives after the dialog opens: keep showing the current count once it does.
        viewModel.choices().addListener((ListChangeListener<Integer>) change -> nodes.setValue(viewModel.nodesProperty().get()));
        nodes.valueProperty().addListener((obs, old, n) -> {
            if (n != null) {
                viewModel.nodesProperty().set(n);
            }
        });
        nodes.disableProperty().bind(viewModel.unavailableProperty().isNotEmpty().or(viewModel.doneProperty())
                .or(viewModel.canSendProperty().not().and(viewModel.progressProperty().isNotEmpty())));
        Label nodesLabel = new Label(Texts.get("cratedb.scale.nodes"));
        nodesLabel.setLabelFor(nodes);
        nodesLabel.setMnemonicParsing(true);
        Label now = new Label();
        now.setId("scalePriceNow");
        now.textProperty().bind(viewModel.priceNowProperty());
        Label after = new Label();
        after.setId("scalePriceAfter");
        after.textProperty().bind(viewModel.priceAfterProperty());
        after.setWrapText(true);
        Label nowLabel = new Label(Texts.get("cratedb.expand.priceNow"));
        Label afterLabel = new Label(Texts.get("cratedb.scale.priceAfter"));
        for (Label l : new Label[] {nodesLabel, nowLabel, afterLabel}) {
            l.setMinWidth(Region.USE_PREF_SIZE);
        }
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(8);
        grid.addRow(0, nodesLabel, nodes);
        grid.addRow(1, nowLabel, now);
        grid.addRow(2, afterLabel, after);

        frame = new ChangeDialog(owner, "scale", Texts.get("cratedb.scale.title", c.name()),
                Texts.get("cratedb.scale.header", c.name(), c.numNodes(), c.product()), grid, Texts.get("cratedb.scale.send"),
                viewModel);
    }

    public Dialog<?> dialog() {
        return frame.dialog();
    }

    /** Opens the dialog for {@code row} over {@code owner}, reads the options and prices, and waits until it is closed; the list is read again then. */
    public static void open(Window owner, CrateClustersViewModel clusters, CrateClustersViewModel.Row row) {
        ScaleViewModel vm = new ScaleViewModel(clusters.client(), clusters.background(), clusters.dialogs(),
                PollTimer.onFxThread(), row.cluster(), clusters.projectOf(row));
        ScaleDialog d = new ScaleDialog(owner, vm);
        vm.load();
        d.dialog().showAndWait();
        clusters.load();
    }
}
