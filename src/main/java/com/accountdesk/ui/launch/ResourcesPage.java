package com.accountdesk.ui.launch;

import com.accountdesk.ui.common.FxmlViews;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;

/** Page 3: instance type, shards, replicas, nodes and disk size. */
final class ResourcesPage implements WizardPageView {
    private final LaunchWizardViewModel vm;
    private final Parent view;

    @FXML private ComboBox<String> nodeTypeField;
    @FXML private Label nodeTypeError;
    @FXML private TextField shardsField;
    @FXML private Label shardsError;
    @FXML private TextField replicasField;
    @FXML private Label replicasError;
    @FXML private TextField nodesField;
    @FXML private Label nodesError;
    @FXML private Label nodesWarning;
    @FXML private TextField sizeField;
    @FXML private Label sizeError;
    @FXML private Label nodeTypeInfo;
    @FXML private javafx.scene.layout.HBox nodeTypesStatus;
    @FXML private Label nodeTypesMessage;
    @FXML private javafx.scene.control.Button nodeTypesRetry;

    ResourcesPage(LaunchWizardViewModel vm) {
        this.vm = vm;
        this.view = FxmlViews.load(this, "resources-page.fxml");
    }

    @FXML
    private void initialize() {
        // The environment's node types, as read from it; typed text stays the value (free text if the list fails).
        Fields.suggestions(nodeTypeField, vm.nodeTypeProperty(), java.util.List.of(), "nodeTypeEditor");
        vm.nodeTypes().addListener((javafx.collections.ListChangeListener<com.accountdesk.model.NodeType>) change ->
                nodeTypeField.getItems().setAll(vm.nodeTypes().stream().map(com.accountdesk.model.NodeType::code).toList()));
        nodeTypeInfo.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(vm::nodeTypeDescription,
                vm.nodeTypeProperty(), vm.nodeTypes()));
        nodeTypeInfo.visibleProperty().bind(nodeTypeInfo.textProperty().isNotEmpty());
        nodeTypeInfo.managedProperty().bind(nodeTypeInfo.visibleProperty());
        nodeTypesMessage.textProperty().bind(vm.nodeTypesMessageProperty());
        nodeTypesStatus.visibleProperty().bind(vm.nodeTypesMessageProperty().isNotEmpty());
        nodeTypesStatus.managedProperty().bind(nodeTypesStatus.visibleProperty());
        nodeTypesRetry.visibleProperty().bind(vm.nodeTypesStateProperty().isEqualTo(LaunchWizardViewModel.OptionsState.FAILED));
        nodeTypesRetry.managedProperty().bind(nodeTypesRetry.visibleProperty());
        Fields.message(nodeTypeError, vm.shownError(LaunchField.NODE_TYPE));
        Fields.text(shardsField, vm.shardsProperty());
        Fields.message(shardsError, vm.shownError(LaunchField.SHARDS));
        Fields.text(replicasField, vm.replicasProperty());
        Fields.message(replicasError, vm.shownError(LaunchField.REPLICAS));
        Fields.text(nodesField, vm.nodesProperty());
        Fields.message(nodesError, vm.shownError(LaunchField.NODES));
        Fields.message(nodesWarning, vm.nodesWarning());
        Fields.text(sizeField, vm.sizeProperty());
        Fields.message(sizeError, vm.shownError(LaunchField.SIZE));
    }

    @FXML
    private void retryNodeTypes() {
        vm.loadNodeTypes();
    }

    @Override
    public Parent view() {
        return view;
    }

    @Override
    public void focus() {
        nodeTypeField.getEditor().requestFocus();
    }
}
