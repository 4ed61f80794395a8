package com.accountdesk.ui.common;

import javafx.beans.value.ObservableBooleanValue;
import javafx.event.ActionEvent;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.stage.Window;

import java.util.Optional;

/**
 * The dialog before a change to a cluster, whichever cloud: a title, a header naming the cluster,
 * a form, the action's button (a verb; off while the form says no; never the default button, so a
 * stray Enter sends nothing) and Cancel or Close. ACM's Rescale…, Upgrade… and Terminate… ask with
 * it and hand the answer to their pane; CrateDB's Expand Storage…, Scale… and Upgrade… keep it open
 * ({@link #keepOpen}) to send once and show the operation's progress in it.
 */
public final class ActionDialog {
    private final Dialog<ButtonType> dialog = new Dialog<>();
    private final ButtonType action;
    private final ButtonType close;

    /**
     * @param closeLabel the closing button's words; null for the platform's Cancel
     * @param actionId   the action button's id; the closing button's is {@code closeId}
     */
    public ActionDialog(Window owner, String title, String header, Node form, String actionLabel, String closeLabel,
                        String actionId, String closeId) {
        if (owner != null) {
            dialog.initOwner(owner);
        }
        dialog.setTitle(title);
        dialog.setHeaderText(header);
        action = new ButtonType(actionLabel, ButtonBar.ButtonData.OK_DONE);
        close = closeLabel == null ? ButtonType.CANCEL : new ButtonType(closeLabel, ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().setAll(action, close);
        dialog.getDialogPane().setContent(form);
        Button actionButton = actionButton();
        actionButton.setId(actionId);
        actionButton.setDefaultButton(false);
        ((Button) dialog.getDialogPane().lookupButton(close)).setId(closeId);
        Dialogs.style(dialog);
        KeyboardFocus.escapeReachesTheWindow(dialog.getDialogPane().getScene());
    }

    public Dialog<ButtonType> dialog() {
        return dialog;
    }

    public Button actionButton() {
        return (Button) dialog.getDialogPane().lookupButton(action);
    }

    /** The action cannot be undone (terminate, restore over a cluster): its button wears the danger look. */
    public ActionDialog irreversible() {
        actionButton().getStyleClass().add("danger");
        return this;
    }

    /** The action button is off unless {@code allowed}. */
    public ActionDialog allowWhen(ObservableBooleanValue allowed) {
        actionButton().disableProperty().bind(javafx.beans.binding.Bindings.not(allowed));
        return this;
    }

    /** The action button runs {@code send} and the dialog stays open (its progress shows in it). */
    public ActionDialog keepOpen(Runnable send) {
        actionButton().addEventFilter(ActionEvent.ACTION, e -> {
            e.consume();
            send.run();
        });
        return this;
    }

    /** Shows the dialog and waits; present only when the user pressed the action (never with {@link #keepOpen}). */
    public Optional<ButtonType> showAndWait() {
        return dialog.showAndWait().filter(action::equals);
    }

    /** A wrapped label seen only while it has text: a reason, an error, a progress sentence. */
    public static Label message(String id, String styleClass) {
        Label l = new Label();
        l.setId(id);
        l.setWrapText(true);
        l.setMinHeight(Region.USE_PREF_SIZE);
        if (styleClass != null) {
            l.getStyleClass().add(styleClass);
        }
        l.visibleProperty().bind(l.textProperty().isNotEmpty());
        l.managedProperty().bind(l.visibleProperty());
        return l;
    }
}
