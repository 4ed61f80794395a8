package com.accountdesk.ui.launch;

import com.accountdesk.ui.common.FxmlViews;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;

/** Page 4: TLS and the two secure ports. */
final class ConnectionPage implements WizardPageView {
    private final LaunchWizardViewModel vm;
    private final Parent view;

    @FXML private CheckBox secureCheck;
    @FXML private TextField httpsPortField;
    @FXML private Label httpsPortError;
    @FXML private TextField tcpPortField;
    @FXML private Label tcpPortError;
    @FXML private javafx.scene.control.ComboBox<String> lbTypeField;
    @FXML private Label lbTypeError;
    @FXML private CheckBox mysqlCheck;
    @FXML private TextField mysqlPortField;
    @FXML private Label mysqlPortError;
    @FXML private javafx.scene.control.TextArea ipField;
    @FXML private Label ipError;

    ConnectionPage(LaunchWizardViewModel vm) {
        this.vm = vm;
        this.view = FxmlViews.load(this, "connection-page.fxml");
    }

    @FXML
    private void initialize() {
        secureCheck.selectedProperty().bindBidirectional(vm.secureProperty());
        Fields.text(httpsPortField, vm.httpsPortProperty());
        Fields.message(httpsPortError, vm.shownError(LaunchField.HTTPS_PORT));
        Fields.text(tcpPortField, vm.tcpPortProperty());
        Fields.message(tcpPortError, vm.shownError(LaunchField.TCP_PORT));
        Fields.suggestions(lbTypeField, vm.lbTypeProperty(), LaunchWizardViewModel.LB_TYPE_SUGGESTIONS, "lbTypeEditor");
        Fields.message(lbTypeError, vm.shownError(LaunchField.LB_TYPE));
        mysqlCheck.selectedProperty().bindBidirectional(vm.mysqlProtocolProperty());
        Fields.text(mysqlPortField, vm.mysqlPortProperty());
        mysqlPortField.disableProperty().bind(vm.mysqlProtocolProperty().not());
        Fields.message(mysqlPortError, vm.shownError(LaunchField.MYSQL_PORT));
        Fields.text(ipField, vm.ipRestrictionsProperty());
        com.accountdesk.ui.common.KeyboardFocus.tabLeaves(ipField);
        Fields.message(ipError, vm.shownError(LaunchField.IP_RESTRICTIONS));
        ipError.setMaxWidth(560);
    }

    @Override
    public Parent view() {
        return view;
    }

    @Override
    public void focus() {
        secureCheck.requestFocus();
    }
}
