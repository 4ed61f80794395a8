package com.accountdesk.ui.launch;

import com.accountdesk.ui.common.Texts;

import com.accountdesk.model.Environment;
import com.accountdesk.ui.common.FxmlViews;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.util.StringConverter;

/** Page 1: which environment (name and id) the cluster goes to. */
final class EnvironmentPage implements WizardPageView {
    private final EnvironmentPageViewModel vm;
    private final Parent view;

    @FXML private ComboBox<Environment> environmentChoice;
    @FXML private ProgressIndicator environmentsProgress;
    @FXML private Button reloadEnvironments;
    @FXML private Label environmentError;
    @FXML private Label environmentsError;

    EnvironmentPage(EnvironmentPageViewModel vm) {
        this.vm = vm;
        this.view = FxmlViews.load(this, "environment-page.fxml");
    }

    @FXML
    private void initialize() {
        environmentChoice.setItems(vm.environments());
        environmentChoice.setConverter(new StringConverter<>() {
            @Override
            public String toString(Environment e) {
                return e == null ? "" : Texts.get("launch.environment.choice", e.name(), e.id());
            }

            @Override
            public Environment fromString(String text) {
                return null;
            }
        });
        environmentChoice.valueProperty().bindBidirectional(vm.environmentProperty());
        environmentsProgress.visibleProperty().bind(vm.environmentsLoadingProperty());
        reloadEnvironments.disableProperty().bind(vm.environmentsLoadingProperty());
        ControlBindings.message(environmentError, vm.shownError(LaunchField.ENVIRONMENT));
        ControlBindings.message(environmentsError, vm.environmentsErrorProperty());
    }

    @FXML
    private void reload() {
        vm.loadEnvironments();
    }

    @Override
    public Parent view() {
        return view;
    }

    @Override
    public void focus() {
        environmentChoice.requestFocus();
    }
}
