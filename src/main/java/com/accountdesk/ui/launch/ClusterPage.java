package com.accountdesk.ui.launch;

import com.accountdesk.model.LaunchRequest;
import com.accountdesk.ui.common.FxmlViews;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;

/** Page 2: name, role, ClickHouse version, admin user and password. */
final class ClusterPage implements WizardPageView {
    private final LaunchWizardViewModel vm;
    private final Parent view;

    @FXML private TextField nameField;
    @FXML private Label nameError;
    @FXML private RadioButton roleDevelopment;
    @FXML private RadioButton roleProduction;
    @FXML private ComboBox<String> versionField;
    @FXML private Label versionError;
    @FXML private TextField adminUserField;
    @FXML private Label adminUserError;
    @FXML private PasswordField adminPassField;
    @FXML private TextField adminPassShown;
    @FXML private Label adminPassError;
    @FXML private PasswordField adminPassConfirmField;
    @FXML private TextField adminPassConfirmShown;
    @FXML private Label adminPassConfirmError;
    @FXML private CheckBox showPassword;
    @FXML private Label passwordStrength;

    ClusterPage(LaunchWizardViewModel vm) {
        this.vm = vm;
        this.view = FxmlViews.load(this, "cluster-page.fxml");
    }

    @FXML
    private void initialize() {
        Fields.text(nameField, vm.nameProperty());
        Fields.message(nameError, vm.shownError(LaunchField.NAME));
        roleProduction.setSelected(LaunchRequest.ROLE_PRODUCTION.equals(vm.roleProperty().get()));
        roleDevelopment.setSelected(!roleProduction.isSelected());
        roleProduction.selectedProperty().addListener((obs, was, now) ->
                vm.roleProperty().set(now ? LaunchRequest.ROLE_PRODUCTION : LaunchRequest.ROLE_DEVELOPMENT));
        Fields.suggestions(versionField, vm.versionProperty(), LaunchWizardViewModel.VERSION_SUGGESTIONS, "versionEditor");
        Fields.message(versionError, vm.shownError(LaunchField.VERSION));
        Fields.text(adminUserField, vm.adminUserProperty());
        Fields.message(adminUserError, vm.shownError(LaunchField.ADMIN_USER));
        Fields.secret(adminPassField, adminPassShown, vm.adminPassProperty(), vm.showPasswordProperty());
        Fields.message(adminPassError, vm.shownError(LaunchField.ADMIN_PASS));
        Fields.secret(adminPassConfirmField, adminPassConfirmShown, vm.adminPassConfirmProperty(), vm.showPasswordProperty());
        Fields.message(adminPassConfirmError, vm.shownError(LaunchField.ADMIN_PASS_CONFIRM));
        showPassword.selectedProperty().bindBidirectional(vm.showPasswordProperty());
        Fields.message(passwordStrength, vm.passwordStrength());
    }

    @Override
    public Parent view() {
        return view;
    }

    @Override
    public void focus() {
        nameField.requestFocus();
    }
}
