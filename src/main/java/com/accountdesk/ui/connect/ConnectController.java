package com.accountdesk.ui.connect;

import com.accountdesk.ui.common.SecretFields;
import com.accountdesk.ui.common.ScrollWhenShort;
import com.accountdesk.ui.common.Texts;
import com.accountdesk.session.Session;
import com.accountdesk.credentials.Profile;
import com.accountdesk.model.Provider;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Control;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import com.accountdesk.ui.common.LazyProgressIndicator;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/** Binds the connect view to its view-model; all logic lives in {@link ConnectViewModel}. */
public final class ConnectController {
    private final ConnectViewModel viewModel;
    private final Consumer<Session> onConnected;
    private final Parent view;

    // Built in code rather than FXML: the connect view is the first frame's, and FXMLLoader's
    // reflection cost a sixth of the FX thread's start-up (issue 19). The ids are the ones tests look up.
    private final HBox profileBox = new HBox(8);
    private final ComboBox<Profile> profileChoice = new ComboBox<>();
    private final RadioButton acmChoice = radio("acmChoice", Texts.get("connect.altinityCloudManager"));
    private final RadioButton crateChoice = radio("crateChoice", Texts.get("connect.cratedbCloud"));
    private final Label subtitle = new Label();
    private final TextField endpointField = new TextField();
    private final VBox acmBox = new VBox(12);
    private final RadioButton passwordChoice = radio("passwordChoice", Texts.get("connect.userAndPassword"));
    private final RadioButton apiKeyChoice = radio("apiKeyChoice", Texts.get("connect.apiKey"));
    private final VBox passwordBox = new VBox(12);
    private final VBox apiKeyBox = new VBox(4);
    private final TextField loginField = new TextField();
    private final PasswordField passwordField = new PasswordField();
    private final VBox codeBox = new VBox(4);
    private final TextField codeField = new TextField();
    private final PasswordField apiKeyField = new PasswordField();
    private final VBox crateBox = new VBox(12);
    private final TextField crateKeyField = new TextField();
    private final PasswordField crateSecretField = new PasswordField();
    private final TextField regionField = new TextField();
    private final CheckBox rememberCheck = new CheckBox(Texts.get("connect.rememberTheSecretOn"));
    private final VBox rememberBox = new VBox();
    private final Label passwordNotKept = hint(Texts.get("connect.aPasswordIsNever"));
    private final Label sandboxHint = new Label();
    private final Label errorLabel = new Label();
    private final Label pasteNote = hint(null);
    private final Button connectButton = new Button(Texts.get("connect.connect"));
    private final ProgressIndicator progress = new LazyProgressIndicator();
    /**
     * The parts hidden at first (the saved-account list, the code step, the API key, "remember the secret", the other cloud's fields) join the tree
     * when first shown: until then they cost no styling or layout (issue 19).
     */
    private final List<Node> codeParts = new ArrayList<>();
    private final List<Node> apiKeyParts = new ArrayList<>();
    private final List<Node> crateParts = new ArrayList<>();
    private final List<Node> profileParts = new ArrayList<>();

    public ConnectController(ConnectViewModel viewModel, Consumer<Session> onConnected) {
        this.viewModel = viewModel;
        this.onConnected = onConnected;
        this.view = build();
        initialize();
        // The view may be put into its window after the work begun at its creation has ended: a focus
        // asked for before then is lost, and the scene would give it to its first control instead.
        view.sceneProperty().addListener((obs, old, scene) -> focusWhereTypingGoes());
    }

