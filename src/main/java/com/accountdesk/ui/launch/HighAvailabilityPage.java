package com.accountdesk.ui.launch;

import com.accountdesk.model.LaunchRequest;
import com.accountdesk.ui.common.FxmlViews;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import com.accountdesk.model.Keeper;

import java.util.List;

/** Page 5: ZooKeeper, a new one (tag, single node or ensemble) or none. */
final class HighAvailabilityPage implements WizardPageView {
    private final HighAvailabilityPageViewModel vm;
    private final Parent view;

    @FXML private RadioButton zookeeperLaunch;
    @FXML private RadioButton zookeeperNone;
    @FXML private GridPane zookeeperOptions;
    @FXML private TextField zookeeperTagField;
    @FXML private Label zookeeperTagError;
    @FXML private RadioButton zookeeperSingle;
    @FXML private RadioButton zookeeperEnsemble;
    @FXML private Label zookeeperOptionsError;
    @FXML private Label zookeeperError;
    @FXML private Label zookeeperWarning;
    @FXML private RadioButton keeperUse;
    @FXML private VBox keeperOptions;
    @FXML private ComboBox<String> keeperField;
    @FXML private Label keeperInfo;
    @FXML private Label keeperError;
    @FXML private HBox keepersStatus;
    @FXML private Label keepersMessage;
    @FXML private Button keepersRetry;
    @FXML private FlowPane zonesBox;
    @FXML private Label zonesError;
    @FXML private HBox zonesStatus;
    @FXML private Label zonesMessage;
    @FXML private Button zonesRetry;

    HighAvailabilityPage(HighAvailabilityPageViewModel vm) {
        this.vm = vm;
        this.view = FxmlViews.load(this, "high-availability-page.fxml");
    }

    @FXML
    private void initialize() {
        zookeeperLaunch.selectedProperty().bindBidirectional(vm.zookeeperLaunchProperty());
        keeperUse.selectedProperty().bindBidirectional(vm.useKeeperProperty());
        zookeeperNone.setSelected(!vm.zookeeperLaunchProperty().get() && !vm.useKeeperProperty().get());
        // No Keeper in the environment: only a new ZooKeeper (or none) is offered.
        keeperUse.disableProperty().bind(vm.keepers().stateProperty().isEqualTo(OptionList.State.EMPTY)
                .and(vm.useKeeperProperty().not()));
        keeperField.disableProperty().bind(vm.useKeeperProperty().not());
        ControlBindings.suggestions(keeperField, vm.keeperNameProperty(), List.of(), "keeperEditor");
        ControlBindings.items(keeperField, vm.keepers(), Keeper::name);
        keeperInfo.textProperty().bind(Bindings.createStringBinding(() -> vm.keepers().items().stream()
                .filter(k -> k.name().equals(vm.keeperNameProperty().get())).findFirst()
                .map(EnvironmentOptions::keeperDescription).orElse(""), vm.keeperNameProperty(), vm.keepers().items()));
        keeperInfo.visibleProperty().bind(keeperInfo.textProperty().isNotEmpty());
        keeperInfo.managedProperty().bind(keeperInfo.visibleProperty());
        ControlBindings.message(keeperError, vm.shownError(LaunchField.KEEPER));
        ControlBindings.optionStatus(keepersStatus, keepersMessage, keepersRetry, vm.keepers());
        vm.zones().items().addListener((ListChangeListener<String>) change -> zoneChoices());
        vm.chosenZones().addListener((ListChangeListener<String>) change -> zoneChoices());
        zoneChoices();
        ControlBindings.message(zonesError, vm.shownError(LaunchField.ZONES));
        ControlBindings.optionStatus(zonesStatus, zonesMessage, zonesRetry, vm.zones());
        zookeeperOptions.disableProperty().bind(vm.zookeeperLaunchProperty().not());
        ControlBindings.text(zookeeperTagField, vm.zookeeperTagProperty());
        ControlBindings.message(zookeeperTagError, vm.shownError(LaunchField.ZOOKEEPER_TAG));
        zookeeperSingle.setSelected(LaunchRequest.ZookeeperOptions.SINGLE.equals(vm.zookeeperSizeProperty().get()));
        zookeeperEnsemble.setSelected(LaunchRequest.ZookeeperOptions.ENSEMBLE.equals(vm.zookeeperSizeProperty().get()));
        zookeeperSingle.selectedProperty().addListener((obs, was, now) -> {
            if (now) {
                vm.zookeeperSizeProperty().set(LaunchRequest.ZookeeperOptions.SINGLE);
            }
        });
        zookeeperEnsemble.selectedProperty().addListener((obs, was, now) -> {
            if (now) {
                vm.zookeeperSizeProperty().set(LaunchRequest.ZookeeperOptions.ENSEMBLE);
            }
        });
        ControlBindings.message(zookeeperOptionsError, vm.shownError(LaunchField.ZOOKEEPER_OPTIONS));
        ControlBindings.message(zookeeperError, vm.shownError(LaunchField.ZOOKEEPER));
        ControlBindings.message(zookeeperWarning, vm.zookeeperWarning());
    }

    /** One check box per zone the environment lists, ticked as chosen. */
    private void zoneChoices() {
        List<CheckBox> boxes = vm.zones().items().stream().map(zone -> {
            CheckBox box = new CheckBox(mnemonicOnLast(zone));
            box.setMnemonicParsing(true);
            box.setUserData(zone);
            box.setId("zone-" + zone);
            box.setSelected(vm.chosenZones().contains(zone));
            box.selectedProperty().addListener((obs, was, now) -> {
                if (now && !vm.chosenZones().contains(zone)) {
                    vm.chosenZones().add(zone);
                } else if (!now) {
                    vm.chosenZones().remove(zone);
                }
            });
            return box;
        }).toList();
        if (!boxes.stream().map(CheckBox::getUserData).toList().equals(zonesBox.getChildren().stream()
                .map(Node::getUserData).toList())) {
            zonesBox.getChildren().setAll(boxes);
        } else {
            for (Node n : zonesBox.getChildren()) {
                ((CheckBox) n).setSelected(vm.chosenZones().contains((String) n.getUserData()));
            }
        }
    }

    /** "us-east-1_a": zones differ in their last letter, so Alt+a ticks us-east-1a (underscores in a name are kept). */
    private static String mnemonicOnLast(String zone) {
        String head = zone.substring(0, zone.length() - 1).replace("_", "__");
        String last = zone.substring(zone.length() - 1);
        return head + "_" + ("_".equals(last) ? "__" : last);
    }

    @Override
    public Parent view() {
        return view;
    }

    @Override
    public void focus() {
        (vm.zookeeperLaunchProperty().get() ? zookeeperLaunch : vm.useKeeperProperty().get() ? keeperUse : zookeeperNone).requestFocus();
    }
}
