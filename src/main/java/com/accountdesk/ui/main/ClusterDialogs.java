package com.accountdesk.ui.main;

import com.accountdesk.model.Cluster;
import com.accountdesk.api.acm.AcmClient;
import com.accountdesk.model.ClickHouseVersion;
import com.accountdesk.model.ClusterRules;
import com.accountdesk.model.NodeType;
import com.accountdesk.ui.common.Background;
import com.accountdesk.ui.common.Texts;
import com.accountdesk.ui.common.WorkStateView;
import com.accountdesk.ui.launch.EnvironmentOptions;
import com.accountdesk.ui.launch.LaunchWizardViewModel;
import com.accountdesk.ui.launch.OptionList;
import javafx.collections.ListChangeListener;
import javafx.scene.control.ComboBox;
import javafx.scene.layout.HBox;
import com.accountdesk.ui.common.ActionDialog;
import com.accountdesk.ui.common.Dialogs;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.geometry.VPos;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

import java.util.Optional;

/** The questions asked before a cluster action that needs more than OK: rescale, upgrade, terminate. */
final class ClusterDialogs {
    static final String OK_ID = Dialogs.CONFIRM_OK_ID;

    private ClusterDialogs() {
    }

    /**
     * Node type, shards and replicas; empty when cancelled. With {@code nodeTypes} (the cluster's
     * environment's, see {@link #nodeTypes}) the node type is chosen from that list, which shows the
     * same states as the wizard's (loading, empty, failed with Try again); typing stays possible
     * whatever the list does, so a list that cannot be read is never a dead end.
     */
    static Optional<ClusterActionsViewModel.Request> rescale(Window owner, Cluster cluster, OptionList<NodeType> nodeTypes) {
        RescaleForm form = new RescaleForm(cluster, nodeTypes);
        return dialog(owner, Texts.get("clusters.rescale.title", cluster.name()),
                Texts.get("clusters.rescale.header", cluster.name()), form.grid, Texts.get("clusters.rescale.ok"))
                .allowWhen(form.rule.isEmpty()).showAndWait().map(b -> form.request());
    }

    /** The node types of an environment, loading in the background from the moment this is called. */
    static OptionList<NodeType> nodeTypes(AcmClient client, Background background, String environmentId) {
        OptionList<NodeType> list = new OptionList<>(background);
        list.load(() -> client.nodeTypes(environmentId), new OptionList.Words(
                Texts.get("launch.rescale.loading"), Texts.get("launch.rescale.empty"),
                why -> Texts.get("launch.nodeTypes.failed", why)), loaded -> { });
        return list;
    }

    /** The rescale dialog's content, on its own so it can be shown and tested without the dialog. */
    static final class RescaleForm {
        final GridPane grid = grid();
        final ComboBox<String> nodeType = new ComboBox<>();
        final Label nodeTypeInfo = new Label();
        final HBox status = new HBox(8);
        final Label statusMessage = new Label();
        final Button retry = new Button(Texts.get("launch.tryAgain"));
        final Label problem = new Label();
        /** What is wrong with the node type by the rules, shown in {@link #problem} only once the user changed it. */
        final StringBinding rule;
        private final BooleanProperty touched = new SimpleBooleanProperty(false);
        private final Cluster cluster;
        private final Spinner<Integer> shards;
        private final Spinner<Integer> replicas;

