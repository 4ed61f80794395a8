package com.accountdesk.ui.common;

import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.stage.Window;

/** Small modal dialogs shared by the features, so every confirmation looks and behaves the same. */
public final class Dialogs {
    /** Ids of the confirmation's buttons, for keyboard users' screen readers and for tests. */
    public static final String CONFIRM_OK_ID = "confirmOkButton";
    public static final String CONFIRM_CANCEL_ID = "confirmCancelButton";

    private Dialogs() {
    }

    /** Gives a dialog the app's stylesheet (the theme reaches it anyway), so it looks like the app's windows. */
    public static <D extends Dialog<?>> D style(D dialog) {
        if (!dialog.getDialogPane().getStylesheets().contains(Theme.appStylesheet())) {
            dialog.getDialogPane().getStylesheets().add(Theme.appStylesheet());
        }
        ScreenFit.apply(dialog.getDialogPane().getScene().getWindow()); // never partly off-screen, as every window
        return dialog;
    }

    /** Asks before something that cannot be undone; true only when the user chose OK. Cancel is the default. */
    public static boolean confirm(Window owner, String title, String header, String text) {
        return confirm(owner, title, header, text, Texts.get("dialog.ok"));
    }

    /**
     * Like {@link #confirm(Window, String, String, String)} with a verb on the OK button
     * (e.g. "Delete"). Escape cancels; Enter cancels too, so a stray key press never destroys anything.
     */
    public static boolean confirm(Window owner, String title, String header, String text, String okLabel) {
        ButtonType ok = new ButtonType(okLabel, ButtonBar.ButtonData.OK_DONE);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, text, ok, ButtonType.CANCEL);
        if (owner != null) {
            alert.initOwner(owner);
        }
        alert.setTitle(title);
        alert.setHeaderText(header);
        style(alert);
        Button okButton = (Button) alert.getDialogPane().lookupButton(ok);
        Button cancelButton = (Button) alert.getDialogPane().lookupButton(ButtonType.CANCEL);
        okButton.setId(CONFIRM_OK_ID);
        okButton.setDefaultButton(false);
        cancelButton.setId(CONFIRM_CANCEL_ID);
        cancelButton.setDefaultButton(true);
        return alert.showAndWait().filter(ok::equals).isPresent();
    }

    /** A message with one Close button; its text wraps rather than being cut. */
    public static void message(Window owner, Alert.AlertType type, String title, String text) {
        Alert alert = new Alert(type, text, ButtonType.CLOSE);
        if (owner != null) {
            alert.initOwner(owner);
        }
        alert.setTitle(title);
        alert.setHeaderText(null);
        style(alert);
        alert.showAndWait();
    }
}
