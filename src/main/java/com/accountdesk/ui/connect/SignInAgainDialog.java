package com.accountdesk.ui.connect;

import com.accountdesk.model.Secret;
import com.accountdesk.ui.common.Dialogs;
import com.accountdesk.ui.common.Texts;
import javafx.application.Platform;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Window;

import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.function.Supplier;

/**
 * The modal "sign in again" dialog: the password (or a new API key) for the expired session.
 * Asked from a worker thread, shown on the FX thread; the window behind it keeps all its input.
 */
public final class SignInAgainDialog implements SessionRenewal.Prompt {
    public static final ButtonType SIGN_IN = new ButtonType(Texts.get("connect.renew.signIn"), ButtonBar.ButtonData.OK_DONE);

    private final Supplier<Window> owner;

    public SignInAgainDialog(Supplier<Window> owner) {
        this.owner = owner;
    }

    @Override
    public Optional<Secret> ask(SessionRenewal.Asked what, String login, String problem) throws InterruptedException {
        if (Platform.isFxApplicationThread()) {
            return show(what, login, problem);
        }
        CompletableFuture<Optional<Secret>> answer = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                answer.complete(show(what, login, problem));
            } catch (RuntimeException e) {
                answer.completeExceptionally(e);
            }
        });
        try {
            return answer.get();
        } catch (ExecutionException e) {
            return Optional.empty();
        }
    }

    private Optional<Secret> show(SessionRenewal.Asked what, String login, String problem) {
        boolean apiKey = what == SessionRenewal.Asked.API_KEY;
        boolean code = what == SessionRenewal.Asked.VERIFICATION_CODE;
        Dialog<ButtonType> dialog = new Dialog<>();
        Window window = owner.get();
        if (window != null) {
            dialog.initOwner(window);
        }
        // The session is the whole app's: every window waits for the answer.
        dialog.initModality(Modality.APPLICATION_MODAL);
        Dialogs.style(dialog);
        dialog.setTitle(Texts.get("connect.renew.title"));
        dialog.setHeaderText(apiKey ? Texts.get("connect.renew.header.key") : code ? Texts.get("connect.renew.header.code", login)
                : Texts.get("connect.renew.header.password", login));
        Label problemLabel = new Label(problem);
        problemLabel.setId("reauthProblem");
        problemLabel.setWrapText(true);
        problemLabel.setMaxWidth(380);
        // A verification code is shown as typed: it is good for seconds, and easy to mistype hidden.
        TextField secret = code ? new TextField() : new PasswordField();
        secret.setId("reauthSecretField");
        secret.setPromptText(apiKey ? Texts.get("connect.apiKeyLabel") : code ? Texts.get("connect.codePrompt")
                : Texts.get("connect.passwordAccessible"));
        Label label = new Label(apiKey ? Texts.get("connect.apiKey") : code ? Texts.get("connect.verificationCode")
                : Texts.get("connect.password"));
        label.setMnemonicParsing(true);
        label.setLabelFor(secret);
        VBox content = new VBox(8, problemLabel, label, secret);
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().getButtonTypes().setAll(SIGN_IN, ButtonType.CANCEL);
        dialog.getDialogPane().lookupButton(SIGN_IN).disableProperty().bind(secret.textProperty().isEmpty());
        dialog.setOnShown(e -> secret.requestFocus());
        try {
            Optional<ButtonType> pressed = dialog.showAndWait();
            return pressed.filter(b -> b == SIGN_IN).map(b -> Secret.of(secret.getText()));
        } finally {
            secret.clear(); // the dialog is gone: the typed secret goes too
        }
    }
}
