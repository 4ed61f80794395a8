package com.accountdesk.ui.connect;

import com.accountdesk.ui.common.Texts;
import com.accountdesk.session.Session;
import com.accountdesk.credentials.Profile;
import com.accountdesk.model.Provider;
import com.accountdesk.ui.common.FxmlViews;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

import java.util.function.Consumer;

/** Binds the connect view to its view-model; all logic lives in {@link ConnectViewModel}. */
public final class ConnectController {
    private final ConnectViewModel viewModel;
    private final Consumer<Session> onConnected;
    private final Parent view;

    @FXML private HBox profileBox;
    @FXML private ComboBox<Profile> profileChoice;
    @FXML private RadioButton acmChoice;
    @FXML private RadioButton crateChoice;
    @FXML private Label subtitle;
    @FXML private TextField endpointField;
    @FXML private VBox acmBox;
    @FXML private RadioButton passwordChoice;
    @FXML private RadioButton apiKeyChoice;
    @FXML private VBox passwordBox;
    @FXML private VBox apiKeyBox;
    @FXML private TextField loginField;
    @FXML private PasswordField passwordField;
    @FXML private VBox codeBox;
    @FXML private TextField codeField;
    @FXML private PasswordField apiKeyField;
    @FXML private VBox crateBox;
    @FXML private TextField crateKeyField;
    @FXML private PasswordField crateSecretField;
    @FXML private TextField regionField;
    @FXML private CheckBox rememberCheck;
    @FXML private Label passwordNotKept;
    @FXML private Label sandboxHint;
    @FXML private Label errorLabel;
    @FXML private Label pasteNote;
    @FXML private Button connectButton;
    @FXML private ProgressIndicator progress;

    public ConnectController(ConnectViewModel viewModel, Consumer<Session> onConnected) {
        this.viewModel = viewModel;
        this.onConnected = onConnected;
        this.view = FxmlViews.load(this, "connect.fxml");
        // The view may be put into its window after the work begun at its creation has ended: a focus
        // asked for before then is lost, and the scene would give it to its first control instead.
        view.sceneProperty().addListener((obs, old, scene) -> focusWhereTypingGoes());
    }

    public Parent view() {
        return view;
    }

    public ConnectViewModel viewModel() {
        return viewModel;
    }

    /** Fills the form from a saved account and, when its secret is saved, signs in at once. */
    public void openAndConnect(Profile profile) {
        viewModel.open(profile, true, onConnected);
    }

