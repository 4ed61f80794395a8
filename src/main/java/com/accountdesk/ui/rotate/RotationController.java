package com.accountdesk.ui.rotate;

import com.accountdesk.model.Provider;
import com.accountdesk.ui.common.CredentialExports;
import com.accountdesk.ui.common.FxmlViews;
import com.accountdesk.ui.common.Texts;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.HBox;


/** The rotation window's content: thin, the state and every decision are the view-model's. */
public final class RotationController {
    private final RotationViewModel viewModel;
    private final Runnable onClose;
    private final Parent view;

    @FXML private Label stepsLabel;
    @FXML private Label oldKeyLabel;
    @FXML private Label expiryLabel;
    @FXML private ChoiceBox<NewKeyLifetime> expiryChoice;
    @FXML private Label newKeyTitle;
    @FXML private TextField newKeyField;
    @FXML private Label secretTitle;
    @FXML private HBox secretRow;
    @FXML private TextField secretField;
    @FXML private ToggleButton showSecretButton;
    @FXML private HBox copyRow;
    @FXML private Button copySecretButton;
    @FXML private MenuButton copyAsButton;
    @FXML private Label copiedLabel;
    @FXML private Label statusLabel;
    @FXML private Label errorLabel;
    @FXML private Button undoButton;
    @FXML private ProgressIndicator progress;
    @FXML private Button nextButton;
    @FXML private Button closeButton;

    /** @param onClose closes the window */
    public RotationController(RotationViewModel viewModel, Runnable onClose) {
        this.viewModel = viewModel;
        this.onClose = onClose;
        this.view = FxmlViews.load(this, "rotation.fxml");
    }

    public Parent view() {
        return view;
    }

    @FXML
    private void initialize() {
        boolean crate = viewModel.provider() == Provider.CRATEDB;
        stepsLabel.setText(crate ? Texts.get("rotate.window.stepsCrate") : Texts.get("rotate.window.stepsAcm"));
        oldKeyLabel.textProperty().bind(viewModel.oldKeyTextProperty());
        expiryChoice.setItems(viewModel.lifetimes());
        expiryChoice.valueProperty().bindBidirectional(viewModel.lifetimeProperty());
        BooleanBinding creating = viewModel.stepProperty().isEqualTo(RotationViewModel.Step.CREATE);
        show(expiryLabel, creating.and(Bindings.createBooleanBinding(() -> !crate)));
        show(expiryChoice, expiryLabel.visibleProperty());

        BooleanBinding hasNewKey = viewModel.newKeyTextProperty().isNotEmpty();
        newKeyField.textProperty().bind(viewModel.newKeyTextProperty());
        show(newKeyTitle, hasNewKey);
        show(newKeyField, hasNewKey);
        // For ACM the key is the secret: one field, shown masked above; CrateDB has a key id and a secret.
        show(secretTitle, viewModel.secretAvailableProperty());
        show(secretRow, viewModel.secretAvailableProperty());
        show(copyRow, viewModel.secretAvailableProperty());
        showSecretButton.selectedProperty().addListener((obs, was, on) -> showSecret(on));
        viewModel.secretAvailableProperty().addListener((obs, was, available) -> {
            showSecretButton.setSelected(false);
            showSecret(false);
        });
        showSecret(false);

        // The last sentence stays in the (then hidden) label, so its room stays as tall as it was.
        copiedLabel.setText(viewModel.copiedProperty().get());
        viewModel.copiedProperty().addListener((obs, was, now) -> {
            if (!now.isEmpty()) {
                copiedLabel.setText(now);
            }
        });
        copiedLabel.visibleProperty().bind(viewModel.copiedProperty().isNotEmpty().and(viewModel.secretAvailableProperty()));
        // Once a copy has been said, its room stays while the secret can be copied: the sentence goes by
        // itself a few seconds later, and the buttons below moved up under the pointer.
        BooleanProperty copiedRoom = new SimpleBooleanProperty(false);
        viewModel.copiedProperty().addListener((obs, was, now) -> copiedRoom.set(copiedRoom.get() || !now.isEmpty()));
        viewModel.secretAvailableProperty().addListener((obs, was, available) -> {
            copiedRoom.set(false);
            copiedLabel.setText(viewModel.copiedProperty().get());
        });
        copiedLabel.managedProperty().bind(copiedRoom.and(viewModel.secretAvailableProperty()));
        statusLabel.textProperty().bind(viewModel.statusProperty());
        show(statusLabel, viewModel.statusProperty().isNotEmpty());
        errorLabel.textProperty().bind(viewModel.errorProperty());
        show(errorLabel, viewModel.errorProperty().isNotEmpty());
        progress.visibleProperty().bind(viewModel.busyProperty());

        nextButton.textProperty().bind(Bindings.createStringBinding(
                () -> RotationSteps.action(viewModel.stepProperty().get()), viewModel.stepProperty()));
        nextButton.disableProperty().bind(viewModel.busyProperty());
        show(nextButton, viewModel.stepProperty().isNotEqualTo(RotationViewModel.Step.DONE));
        undoButton.disableProperty().bind(viewModel.busyProperty());
        show(undoButton, viewModel.underWayProperty());

        secretField.setId("rotationSecret");
        newKeyField.setId("rotationNewKey");
        nextButton.setId("rotationNext");
        undoButton.setId("rotationUndo");
        closeButton.setId("rotationClose");
        statusLabel.setId("rotationStatus");
        copiedLabel.setId("rotationCopied");
        errorLabel.setId("rotationError");
    }

    /**
     * The secret in the clear only while "Show" is pressed; the field never holds it otherwise. The
     * button says what a press does next: Show, or Hide once the secret is shown.
     */
    private void showSecret(boolean on) {
        secretField.setText(on ? viewModel.newSecret().map(s -> s.reveal()).orElse("") : Texts.get("rotate.window.hidden"));
        showSecretButton.setText(on ? Texts.get("rotate.window.hide") : Texts.get("rotate.window.show"));
        showSecretButton.setAccessibleText(on ? Texts.get("rotate.window.hideAccessible") : Texts.get("rotate.window.showAccessible"));
    }

    private static void show(Node node, ObservableBooleanValue when) {
        node.visibleProperty().bind(when);
        node.managedProperty().bind(when);
    }

    /** Drops the secret from the field (the window is closing). */
    public void forget() {
        showSecretButton.setSelected(false);
        showSecret(false);
    }

    @FXML
    private void next() {
        viewModel.next();
    }

    @FXML
    private void undo() {
        viewModel.undo();
    }

    @FXML
    private void copySecret() {
        viewModel.copySecret();
    }

    @FXML
    private void copyShell() {
        viewModel.copyAs(CredentialExports.Kind.SHELL);
    }

    @FXML
    private void copyProfile() {
        viewModel.copyAs(CredentialExports.Kind.PROFILE);
    }

    @FXML
    private void copyCurl() {
        viewModel.copyAs(CredentialExports.Kind.CURL);
    }

    @FXML
    private void close() {
        if (viewModel.mayClose()) {
            onClose.run();
        }
    }
}
