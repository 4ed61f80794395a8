package com.accountdesk.ui.cratedb;

import com.accountdesk.model.CrateCluster;
import com.accountdesk.ui.common.Texts;
import com.accountdesk.ui.main.PollTimer;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.stage.Window;

/**
 * Upgrade…: the CrateDB version to move to (from the cluster's available upgrades), why it cannot
 * be done, and the operation's progress once sent. Thin: what is sent, when and how often is
 * {@link UpgradeViewModel}'s.
 */
public final class UpgradeDialog {
    private final ChangeDialog frame;

    public UpgradeDialog(Window owner, UpgradeViewModel viewModel) {
        CrateCluster c = viewModel.cluster();
        ComboBox<String> version = new ComboBox<>(viewModel.versions());
        version.setId("upgradeVersionChoice");
        version.setPrefWidth(200);
        version.valueProperty().bindBidirectional(viewModel.versionProperty());
        version.disableProperty().bind(viewModel.unavailableProperty().isNotEmpty().or(viewModel.doneProperty())
                .or(viewModel.canSendProperty().not().and(viewModel.progressProperty().isNotEmpty())));
        Label versionLabel = new Label(Texts.get("cratedb.upgrade.version"));
        versionLabel.setLabelFor(version);
        versionLabel.setMnemonicParsing(true);
        versionLabel.setMinWidth(Region.USE_PREF_SIZE);
        Label hint = new Label(Texts.get("cratedb.upgrade.hint"));
        hint.getStyleClass().add("hint-text");
        hint.setWrapText(true);
        hint.setMinHeight(Region.USE_PREF_SIZE);
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(8);
        grid.addRow(0, versionLabel, version);
        grid.add(hint, 1, 1);

        frame = new ChangeDialog(owner, "upgrade", Texts.get("cratedb.upgrade.title", c.name()),
                Texts.get("cratedb.upgrade.header", c.name(), c.crateVersion()), grid, Texts.get("cratedb.upgrade.send"),
                viewModel);
    }

    public Dialog<?> dialog() {
        return frame.dialog();
    }

    /** Opens the dialog for {@code row} over {@code owner}, reads the versions, and waits until it is closed; the list is read again then. */
    public static void open(Window owner, CrateClustersViewModel clusters, CrateClustersViewModel.Row row) {
        UpgradeViewModel vm = new UpgradeViewModel(clusters.client(), clusters.background(), clusters.dialogs(),
                PollTimer.onFxThread(), row.cluster());
        UpgradeDialog d = new UpgradeDialog(owner, vm);
        vm.load();
        d.dialog().showAndWait();
        clusters.load();
    }
}
