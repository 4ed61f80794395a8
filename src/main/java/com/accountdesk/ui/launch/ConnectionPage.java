package com.accountdesk.ui.launch;

import com.accountdesk.ui.common.FxmlViews;
import com.accountdesk.ui.common.KeyboardFocus;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;

/** Page 4: TLS and the two secure ports. */
final class ConnectionPage implements WizardPageView {
    private final ConnectionPageViewModel vm;
    private final Parent view;

    @FXML private CheckBox secureCheck;
    @FXML private TextField httpsPortField;
    @FXML private Label httpsPortError;
    @FXML private TextField tcpPortField;
    @FXML private Label tcpPortError;
    @FXML private ComboBox<String> lbTypeField;
    @FXML private Label lbTypeError;
    @FXML private CheckBox mysqlCheck;
    @FXML private TextField mysqlPortField;
    @FXML private Label mysqlPortError;
    @FXML private TextArea ipField;
    @FXML private Label ipError;

    ConnectionPage(ConnectionPageViewModel vm) {
        this.vm = vm;
        this.view = FxmlViews.load(this, "connection-page.fxml");
    }

    @FXML
    private void initialize() {
        secureCheck.selectedProperty().bindBidirectional(vm.secureProperty());
        ControlBindings.text(httpsPortField, vm.httpsPortProperty());
        ControlBindings.message(httpsPortError, vm.shownError(LaunchField.HTTPS_PORT));
        ControlBindings.text(tcpPortField, vm.tcpPortProperty());
        ControlBindings.message(tcpPortError, vm.shownError(LaunchField.TCP_PORT));
        ControlBindings.suggestions(lbTypeField, vm.lbTypeProperty(), ConnectionPageViewModel.LB_TYPE_SUGGESTIONS, "lbTypeEditor");
        ControlBindings.message(lbTypeError, vm.shownError(LaunchField.LB_TYPE));
        mysqlCheck.selectedProperty().bindBidirectional(vm.mysqlProtocolProperty());
        ControlBindings.text(mysqlPortField, vm.mysqlPortProperty());
        mysqlPortField.disableProperty().bind(vm.mysqlProtocolProperty().not());
        ControlBindings.message(mysqlPortError, vm.shownError(LaunchField.MYSQL_PORT));
        ControlBindings.text(ipField, vm.ipRestrictionsProperty());
        KeyboardFocus.tabLeaves(ipField);
        ControlBindings.message(ipError, vm.shownError(LaunchField.IP_RESTRICTIONS));
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
