package com.accountdesk.ui.launch;

import com.accountdesk.model.LaunchRequest;
import com.accountdesk.ui.common.FxmlViews;
import com.accountdesk.model.ClickHouseVersion;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ListCell;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

import java.util.List;
import javafx.scene.Parent;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;

/** Page 2: name, role, ClickHouse version, admin user and password. */
final class ClusterPage implements WizardPageView {
    private final ClusterPageViewModel vm;
    private final Parent view;

    @FXML private TextField nameField;
    @FXML private Label nameError;
    @FXML private RadioButton roleDevelopment;
    @FXML private RadioButton roleProduction;
    @FXML private ComboBox<String> versionField;
    @FXML private Label versionError;
    @FXML private Label versionWarning;
    @FXML private HBox versionsStatus;
    @FXML private Label versionsMessage;
    @FXML private Button versionsRetry;
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

    ClusterPage(ClusterPageViewModel vm) {
        this.vm = vm;
        this.view = FxmlViews.load(this, "cluster-page.fxml");
    }

    @FXML
    private void initialize() {
        ControlBindings.text(nameField, vm.nameProperty());
        ControlBindings.message(nameError, vm.shownError(LaunchField.NAME));
        roleProduction.setSelected(LaunchRequest.ROLE_PRODUCTION.equals(vm.roleProperty().get()));
        roleDevelopment.setSelected(!roleProduction.isSelected());
        roleProduction.selectedProperty().addListener((obs, was, now) ->
                vm.roleProperty().set(now ? LaunchRequest.ROLE_PRODUCTION : LaunchRequest.ROLE_DEVELOPMENT));
        // The environment's versions, grouped by stream; typed text stays the value (free text if the list fails).
        ControlBindings.suggestions(versionField, vm.versionProperty(), List.of(), "versionEditor");
        ControlBindings.items(versionField, vm.versions(), ClickHouseVersion::code);
        versionField.setCellFactory(list -> new VersionCell());
        ControlBindings.message(versionError, vm.shownError(LaunchField.VERSION));
        ControlBindings.message(versionWarning, vm.versionWarning());
        ControlBindings.optionStatus(versionsStatus, versionsMessage, versionsRetry, vm.versions());
        ControlBindings.text(adminUserField, vm.adminUserProperty());
        ControlBindings.message(adminUserError, vm.shownError(LaunchField.ADMIN_USER));
        ControlBindings.secret(adminPassField, adminPassShown, vm.adminPassProperty(), vm.showPasswordProperty());
        ControlBindings.message(adminPassError, vm.shownError(LaunchField.ADMIN_PASS));
        ControlBindings.secret(adminPassConfirmField, adminPassConfirmShown, vm.adminPassConfirmProperty(), vm.showPasswordProperty());
        ControlBindings.message(adminPassConfirmError, vm.shownError(LaunchField.ADMIN_PASS_CONFIRM));
        showPassword.selectedProperty().bindBidirectional(vm.showPasswordProperty());
        ControlBindings.message(passwordStrength, vm.passwordStrength());
    }

    /** A version in the list: its stream's heading above the first of each stream, "end of life" marked. */
    private final class VersionCell extends ListCell<String> {
        @Override
        protected void updateItem(String code, boolean empty) {
            super.updateItem(code, empty);
            setText(null);
            setGraphic(null);
            if (empty || code == null) {
                return;
            }
            List<ClickHouseVersion> all = vm.versions().items();
            int i = indexOf(all, code);
            if (i < 0) {
                setText(code);
                return;
            }
            ClickHouseVersion v = all.get(i);
            Label label = new Label(EnvironmentOptions.versionLabel(v));
            if (v.eol()) {
                label.getStyleClass().add("field-warning");
            }
            if (i == 0 || all.get(i - 1).stream() != v.stream()) {
                Label heading = new Label(EnvironmentOptions.streamName(v.stream()));
                heading.getStyleClass().add("option-group");
                heading.setStyle("-fx-font-weight: bold;");
                setGraphic(new VBox(2, heading, label));
            } else {
                setGraphic(label);
            }
        }

        private int indexOf(List<ClickHouseVersion> all, String code) {
            for (int i = 0; i < all.size(); i++) {
                if (all.get(i).code().equals(code)) {
                    return i;
                }
            }
            return -1;
        }
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
