package com.accountdesk.ui.cratedb;

import com.accountdesk.ui.common.ActionDialog;
import com.accountdesk.ui.common.AppWindows;
import com.accountdesk.ui.common.ScrollWhenShort;
import com.accountdesk.ui.common.Texts;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import com.accountdesk.ui.common.LazyProgressIndicator;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * The frame every CrateDB cluster change shares (Expand Storage…, Scale…, Upgrade…): the form, why
 * the change cannot be made, an error, and the operation's progress with a spinner, over an
 * {@link ActionDialog} that stays open once sent, and "Copy ▾" for the change as chosen. Ids: {@code <prefix>Reason}, {@code Error},
 * {@code Retry} (after a failed read), {@code Progress}, {@code SendButton}, {@code CloseButton}, {@code Copy}.
 */
final class ChangeDialog {
    private final ActionDialog dialog;

    ChangeDialog(Window owner, String prefix, String title, String header, Node form, String sendLabel, ClusterChange change) {
        Label reason = ActionDialog.message(prefix + "Reason", "warning-text");
        reason.textProperty().bind(change.unavailableProperty());
        Label error = ActionDialog.message(prefix + "Error", "error-text");
        error.textProperty().bind(change.errorProperty());
        // A read that failed (the service away for a moment) is read again here, without closing and reopening.
        Button retry = new Button(Texts.get("common.list.retry"));
        retry.setId(prefix + "Retry");
        retry.setMinWidth(Region.USE_PREF_SIZE);
        retry.setOnAction(e -> change.load());
        retry.visibleProperty().bind(change.readFailedProperty());
        retry.managedProperty().bind(retry.visibleProperty());
        retry.disableProperty().bind(change.loadingProperty());
        HBox.setHgrow(error, Priority.ALWAYS);
        HBox errorRow = new HBox(8, error, retry);
        errorRow.setAlignment(Pos.CENTER_LEFT);
        Label progress = ActionDialog.message(prefix + "Progress", null);
        progress.textProperty().bind(change.progressProperty());
        ProgressIndicator spinner = new LazyProgressIndicator();
        spinner.setPrefSize(18, 18);
        spinner.visibleProperty().bind(progress.textProperty().isNotEmpty().and(change.doneProperty().not())
                .and(error.textProperty().isEmpty()));
        spinner.managedProperty().bind(spinner.visibleProperty());
        HBox copyRow = new HBox(CopyMenu.of(prefix + "Copy", change::copy));
        copyRow.setAlignment(Pos.CENTER_RIGHT);
        VBox content = new VBox(10, form, copyRow, reason, errorRow, new HBox(8, spinner, progress));
        content.setPadding(new Insets(8, 0, 0, 0));
        dialog = new ActionDialog(owner, title, header, content, sendLabel, Texts.get("cratedb.operation.close"),
                prefix + "SendButton", prefix + "CloseButton").allowWhen(change.canSendProperty()).keepOpen(change::send);
        dialog.dialog().initModality(Modality.WINDOW_MODAL);
        dialog.dialog().getDialogPane().setPrefWidth(520);
        dialog.dialog().setOnHidden(e -> change.close());
        // Opened before the prices, a reason or an error are known: the dialog grows when they come,
        // and scrolls its form when the screen has no more room, so Close and the action stay in reach.
        dialog.dialog().getDialogPane().setContent(new ScrollWhenShort(content, "pane-scroll", "edge-to-edge"));
        content.getStyleClass().remove("content"); // given by the pane when it held the form: its padding once, on the wrapper
        dialog.dialog().setOnShown(e -> {
            if (dialog.dialog().getDialogPane().getScene().getWindow() instanceof Stage stage) {
                AppWindows.growToFit(stage);
            }
        });
    }

    javafx.scene.control.Dialog<?> dialog() {
        return dialog.dialog();
    }
}
