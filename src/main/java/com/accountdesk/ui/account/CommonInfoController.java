package com.accountdesk.ui.account;

import com.accountdesk.ui.common.FxmlViews;
import com.accountdesk.ui.common.WorkStateView;
import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextField;

/** The Common Information tab. Thin: binds only; the view-model checks and sends. */
public final class CommonInfoController {
    private final CommonInfoViewModel viewModel;
    private final Parent view;

    @FXML private TextField nameField;
    @FXML private Button saveNameButton;
    @FXML private Button commonRetryButton;
    @FXML private Label emailValue;
    @FXML private Label roleValue;
    @FXML private Label lastLoginValue;
    @FXML private Label themeValue;
    @FXML private Button useThemeButton;
    @FXML private PasswordField newPasswordField;
    @FXML private PasswordField confirmPasswordField;
    @FXML private Label passwordProblemLabel;
    @FXML private Button changePasswordButton;
    @FXML private ProgressIndicator commonProgress;
    @FXML private Label commonStatusLabel;
    @FXML private Label commonErrorLabel;

    public CommonInfoController(CommonInfoViewModel viewModel) {
        this.viewModel = viewModel;
        this.view = FxmlViews.load(this, "common-info.fxml");
    }

    public Parent view() {
        return view;
    }

    @FXML
    private void initialize() {
        nameField.textProperty().bindBidirectional(viewModel.nameProperty());
        nameField.disableProperty().bind(viewModel.detailsProperty().isNull());
        saveNameButton.disableProperty().bind(viewModel.canRenameBinding().not());
        emailValue.textProperty().bind(Bindings.createStringBinding(viewModel::emailText, viewModel.detailsProperty()));
        roleValue.textProperty().bind(Bindings.createStringBinding(viewModel::roleText, viewModel.detailsProperty()));
        lastLoginValue.textProperty().bind(Bindings.createStringBinding(viewModel::lastLoginText, viewModel.detailsProperty()));
        themeValue.textProperty().bind(Bindings.createStringBinding(viewModel::themeText, viewModel.detailsProperty()));
        WorkStateView.shownWhen(useThemeButton, viewModel.canUseThemeBinding());
        newPasswordField.textProperty().bindBidirectional(viewModel.newPasswordProperty());
        confirmPasswordField.textProperty().bindBidirectional(viewModel.confirmPasswordProperty());
        passwordProblemLabel.textProperty().bind(viewModel.passwordProblemBinding());
        WorkStateView.shownWhen(passwordProblemLabel, viewModel.passwordProblemBinding().isNotEmpty());
        changePasswordButton.disableProperty().bind(viewModel.canChangePasswordBinding().not());
        WorkStateView.bind(viewModel.work(), commonProgress, commonStatusLabel, commonErrorLabel);
        // The account never read: its values stand blank, so the read can be tried again here (F5 is said nowhere).
        WorkStateView.shownWhen(commonRetryButton, viewModel.detailsProperty().isNull()
                .and(viewModel.work().errorProperty().isNotEmpty()).and(viewModel.work().busyProperty().not()));
    }

    @FXML
    private void retry() {
        viewModel.load();
    }

    @FXML
    private void useTheme() {
        viewModel.useAccountTheme();
    }

    @FXML
    private void rename() {
        viewModel.rename();
    }

    @FXML
    private void changePassword() {
        viewModel.changePassword();
    }
}
