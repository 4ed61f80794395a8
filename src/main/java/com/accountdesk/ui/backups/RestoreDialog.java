package com.accountdesk.ui.backups;

import com.accountdesk.ui.common.ActionDialog;
import com.accountdesk.ui.common.Dialogs;
import com.accountdesk.ui.common.Texts;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * Restore from a backup…: what will be overwritten, a short note that the request's shape is
 * unconfirmed, and a field for the cluster's name; Restore is enabled only when the name is typed
 * exactly ({@link RestoreQuestion#confirmedBinding}). Escape cancels; Enter does nothing, so a stray
 * key press never restores.
 */
final class RestoreDialog {
    static final String NAME_ID = "restoreName";

    private RestoreDialog() {
    }

    /** True when the user pressed Restore with the name typed. */
    static boolean ask(Window owner, RestoreQuestion question) {
        Label overwrites = wrapped(question.overwrites());
        overwrites.setId("restoreOverwrites");
        Label unconfirmed = wrapped(question.unconfirmedShape());
        unconfirmed.setId("restoreUnconfirmed");
        unconfirmed.getStyleClass().add("field-hint");
        TextField name = new TextField();
        name.setId(NAME_ID);
        name.setPromptText(question.clusterName());
        name.textProperty().bindBidirectional(question.typedNameProperty());
        Label ask = wrapped(question.askName());
        ask.setLabelFor(name);
        VBox box = new VBox(8, overwrites, unconfirmed, ask, name);
        box.setPrefWidth(460);
        ActionDialog dialog = new ActionDialog(owner, question.title(), question.header(), box,
                Texts.get("backups.restore.action"), null, Dialogs.CONFIRM_OK_ID, Dialogs.CONFIRM_CANCEL_ID)
                .allowWhen(question.confirmedBinding()).irreversible();
        name.requestFocus();
        boolean yes = dialog.showAndWait().isPresent();
        name.textProperty().unbindBidirectional(question.typedNameProperty());
        return yes && question.confirmed();
    }

    /** A sentence that wraps whole in a narrow window rather than being cut. */
    private static Label wrapped(String text) {
        Label l = new Label(text);
        l.setWrapText(true);
        l.setMinHeight(Region.USE_PREF_SIZE);
        return l;
    }
}
