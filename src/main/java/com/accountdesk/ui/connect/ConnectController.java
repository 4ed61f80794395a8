package com.accountdesk.ui.connect;

import com.accountdesk.app.Session;
import com.accountdesk.ui.common.FxmlViews;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;

import java.util.function.Consumer;

/** Binds the connect view to its view-model; all logic lives in {@link ConnectViewModel}. */
public final class ConnectController {
    private final ConnectViewModel viewModel;
    private final Consumer<Session> onConnected;
    private final Parent view;

    @FXML private TextField endpointField;
    @FXML private RadioButton passwordChoice;
    @FXML private RadioButton apiKeyChoice;
    @FXML private VBox passwordBox;
    @FXML private VBox apiKeyBox;
    @FXML private TextField loginField;
    @FXML private PasswordField passwordField;
    @FXML private PasswordField apiKeyField;
    @FXML private Label sandboxHint;
    @FXML private Label errorLabel;
    @FXML private Button connectButton;
    @FXML private ProgressIndicator progress;

    public ConnectController(ConnectViewModel viewModel, Consumer<Session> onConnected) {
        this.viewModel = viewModel;
        this.onConnected = onConnected;
        this.view = FxmlViews.load(this, "connect.fxml");
    }

    public Parent view() {
        return view;
    }

    public ConnectViewModel viewModel() {
        return viewModel;
    }

    @FXML
    private void initialize() {
        endpointField.textProperty().bindBidirectional(viewModel.endpointProperty());
        loginField.textProperty().bindBidirectional(viewModel.loginProperty());
        passwordField.textProperty().bindBidirectional(viewModel.passwordProperty());
        apiKeyField.textProperty().bindBidirectional(viewModel.apiKeyProperty());
        apiKeyChoice.selectedProperty().bindBidirectional(viewModel.useApiKeyProperty());
        passwordChoice.setSelected(!viewModel.useApiKeyProperty().get());

        passwordBox.visibleProperty().bind(apiKeyChoice.selectedProperty().not());
        passwordBox.managedProperty().bind(passwordBox.visibleProperty());
        apiKeyBox.visibleProperty().bind(apiKeyChoice.selectedProperty());
        apiKeyBox.managedProperty().bind(apiKeyBox.visibleProperty());

        sandboxHint.textProperty().bind(viewModel.sandboxHintProperty());
        sandboxHint.visibleProperty().bind(viewModel.sandboxProperty());
        sandboxHint.managedProperty().bind(sandboxHint.visibleProperty());
        errorLabel.textProperty().bind(viewModel.errorProperty());
        errorLabel.visibleProperty().bind(viewModel.errorProperty().isNotEmpty());
        errorLabel.managedProperty().bind(errorLabel.visibleProperty());

        progress.visibleProperty().bind(viewModel.busyProperty());
        connectButton.disableProperty().bind(viewModel.canConnect().not());
        endpointField.disableProperty().bind(viewModel.busyProperty());
        loginField.disableProperty().bind(viewModel.busyProperty());
        passwordField.disableProperty().bind(viewModel.busyProperty());
        apiKeyField.disableProperty().bind(viewModel.busyProperty());
        // Start where typing begins: the e-mail, or the password when the e-mail is remembered.
        javafx.application.Platform.runLater(() -> {
            if (apiKeyChoice.isSelected()) {
                apiKeyField.requestFocus();
            } else if (loginField.getText().isBlank()) {
                loginField.requestFocus();
            } else {
                passwordField.requestFocus();
            }
        });
    }

    @FXML
    private void connect() {
        if (!connectButton.isDisabled()) {
            viewModel.connect(onConnected);
        }
    }
}
