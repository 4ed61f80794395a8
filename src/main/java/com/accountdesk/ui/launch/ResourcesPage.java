package com.accountdesk.ui.launch;

import com.accountdesk.model.NodeType;
import com.accountdesk.ui.common.FxmlViews;
import com.accountdesk.ui.common.Texts;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.util.StringConverter;
import com.accountdesk.model.LaunchRequest;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Page 3: instance type, shards, replicas, nodes and disk size. */
final class ResourcesPage implements WizardPageView {
    private final ResourcesPageViewModel vm;
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
    @FXML private ComboBox<String> storageClassField;
    @FXML private Label storageClassLabel;
    @FXML private Label storageClassError;
    @FXML private Label nodeTypeInfo;
    @FXML private HBox nodeTypesStatus;
    @FXML private Label nodeTypesMessage;
    @FXML private Button nodeTypesRetry;
    @FXML private RadioButton uptimeAlways;
    @FXML private RadioButton uptimeInactive;
    @FXML private RadioButton uptimeSchedule;
    @FXML private TextField idleHoursField;
    @FXML private TextField stopAtField;
    @FXML private TextField startAtField;
    @FXML private Label uptimeError;

    ResourcesPage(ResourcesPageViewModel vm) {
        this.vm = vm;
        this.view = FxmlViews.load(this, "resources-page.fxml");
    }

    @FXML
    private void initialize() {
        // The environment's node types, as read from it; typed text stays the value (free text if the list fails).
        ControlBindings.suggestions(nodeTypeField, vm.nodeTypeProperty(), List.of(), "nodeTypeEditor");
        ControlBindings.items(nodeTypeField, vm.nodeTypeList(), NodeType::code);
        nodeTypeInfo.textProperty().bind(Bindings.createStringBinding(vm::nodeTypeDescription,
                vm.nodeTypeProperty(), vm.nodeTypes()));
        nodeTypeInfo.visibleProperty().bind(nodeTypeInfo.textProperty().isNotEmpty());
        nodeTypeInfo.managedProperty().bind(nodeTypeInfo.visibleProperty());
        ControlBindings.optionStatus(nodeTypesStatus, nodeTypesMessage, nodeTypesRetry, vm.nodeTypeList());
        ControlBindings.message(nodeTypeError, vm.shownError(LaunchField.NODE_TYPE));
        ControlBindings.text(shardsField, vm.shardsProperty());
        ControlBindings.message(shardsError, vm.shownError(LaunchField.SHARDS));
        ControlBindings.text(replicasField, vm.replicasProperty());
        ControlBindings.message(replicasError, vm.shownError(LaunchField.REPLICAS));
        ControlBindings.text(nodesField, vm.nodesProperty());
        ControlBindings.message(nodesError, vm.shownError(LaunchField.NODES));
        ControlBindings.message(nodesWarning, vm.nodesWarning());
        ControlBindings.text(sizeField, vm.sizeProperty());
        ControlBindings.message(sizeError, vm.shownError(LaunchField.SIZE));
        storageClass();
        Map<RadioButton, LaunchRequest.Uptime.Mode> modes = Map.of(uptimeAlways, LaunchRequest.Uptime.Mode.ALWAYS_ON,
                uptimeInactive, LaunchRequest.Uptime.Mode.STOP_WHEN_INACTIVE, uptimeSchedule, LaunchRequest.Uptime.Mode.SCHEDULE);
        modes.forEach((radio, mode) -> {
            radio.setSelected(vm.uptimeModeProperty().get() == mode);
            radio.selectedProperty().addListener((obs, was, now) -> {
                if (now) {
                    vm.uptimeModeProperty().set(mode);
                }
            });
        });
        ControlBindings.text(idleHoursField, vm.idleHoursProperty());
        ControlBindings.text(stopAtField, vm.stopAtProperty());
        ControlBindings.text(startAtField, vm.startAtProperty());
        idleHoursField.disableProperty().bind(uptimeInactive.selectedProperty().not());
        stopAtField.disableProperty().bind(uptimeSchedule.selectedProperty().not());
        startAtField.disableProperty().bind(uptimeSchedule.selectedProperty().not());
        ControlBindings.message(uptimeError, vm.shownError(LaunchField.UPTIME));
    }

    /** The storage classes offered, with "environment default" (sends none) first; shown only when there are any. */
    private void storageClass() {
        Runnable fill = () -> {
            List<String> items = new ArrayList<>();
            items.add("");
            items.addAll(vm.storageClasses());
            storageClassField.getItems().setAll(items);
            storageClassField.setValue(vm.storageClassProperty().get());
        };
        vm.storageClasses().addListener((ListChangeListener<String>) change -> fill.run());
        fill.run();
        storageClassField.setConverter(new StringConverter<>() {
            @Override
            public String toString(String code) {
                return code == null || code.isEmpty() ? Texts.get("launch.storageClass.default") : code;
            }

            @Override
            public String fromString(String text) {
                return text;
            }
        });
        storageClassField.valueProperty().addListener((obs, old, chosen) -> {
            if (chosen != null) {
                vm.storageClassProperty().set(chosen);
            }
        });
        vm.storageClassProperty().addListener((obs, old, now) -> storageClassField.setValue(now));
        BooleanBinding offered = Bindings.isNotEmpty(vm.storageClasses());
        for (Node n : List.of(storageClassField, storageClassLabel)) {
            n.visibleProperty().bind(offered);
            n.managedProperty().bind(offered);
        }
        ControlBindings.message(storageClassError, vm.shownError(LaunchField.STORAGE_CLASS));
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