    @FXML
    private void initialize() {
        // When the window closes or the view is left, typed secrets go (the fields are bound to the view-model).
        com.accountdesk.ui.common.SecretFields.clearOnClose(endpointField, passwordField, apiKeyField, crateSecretField);
        profileChoice.setItems(viewModel.profiles());
        profileChoice.valueProperty().bindBidirectional(viewModel.selectedProfileProperty());
        profileBox.visibleProperty().bind(Bindings.isNotEmpty(viewModel.profiles()));
        profileBox.managedProperty().bind(profileBox.visibleProperty());

        crateChoice.setSelected(viewModel.providerProperty().get() == Provider.CRATEDB);
        acmChoice.setSelected(!crateChoice.isSelected());
        crateChoice.selectedProperty().addListener((obs, was, crate) -> viewModel.providerProperty().set(crate ? Provider.CRATEDB : Provider.ACM));
        viewModel.providerProperty().addListener((obs, old, now) -> (now == Provider.CRATEDB ? crateChoice : acmChoice).setSelected(true));
        subtitle.textProperty().bind(Bindings.createStringBinding(() -> Texts.get("connect.subtitle", viewModel.providerProperty().get().label()),
                viewModel.providerProperty()));
        endpointField.promptTextProperty().bind(Bindings.createStringBinding(() -> viewModel.providerProperty().get().defaultEndpoint(),
                viewModel.providerProperty()));

        endpointField.textProperty().bindBidirectional(viewModel.endpointProperty());
        loginField.textProperty().bindBidirectional(viewModel.loginProperty());
        passwordField.textProperty().bindBidirectional(viewModel.passwordProperty());
        apiKeyField.textProperty().bindBidirectional(viewModel.apiKeyProperty());
        codeField.textProperty().bindBidirectional(viewModel.codeProperty());
        codeBox.visibleProperty().bind(viewModel.codeNeeded());
        codeBox.managedProperty().bind(codeBox.visibleProperty());
        viewModel.codeNeeded().addListener((obs, was, needed) -> {
            if (needed) {
                Platform.runLater(codeField::requestFocus); // after the fields are enabled again
            }
        });
        apiKeyChoice.selectedProperty().bindBidirectional(viewModel.useApiKeyProperty());
        passwordChoice.setSelected(!viewModel.useApiKeyProperty().get());
        viewModel.useApiKeyProperty().addListener((obs, was, key) -> passwordChoice.setSelected(!key));
        crateKeyField.textProperty().bindBidirectional(viewModel.crateKeyProperty());
        crateSecretField.textProperty().bindBidirectional(viewModel.crateSecretProperty());
        regionField.textProperty().bindBidirectional(viewModel.regionProperty());
        rememberCheck.selectedProperty().bindBidirectional(viewModel.rememberSecretProperty());
        rememberCheck.visibleProperty().bind(viewModel.secretCanBeKept());
        rememberCheck.managedProperty().bind(rememberCheck.visibleProperty());
        passwordNotKept.visibleProperty().bind(viewModel.secretCanBeKept().not());
        passwordNotKept.managedProperty().bind(passwordNotKept.visibleProperty());

        acmBox.visibleProperty().bind(crateChoice.selectedProperty().not());
        acmBox.managedProperty().bind(acmBox.visibleProperty());
        crateBox.visibleProperty().bind(crateChoice.selectedProperty());
        crateBox.managedProperty().bind(crateBox.visibleProperty());
        passwordBox.visibleProperty().bind(apiKeyChoice.selectedProperty().not());
        passwordBox.managedProperty().bind(passwordBox.visibleProperty());
        apiKeyBox.visibleProperty().bind(apiKeyChoice.selectedProperty());
        apiKeyBox.managedProperty().bind(apiKeyBox.visibleProperty());

        sandboxHint.textProperty().bind(viewModel.sandboxHintProperty());
        sandboxHint.visibleProperty().bind(viewModel.sandboxProperty());
        sandboxHint.managedProperty().bind(sandboxHint.visibleProperty());
        pasteNote.textProperty().bind(viewModel.pasteNoteProperty());
        pasteNote.visibleProperty().bind(viewModel.pasteNoteProperty().isNotEmpty());
        pasteNote.managedProperty().bind(pasteNote.visibleProperty());
        errorLabel.textProperty().bind(viewModel.errorProperty());
        errorLabel.visibleProperty().bind(viewModel.errorProperty().isNotEmpty());
        errorLabel.managedProperty().bind(errorLabel.visibleProperty());

        progress.visibleProperty().bind(viewModel.busyProperty());
        connectButton.disableProperty().bind(viewModel.canConnect().not());
        for (javafx.scene.Node field : new javafx.scene.Node[]{profileChoice, acmChoice, crateChoice, endpointField, loginField,
                passwordField, codeField, apiKeyField, crateKeyField, crateSecretField, regionField, passwordChoice, apiKeyChoice,
                rememberCheck}) {
            field.disableProperty().bind(viewModel.busyProperty());
        }
        // Start where typing begins: the name or key, or its secret when that is filled in already;
        // and go back there when work ends (the fields were disabled meanwhile, so focus was lost).
        focusWhereTypingGoes();
        viewModel.busyProperty().addListener((obs, was, busy) -> focusWhereTypingGoes());
    }

    /** Puts focus where typing goes next, once the fields are enabled and the view is in a window. */
    private void focusWhereTypingGoes() {
        Platform.runLater(() -> {
            javafx.scene.Scene scene = view == null ? null : view.getScene();
            if (viewModel.busyProperty().get() || scene == null) {
                return;
            }
            firstEmptyField().requestFocus();
            // When this view replaced another as the scene's root, the scene gives focus to its first
            // control (the saved-account list) at a later pulse; put it back where typing goes then.
            Runnable afterPulse = new Runnable() {
                @Override
                public void run() {
                    scene.removePostLayoutPulseListener(this);
                    if (view.getScene() == scene && !viewModel.busyProperty().get()
                            && (scene.getFocusOwner() == null || scene.getFocusOwner() == profileChoice)) {
                        firstEmptyField().requestFocus();
                    }
                }
            };
            scene.addPostLayoutPulseListener(afterPulse);
            Platform.requestNextPulse();
        });
    }

    @FXML
    private void connect() {
        if (!connectButton.isDisabled()) {
            viewModel.connect(onConnected);
        }
    }

    /** The first field of the chosen way of signing in that is still empty; its secret when all are filled. */
    private javafx.scene.control.Control firstEmptyField() {
        if (viewModel.providerProperty().get() == Provider.CRATEDB) {
            return crateKeyField.getText().isBlank() ? crateKeyField : crateSecretField;
        }
        if (apiKeyChoice.isSelected()) {
            return apiKeyField;
        }
        if (viewModel.codeNeeded().get()) {
            return codeField;
        }
        return loginField.getText().isBlank() ? loginField : passwordField;
    }
}