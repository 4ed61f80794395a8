package com.accountdesk.ui.launch;

import com.accountdesk.model.LaunchRequest;
import com.accountdesk.ui.common.FxmlViews;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;

/** Page 5: ZooKeeper, a new one (tag, single node or ensemble) or none. */
final class HighAvailabilityPage implements WizardPageView {
    private final LaunchWizardViewModel vm;
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

    HighAvailabilityPage(LaunchWizardViewModel vm) {
        this.vm = vm;
        this.view = FxmlViews.load(this, "high-availability-page.fxml");
    }

    @FXML
    private void initialize() {
        zookeeperLaunch.selectedProperty().bindBidirectional(vm.zookeeperLaunchProperty());
        zookeeperNone.setSelected(!vm.zookeeperLaunchProperty().get());
        zookeeperOptions.disableProperty().bind(vm.zookeeperLaunchProperty().not());
        Fields.text(zookeeperTagField, vm.zookeeperTagProperty());
        Fields.message(zookeeperTagError, vm.shownError(LaunchField.ZOOKEEPER_TAG));
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
        Fields.message(zookeeperOptionsError, vm.shownError(LaunchField.ZOOKEEPER_OPTIONS));
        Fields.message(zookeeperError, vm.shownError(LaunchField.ZOOKEEPER));
        Fields.message(zookeeperWarning, vm.zookeeperWarning());
    }

    @Override
    public Parent view() {
        return view;
    }

    @Override
    public void focus() {
        (vm.zookeeperLaunchProperty().get() ? zookeeperLaunch : zookeeperNone).requestFocus();
    }
}
