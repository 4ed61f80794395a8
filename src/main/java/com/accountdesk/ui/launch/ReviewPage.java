package com.accountdesk.ui.launch;

import com.accountdesk.model.LaunchValidity;
import com.accountdesk.ui.common.FxmlViews;
import com.accountdesk.ui.common.Texts;
import com.accountdesk.ui.common.SecretClipboard;
import com.accountdesk.ui.common.KeyboardFocus;
import javafx.beans.value.ObservableValue;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.GridPane;

import java.util.Map;

/**
 * Page 6: a summary, the JSON body Launch sends (password masked on screen unless shown), and
 * "Copy as curl" / "Copy as JSON". Both copies hold the admin password, so both go to the clipboard
 * as secrets, which clear themselves.
 */
final class ReviewPage implements WizardPageView {
    private final ReviewPageViewModel vm;
    private final ObservableValue<WizardPage> page;
    private final SecretClipboard clipboard;
    private final Parent view;

    @FXML private GridPane summary;
    @FXML private Label preflightMessage;
    @FXML private CheckBox showPasswordReview;
    @FXML private TextArea reviewJson;
    @FXML private Button copyCurl;
    @FXML private CheckBox includeToken;
    @FXML private Button copyJson;
    @FXML private Label copyNote;

    ReviewPage(ReviewPageViewModel vm, ObservableValue<WizardPage> page, SecretClipboard clipboard) {
        this.vm = vm;
        this.page = page;
        this.clipboard = clipboard;
        this.view = FxmlViews.load(this, "review-page.fxml");
    }

    @FXML
    private void initialize() {
        preflightMessage.textProperty().bind(vm.preflightMessage());
        preflightMessage.visibleProperty().bind(preflightMessage.textProperty().isNotEmpty());
        preflightMessage.managedProperty().bind(preflightMessage.visibleProperty());
        vm.preflightProperty().addListener((obs, old, v) -> {
            preflightMessage.getStyleClass().removeAll("error-text", "success-text");
            if (v != null && v.verdict() == LaunchValidity.Verdict.REFUSED) {
                preflightMessage.getStyleClass().add("error-text");
            } else if (v != null && v.verdict() == LaunchValidity.Verdict.VALID) {
                preflightMessage.getStyleClass().add("success-text");
            }
        });
        KeyboardFocus.tabLeaves(reviewJson);
        reviewJson.setAccessibleText(Texts.get("launch.review.jsonAccessible"));
        showPasswordReview.selectedProperty().bindBidirectional(vm.showPasswordProperty());
        showPasswordReview.selectedProperty().addListener((obs, was, now) -> refresh());
        page.addListener((obs, old, now) -> {
            if (now == WizardPage.REVIEW) {
                refresh();
            }
        });
        copyNote.setText(Texts.get("launch.review.copyNote"));
    }

    /** Rebuilds the summary and the JSON from the fields as they are now. */
    void refresh() {
        if (!vm.complete().get()) {
            return;
        }
        summary.getChildren().clear();
        int row = 0;
        for (Map.Entry<String, String> e : vm.summary().entrySet()) {
            Label key = new Label(e.getKey());
            key.getStyleClass().add("summary-key");
            Label value = new Label(e.getValue());
            value.setId("summary-" + row);
            summary.addRow(row++, key, value);
        }
        reviewJson.setText(vm.preview());
    }

    @FXML
    private void copyCurl() {
        clipboard.copy(vm.curl(includeToken.isSelected()));
        copyNote.setText(includeToken.isSelected() ? Texts.get("launch.review.copiedCurlWithKey")
                : Texts.get("launch.review.copiedCurl", LaunchPreview.TOKEN_PLACEHOLDER));
    }

    @FXML
    private void copyJson() {
        clipboard.copy(vm.json());
        copyNote.setText(Texts.get("launch.review.copiedJson"));
    }

    @Override
    public Parent view() {
        return view;
    }

    @Override
    public void focus() {
        reviewJson.requestFocus();
    }
}