    /** The view's tree; scrolls when the window is shorter than the card (a code step, an error), so no text is ever cut. */
    private Parent build() {
        Label title = new Label(Texts.get("connect.accountDesk"));
        title.getStyleClass().add("connect-title");
        subtitle.setId("subtitle");
        subtitle.getStyleClass().add("connect-subtitle");
        VBox titles = new VBox(2, title, subtitle);
        // A shape, not an icon-font glyph: the first frame then needs no icon font (app.css, .connect-logo).
        Region logo = new Region();
        logo.getStyleClass().add("connect-logo");
        HBox header = new HBox(12, logo, titles);
        header.setAlignment(Pos.CENTER_LEFT);

        profileBox.setId("profileBox");
        profileBox.setAlignment(Pos.CENTER_LEFT);
        profileChoice.setId("profileChoice");
        profileChoice.setPromptText(Texts.get("connect.chooseASavedAccount"));
        profileChoice.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(profileChoice, Priority.ALWAYS);
        profileParts.addAll(List.of(fieldLabel(Texts.get("connect.savedAccount"), true, profileChoice), profileChoice));

        ToggleGroup providerGroup = new ToggleGroup();
        acmChoice.setToggleGroup(providerGroup);
        crateChoice.setToggleGroup(providerGroup);
        HBox providers = new HBox(16, acmChoice, crateChoice);

        VBox endpoint = field(Texts.get("connect.endpointUrl"), true, endpointField, "endpointField", null);

        ToggleGroup signInMethod = new ToggleGroup();
        passwordChoice.setToggleGroup(signInMethod);
        apiKeyChoice.setToggleGroup(signInMethod);
        passwordField.setAccessibleText(Texts.get("connect.passwordAccessible"));
        codeBox.setId("codeBox");
        codeParts.addAll(field(Texts.get("connect.verificationCode"), true, codeField, "codeField", Texts.get("connect.codePrompt"))
                .getChildren());
        codeParts.add(hint(Texts.get("connect.yourOrganisationAsksFor")));
        passwordBox.setId("passwordBox");
        passwordBox.getChildren().addAll(field(Texts.get("connect.userEMail"), true, loginField, "loginField", Texts.get("connect.loginPrompt")),
                field(Texts.get("connect.password"), true, passwordField, "passwordField", null), codeBox);
        apiKeyBox.setId("apiKeyBox");
        apiKeyField.setAccessibleText(Texts.get("connect.apiKeyLabel"));
        apiKeyParts.addAll(field(Texts.get("connect.apiKeyLabel"), false, apiKeyField, "apiKeyField", Texts.get("connect.apiKeyPrompt"))
                .getChildren());
        acmBox.setId("acmBox");
        acmBox.getChildren().addAll(new HBox(16, passwordChoice, apiKeyChoice), passwordBox, apiKeyBox);

        crateBox.setId("crateBox");
        crateSecretField.setAccessibleText(Texts.get("connect.secretAccessible"));
        crateParts.addAll(List.of(
                field(Texts.get("connect.crateKeyLabel"), true, crateKeyField, "crateKeyField", Texts.get("connect.crateKeyPrompt")),
                field(Texts.get("connect.secret"), true, crateSecretField, "crateSecretField", Texts.get("connect.crateSecretPrompt")),
                field(Texts.get("connect.regionOptional"), true, regionField, "regionField", Texts.get("connect.regionPrompt"))));

        rememberCheck.setId("rememberCheck");
        rememberCheck.setMinWidth(Region.USE_PREF_SIZE);
        passwordNotKept.setId("passwordNotKept");
        pasteNote.setId("pasteNote");
        pasteNote.setMaxWidth(Double.MAX_VALUE);
        messageBox(sandboxHint, "sandboxHint", "sandbox-hint");
        messageBox(errorLabel, "errorLabel", "error-text");

        progress.setId("progress");
        progress.setPrefSize(22, 22);
        progress.setAccessibleText(Texts.get("connect.signingIn"));
        connectButton.setId("connectButton");
        connectButton.setDefaultButton(true);
        connectButton.getStyleClass().add("accent");
        connectButton.setOnAction(e -> connect());
        progress.setMinSize(22, 22); // its place is kept while hidden, so the button does not move
        HBox actions = new HBox(12, progress, connectButton);
        actions.setAlignment(Pos.CENTER_RIGHT);

        VBox card = new VBox(14, header, profileBox, providers, endpoint, acmBox, crateBox, rememberBox, passwordNotKept, pasteNote,
                sandboxHint, errorLabel, actions);
        card.getStyleClass().add("connect-card");
        card.setMaxWidth(480);
        card.setMaxHeight(Region.USE_PREF_SIZE);
        card.setPadding(new Insets(32));
        StackPane root = new StackPane(card);
        root.getStyleClass().add("connect-root");
        return new ScrollWhenShort(root, "connect-scroll", "edge-to-edge");
    }

    /**
     * Puts {@code parts} into {@code box} now if it is visible, else the first time it becomes visible,
     * styled and laid out at once, so they have their place before anything is typed into them.
     */
    private void fillWhenShown(Pane box, List<Node> parts) {
        if (box.isVisible()) {
            box.getChildren().setAll(parts);
            return;
        }
        box.visibleProperty().addListener(new ChangeListener<Boolean>() {
            @Override
            public void changed(ObservableValue<? extends Boolean> visible, Boolean was, Boolean now) {
                if (now) {
                    visible.removeListener(this);
                    box.getChildren().setAll(parts);
                    if (view.getScene() != null) {
                        view.applyCss();
                        view.layout();
                    }
                }
            }
        });
    }

