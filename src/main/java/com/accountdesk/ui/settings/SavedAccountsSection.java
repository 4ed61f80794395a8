package com.accountdesk.ui.settings;

import com.accountdesk.credentials.Profile;
import com.accountdesk.ui.common.Texts;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/** The Settings window's list of saved accounts with Forget…, bound to its {@link SavedAccountsViewModel}. */
public final class SavedAccountsSection {
    private final VBox view;

    public SavedAccountsSection(SavedAccountsViewModel viewModel) {
        ListView<Profile> list = new ListView<>(viewModel.profiles());
        list.setId("savedAccountsList");
        list.setAccessibleText(Texts.get("settings.savedAccounts.list"));
        list.setPrefHeight(110);
        list.setPlaceholder(new Label(Texts.get("settings.savedAccounts.none")));
        list.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> viewModel.selectedProperty().set(now));
        Button forgetButton = new Button(Texts.get("settings.forget.button"));
        forgetButton.setId("forgetAccountButton");
        forgetButton.setMnemonicParsing(true);
        forgetButton.disableProperty().bind(viewModel.busyProperty().or(viewModel.selectedProperty().isNull()));
        forgetButton.setOnAction(e -> viewModel.forgetSelected());
        Label status = new Label();
        status.setId("savedAccountsStatus");
        status.setWrapText(true);
        status.getStyleClass().add("status-text");
        status.textProperty().bind(viewModel.statusProperty());
        HBox actions = new HBox(10, forgetButton, status);
        actions.setAlignment(Pos.CENTER_LEFT);
        view = new VBox(8, list, actions);
        viewModel.load();
    }

    public Node view() {
        return view;
    }
}
