package com.accountdesk.ui.account;

import com.accountdesk.keys.AcmKeys;
import com.accountdesk.ui.keys.KeyActions;
import com.accountdesk.model.Secret;
import com.accountdesk.ui.common.DialogService;
import com.accountdesk.ui.common.Texts;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.StringProperty;

import java.util.function.BiConsumer;

/**
 * The Anywhere API Access tab. ACM never shows a token again after creating it, so the new token
 * lives only here, and only until {@link #forget()} (leaving the tab, closing the window). Creating
 * one asks first: any token the account has stops working at once.
 */
public final class AnywhereViewModel {
    public static final String ENV_VARIABLE = "ALTINITYCLOUD_API_TOKEN";

    private final AcmKeys service;
    private final KeyActions actions;
    private final ObjectProperty<Secret> token = new SimpleObjectProperty<>();
    private final StringBinding tokenText = Bindings.createStringBinding(
            () -> token.get() == null ? "" : token.get().reveal(), token);
    private final StringBinding terraform = Bindings.createStringBinding(
            () -> token.get() == null ? "" : terraformBlock(token.get()), token);
    private final StringBinding exportLine = Bindings.createStringBinding(
            () -> token.get() == null ? "" : exportLine(token.get()), token);
    private boolean createdThisSession;

    public AnywhereViewModel(AcmKeys service, KeyActions actions) {
        this.service = service;
        this.actions = actions;
    }

    /** The provider block for the Altinity.Cloud Terraform provider, with its required_providers entry. */
    public static String terraformBlock(Secret token) {
        return """
                terraform {
                  required_providers {
                    altinitycloud = {
                      source = "altinity/altinitycloud"
                    }
                  }
                }

                provider "altinitycloud" {
                  api_token = "%s"
                }
                """.formatted(token.reveal());
    }

    public static String exportLine(Secret token) {
        return "export " + ENV_VARIABLE + "=" + token.reveal();
    }

    /**
     * What the confirmation says. ACM does not tell whether a token exists, so it is always asked:
     * any existing token stops working the moment a new one is made.
     */
    public String confirmationText() {
        return createdThisSession ? Texts.get("account.anywhere.confirm.again") : Texts.get("account.anywhere.confirm.first");
    }

    /**
     * Asks first, then has the server make a new token (the old one stops working) and shows it
     * until forgotten.
     */
    public void create() {
        if (actions.busyProperty().get() || !actions.confirm(new DialogService.Confirmation(
                Texts.get("account.anywhere.confirm.title"), Texts.get("account.anywhere.confirm.header"),
                confirmationText(), Texts.get("account.anywhere.confirm.action")))) {
            return;
        }
        forget();
        actions.change(Texts.get("account.anywhere.created.title"), service::createAnywhereToken, created -> {
            createdThisSession = true;
            token.set(created);
        }, created -> Texts.get("account.anywhere.created"));
    }

    /** Forgets the shown token for good. */
    public void forget() {
        token.set(null);
    }

    public void copyToken() {
        copy(token.get(), Texts.get("account.anywhere.copiedToken"));
    }

    public void copyTerraform() {
        copy(token.get() == null ? null : Secret.of(terraformBlock(token.get())), Texts.get("account.anywhere.copiedTerraform"));
    }

    public void copyExport() {
        copy(token.get() == null ? null : Secret.of(exportLine(token.get())), Texts.get("account.anywhere.copiedExport"));
    }

    /** All three hold the token, so all three are cleared from the clipboard like a key. */
    private void copy(Secret text, String copied) {
        if (text != null) {
            actions.copy(text, copied);
        }
    }

    public ObjectProperty<Secret> tokenProperty() {
        return token;
    }

    public StringBinding tokenTextBinding() {
        return tokenText;
    }

    public StringBinding terraformBinding() {
        return terraform;
    }

    public StringBinding exportLineBinding() {
        return exportLine;
    }

    /** Told (title, sentence) whenever a change to the account has finished, e.g. to show a notification. */
    public void onFinished(BiConsumer<String, String> listener) {
        actions.onFinished(listener);
    }

    public BooleanProperty busyProperty() {
        return actions.busyProperty();
    }

    public StringProperty errorProperty() {
        return actions.errorProperty();
    }

    /** What the last action did; it fades by itself. */
    public ReadOnlyStringProperty statusProperty() {
        return actions.statusProperty();
    }
}