    private static RadioButton radio(String id, String text) {
        RadioButton radio = new RadioButton(text);
        radio.setId(id);
        radio.setMinWidth(Region.USE_PREF_SIZE); // its name is never squeezed (as FxmlViews does for FXML views)
        return radio;
    }

    /** A label naming {@code field}, never squeezed below its text. */
    private static Label fieldLabel(String text, boolean mnemonic, Control field) {
        Label label = new Label(text);
        label.setMnemonicParsing(mnemonic);
        label.setLabelFor(field);
        label.setMinWidth(Region.USE_PREF_SIZE);
        label.getStyleClass().add("field-label");
        return label;
    }

    /** A field under its label, with its id and prompt; Enter in it signs in. */
    private VBox field(String label, boolean mnemonic, TextField field, String id, String prompt) {
        field.setId(id);
        if (prompt != null) {
            field.setPromptText(prompt);
        }
        field.setOnAction(e -> connect());
        return new VBox(4, fieldLabel(label, mnemonic, field), field);
    }

    private static Label hint(String text) {
        Label hint = new Label(text);
        hint.getStyleClass().add("hint-text");
        hint.setWrapText(true);
        hint.setMinHeight(Region.USE_PREF_SIZE);
        return hint;
    }

    private static void messageBox(Label label, String id, String style) {
        label.setId(id);
        label.getStyleClass().addAll(style, "message-box");
        label.setWrapText(true);
        label.setMaxWidth(Double.MAX_VALUE);
        label.setMinHeight(Region.USE_PREF_SIZE);
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

    private void initialize() {
        // When the window closes or the view is left, typed secrets go (the fields are bound to the view-model).
        SecretFields.clearOnClose(endpointField, passwordField, apiKeyField, crateSecretField);
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
        rememberBox.visibleProperty().bind(viewModel.secretCanBeKept());
        rememberBox.managedProperty().bind(rememberBox.visibleProperty());
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
        // On a short screen the reason appeared below the bottom edge: scrolled into view as it comes.
        viewModel.errorProperty().addListener((obs, old, now) -> {
            if (!now.isEmpty() && view instanceof ScrollWhenShort scrolling) {
                scrolling.reveal(errorLabel);
            }
        });

        progress.visibleProperty().bind(viewModel.busyProperty());
        connectButton.disableProperty().bind(viewModel.canConnect().not());
        for (Node field : new Node[]{profileChoice, acmChoice, crateChoice, endpointField, loginField,
                passwordField, codeField, apiKeyField, crateKeyField, crateSecretField, regionField, passwordChoice, apiKeyChoice,
                rememberCheck}) {
            field.disableProperty().bind(viewModel.busyProperty());
        }
        fillWhenShown(profileBox, profileParts);
        fillWhenShown(rememberBox, List.of(rememberCheck));
        fillWhenShown(codeBox, codeParts);
        fillWhenShown(apiKeyBox, apiKeyParts);
        fillWhenShown(crateBox, crateParts);
        // Start where typing begins: the name or key, or its secret when that is filled in already;
        // and go back there when work ends (the fields were disabled meanwhile, so focus was lost).
        focusWhereTypingGoes();
        viewModel.busyProperty().addListener((obs, was, busy) -> focusWhereTypingGoes());
    }

    /** Puts focus where typing goes next, once the fields are enabled and the view is in a window. */
    private void focusWhereTypingGoes() {
        Platform.runLater(() -> {
            Scene scene = view == null ? null : view.getScene();
            if (viewModel.busyProperty().get() || scene == null || typingIn(scene)) {
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

    private void connect() {
        if (!connectButton.isDisabled()) {
            viewModel.connect(onConnected);
        }
    }

    /** The first field of the chosen way of signing in that is still empty; its secret when all are filled. */
    /**
     * Whether the user is in one of this form's fields: the focus stays there. Moved to the next
     * empty field after "demo" was typed (the window changed meanwhile), the rest of an e-mail
     * address went into the password field (seen under a window manager on a busy machine).
     */
    private boolean typingIn(Scene scene) {
        Node owner = scene.getFocusOwner();
        return owner instanceof TextInputControl field && !field.isDisabled() && field.isEditable()
                && owner.getScene() == scene && isInView(owner);
    }

    private boolean isInView(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n == view) {
                return true;
            }
        }
        return false;
    }

    private Control firstEmptyField() {
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