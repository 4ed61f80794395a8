package com.accountdesk.ui.settings;

import com.accountdesk.session.Accounts;
import com.accountdesk.credentials.Profile;
import com.accountdesk.ui.common.Dialogs;
import com.accountdesk.ui.common.ErrorMessages;
import com.accountdesk.ui.common.Tasks;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

import java.util.concurrent.Executor;

/**
 * The Settings window's list of saved accounts, where one can be forgotten: its profile and its
 * saved secret go, so the computer keeps nothing of it. Signing in again saves it anew.
 */
public final class SavedAccountsSection {
    private final Accounts accounts;
    private final Executor executor;
    private final ListView<Profile> list = new ListView<>();
    private final Button forgetButton = new Button("_Forget…");
    private final Label status = new Label();
    private final SimpleBooleanProperty busy = new SimpleBooleanProperty(false);
    private final VBox view;

    public SavedAccountsSection(Accounts accounts, Executor executor) {
        this.accounts = accounts;
        this.executor = executor;
        list.setId("savedAccountsList");
        list.setAccessibleText("Saved accounts");
        list.setPrefHeight(110);
        list.setPlaceholder(new Label("No saved accounts: each sign-in saves one."));
        forgetButton.setId("forgetAccountButton");
        forgetButton.setMnemonicParsing(true);
        forgetButton.disableProperty().bind(busy.or(list.getSelectionModel().selectedItemProperty().isNull()));
        forgetButton.setOnAction(e -> forgetSelected());
        status.setId("savedAccountsStatus");
        status.setWrapText(true);
        status.getStyleClass().add("status-text");
        HBox actions = new HBox(10, forgetButton, status);
        actions.setAlignment(Pos.CENTER_LEFT);
        view = new VBox(8, list, actions);
        reload();
    }

    public Node view() {
        return view;
    }

    private void reload() {
        list.getItems().setAll(accounts.profiles());
    }

    private void forgetSelected() {
        Profile profile = list.getSelectionModel().getSelectedItem();
        if (profile == null || !Dialogs.confirm(view.getScene().getWindow(), "Forget account",
                "Forget " + profile.label() + "?",
                "It leaves the list of saved accounts and its saved secret, if any, is deleted from this computer. "
                        + "Nothing changes in the cloud account; signing in again saves it anew.", "Forget")) {
            return;
        }
        Tasks.create(() -> {
                    accounts.forget(profile);
                    return profile;
                })
                .busy(busy)
                .onSuccess(p -> {
                    reload();
                    status.setText("Forgot " + p.label() + ".");
                })
                .onError(failure -> status.setText(ErrorMessages.describe(failure)))
                .runOn(executor);
    }
}