        RescaleForm(Cluster cluster, OptionList<NodeType> nodeTypes) {
            this.cluster = cluster;
            nodeType.setEditable(true);
            nodeType.setId("rescaleNodeTypes");
            nodeType.getEditor().setId("rescaleNodeType");
            // No example: one cloud's type would mislead for another's cluster; the list names the environment's.
            nodeType.setPromptText(Texts.get("clusters.rescale.nodeTypePrompt"));
            nodeType.setPrefWidth(280); // room for the whole prompt (at 240 its last letter was cut)
            nodeType.setMinWidth(160); // a narrow window shortens the field, never its label
            nodeType.getEditor().setText(cluster.nodeType());
            nodeType.valueProperty().addListener((obs, old, chosen) -> {
                if (chosen != null) {
                    nodeType.getEditor().setText(chosen);
                }
            });
            shards = spinner("rescaleShards", ClusterRules.MAX_SHARDS, Math.max(1, cluster.shards()));
            replicas = spinner("rescaleReplicas", ClusterRules.MAX_REPLICAS, Math.max(1, cluster.replicas()));
            problem.getStyleClass().add("error-text");
            problem.setWrapText(true);
            problem.setMaxWidth(320);
            rule = Bindings.createStringBinding(() -> {
                String typed = nodeType.getEditor().getText().trim();
                String p = typed.isEmpty() ? Texts.get("clusters.rescale.nodeTypeMissing")
                        : LaunchWizardViewModel.say(ClusterRules.nodeType(typed));
                return p == null ? "" : p;
            }, nodeType.getEditor().textProperty());
            nodeType.getEditor().textProperty().addListener((obs, old, now) -> touched.set(true));
            problem.textProperty().bind(Bindings.when(touched).then(rule).otherwise(""));
            statusMessage.setId("rescaleNodeTypesMessage");
            statusMessage.getStyleClass().add("field-warning");
            statusMessage.setWrapText(true);
            statusMessage.setMaxWidth(320);
            retry.setId("rescaleNodeTypesRetry");
            status.getChildren().setAll(statusMessage, retry);
            nodeTypeInfo.getStyleClass().add("field-hint");
            WorkStateView.shownWhen(nodeTypeInfo, nodeTypeInfo.textProperty().isNotEmpty()); // no empty line before Shards
            // The type's description and the list's state sit under the field in its cell: shown only
            // when they say something, with no empty grid rows (and their gaps) before Shards.
            Label nodeTypeLabel = wholeLabel(Texts.get("clusters.rescale.nodeType"));
            VBox nodeTypeCell = new VBox(4, nodeType, nodeTypeInfo, status);
            GridPane.setValignment(nodeTypeLabel, VPos.BASELINE);
            GridPane.setValignment(nodeTypeCell, VPos.BASELINE);
            grid.addRow(0, nodeTypeLabel, nodeTypeCell);
            grid.addRow(1, wholeLabel(Texts.get("clusters.rescale.shards")), shards);
            grid.addRow(2, wholeLabel(Texts.get("clusters.rescale.replicas")), replicas);
            grid.add(problem, 1, 3);
            if (nodeTypes == null) {
                status.setVisible(false);
                status.setManaged(false);
                return;
            }
            Runnable fill = () -> nodeType.getItems().setAll(nodeTypes.items().stream().map(NodeType::code).toList());
            nodeTypes.items().addListener((ListChangeListener<NodeType>) change -> fill.run());
            fill.run();
            statusMessage.textProperty().bind(nodeTypes.messageProperty());
            status.visibleProperty().bind(nodeTypes.messageProperty().isNotEmpty());
            status.managedProperty().bind(status.visibleProperty());
            retry.visibleProperty().bind(nodeTypes.stateProperty().isEqualTo(OptionList.State.FAILED));
            retry.managedProperty().bind(retry.visibleProperty());
            retry.setOnAction(e -> nodeTypes.retry());
            nodeTypeInfo.textProperty().bind(Bindings.createStringBinding(() -> nodeTypes.items().stream()
                    .filter(t -> t.code().equals(nodeType.getEditor().getText().trim())).findFirst()
                    .map(NodeType::describe).orElse(""), nodeType.getEditor().textProperty(), nodeTypes.items()));
        }

        ClusterActionsViewModel.Request request() {
            return ClusterActionsViewModel.Request.rescale(cluster, nodeType.getEditor().getText().trim(),
                    shards.getValue(), replicas.getValue());
        }
    }

    /** The version to move to; empty when cancelled. */
    static Optional<ClusterActionsViewModel.Request> upgrade(Window owner, Cluster cluster, OptionList<ClickHouseVersion> versions) {
        UpgradeForm form = new UpgradeForm(cluster, versions);
        String header = cluster.version().isEmpty() ? Texts.get("clusters.upgrade.header", cluster.name())
                : Texts.get("clusters.upgrade.headerFrom", cluster.name(), cluster.version());
        return dialog(owner, Texts.get("clusters.upgrade.title", cluster.name()), header, form.grid,
                Texts.get("clusters.upgrade.ok")).allowWhen(form.rule.isEmpty()).showAndWait().map(b -> form.request());
    }

    /** The upgrade dialog's content, on its own so it can be shown and tested without the dialog. */
    static final class UpgradeForm {
        final GridPane grid = grid();
        final ComboBox<String> version = new ComboBox<>();
        final HBox status = new HBox(8);
        final Label statusMessage = new Label();
        final Button retry = new Button(Texts.get("launch.tryAgain"));
        final Label problem = new Label();
        /** What is wrong with the version by the rules, shown in {@link #problem} only once the user changed it. */
        final StringBinding rule;
        private final BooleanProperty touched = new SimpleBooleanProperty(false);
        private final Cluster cluster;

        /** @param versions the environment's (see {@link EnvironmentOptions#versionsOf}); typing stays possible whatever the list does */
        UpgradeForm(Cluster cluster, OptionList<ClickHouseVersion> versions) {
            this.cluster = cluster;
            version.setEditable(true);
            version.setId("upgradeVersions");
            version.getEditor().setId("upgradeVersion");
            version.setPromptText(Texts.get("clusters.upgrade.versionPrompt"));
            version.setPrefWidth(300);
            version.valueProperty().addListener((obs, old, chosen) -> {
                if (chosen != null) {
                    version.getEditor().setText(chosen);
                }
            });
            Runnable fill = () -> version.getItems().setAll(versions.items().stream().map(ClickHouseVersion::code).toList());
            versions.items().addListener((ListChangeListener<ClickHouseVersion>) change -> fill.run());
            fill.run();
            version.setCellFactory(list -> new ListCell<>() {
                @Override
                protected void updateItem(String code, boolean empty) {
                    super.updateItem(code, empty);
                    setText(empty || code == null ? null : versions.items().stream().filter(v -> v.code().equals(code))
                            .findFirst().map(EnvironmentOptions::versionLabel).orElse(code));
                }
            });
            problem.getStyleClass().add("error-text");
            problem.setWrapText(true);
            problem.setMaxWidth(320);
            rule = Bindings.createStringBinding(() -> {
                String v = version.getEditor().getText().trim();
                String p = v.isEmpty() ? Texts.get("clusters.upgrade.versionMissing") : LaunchWizardViewModel.say(ClusterRules.version(v));
                return p == null ? "" : p;
            }, version.getEditor().textProperty());
            version.getEditor().textProperty().addListener((obs, old, now) -> touched.set(true));
            problem.textProperty().bind(Bindings.when(touched).then(rule).otherwise(""));
            statusMessage.setId("upgradeVersionsMessage");
            statusMessage.getStyleClass().add("field-warning");
            statusMessage.setWrapText(true);
            statusMessage.setMaxWidth(320);
            statusMessage.textProperty().bind(versions.messageProperty());
            retry.setId("upgradeVersionsRetry");
            retry.visibleProperty().bind(versions.stateProperty().isEqualTo(OptionList.State.FAILED));
            retry.managedProperty().bind(retry.visibleProperty());
            retry.setOnAction(e -> versions.retry());
            status.getChildren().setAll(statusMessage, retry);
            status.visibleProperty().bind(versions.messageProperty().isNotEmpty());
            status.managedProperty().bind(status.visibleProperty());
            grid.addRow(0, new Label(Texts.get("clusters.upgrade.version")), version);
            grid.add(status, 1, 1);
            grid.add(problem, 1, 2);
        }

        ClusterActionsViewModel.Request request() {
            return ClusterActionsViewModel.Request.upgrade(cluster, version.getEditor().getText().trim());
        }
    }

    /** Asks for the cluster's name typed out, and whether its data goes too; empty when cancelled. */
    static Optional<ClusterActionsViewModel.Request> terminate(Window owner, Cluster cluster) {
        TextField name = new TextField();
        name.setId("terminateName");
        name.setPromptText(cluster.name());
        CheckBox deleteData = new CheckBox(Texts.get("clusters.terminate.deleteData"));
        deleteData.setId("terminateDeleteData");
        deleteData.setSelected(true);
        // Every sentence wraps whole in a narrow window (a small screen): cut, it read "cannot be recover…".
        deleteData.setWrapText(true);
        deleteData.setMinHeight(Region.USE_PREF_SIZE);
        Label consequence = new Label();
        consequence.setWrapText(true);
        consequence.setMinHeight(Region.USE_PREF_SIZE);
        consequence.textProperty().bind(Bindings.when(deleteData.selectedProperty())
                .then(Texts.get("clusters.terminate.dataDeleted"))
                .otherwise(Texts.get("clusters.terminate.dataKept")));
        Label ask = new Label(Texts.get("clusters.terminate.typeName", cluster.name()));
        ask.setWrapText(true);
        ask.setMinHeight(Region.USE_PREF_SIZE);
        ask.setLabelFor(name);
        VBox box = new VBox(8, ask, name, deleteData, consequence);
        ActionDialog dialog = dialog(owner, Texts.get("clusters.terminate.title", cluster.name()),
                Texts.get("clusters.terminate.header", cluster.name()), box, Texts.get("clusters.terminate.ok"))
                .allowWhen(name.textProperty().isEqualTo(cluster.name())).irreversible();
        name.requestFocus(); // the name is what is asked for, as in Restore…; Terminate stays off until it is typed
        return dialog.showAndWait().map(b -> ClusterActionsViewModel.Request.terminate(cluster, deleteData.isSelected()));
    }

    /** A field's label that a narrow window never cuts: the field beside it gives way. */
    private static Label wholeLabel(String text) {
        Label label = new Label(text);
        label.setMinWidth(Region.USE_PREF_SIZE);
        return label;
    }

    private static Spinner<Integer> spinner(String id, int max, int value) {
        Spinner<Integer> s = new Spinner<>(1, max, Math.min(max, value));
        s.setEditable(true);
        s.setId(id);
        return s;
    }

    private static GridPane grid() {
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(6);
        return grid;
    }

    /** The shared shell (see {@link ActionDialog}): the verb's button as the confirmation's OK, and Cancel. */
    private static ActionDialog dialog(Window owner, String title, String header, Node content, String okLabel) {
        return new ActionDialog(owner, title, header, content, okLabel, null, OK_ID, Dialogs.CONFIRM_CANCEL_ID);
    }
}
