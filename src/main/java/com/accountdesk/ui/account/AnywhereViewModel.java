package com.accountdesk.ui.account;

import com.accountdesk.api.acm.AcmClient;
import com.accountdesk.model.Secret;
import com.accountdesk.ui.common.ErrorMessages;
import com.accountdesk.ui.common.Tasks;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import java.util.concurrent.Executor;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * The Anywhere API Access tab. ACM never shows a token again after creating it, so the new token
 * lives only here, and only until {@link #forget()} (leaving the tab, closing the window).
 */
public final class AnywhereViewModel {
    public static final String ENV_VARIABLE = "ALTINITYCLOUD_API_TOKEN";

    private final AcmClient client;
    private final Executor executor;
    private final Consumer<Secret> clipboard;
    private final ObjectProperty<Secret> token = new SimpleObjectProperty<>();
    private final BooleanProperty busy = new SimpleBooleanProperty(false);
    private BiConsumer<String, String> finished = (title, text) -> { };
    private final StringProperty error = new SimpleStringProperty("");
    private final StringProperty status = new SimpleStringProperty("");
    private final StringBinding tokenText = Bindings.createStringBinding(
            () -> token.get() == null ? "" : token.get().reveal(), token);
    private final StringBinding terraform = Bindings.createStringBinding(
            () -> token.get() == null ? "" : terraformBlock(token.get()), token);
    private final StringBinding exportLine = Bindings.createStringBinding(
            () -> token.get() == null ? "" : exportLine(token.get()), token);
    private boolean createdThisSession;

    public AnywhereViewModel(AcmClient client, Executor executor, Consumer<Secret> clipboard) {
        this.client = client;
        this.executor = executor;
        this.clipboard = clipboard;
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
        return (createdThisSession ? "A token was already created in this session. " : "This account may already have an Anywhere API token. ")
                + "Creating a new one makes the existing token stop working at once: Terraform and any tool using it "
                + "will fail until given the new token. The new token is shown only once.";
    }

    /** Asks the server for a new token (the old one stops working) and shows it until forgotten. */
    public void create() {
        error.set("");
        status.set("");
        forget();
        Tasks.create(client::createAnywhereToken).busy(busy)
                .onSuccess(created -> {
                    createdThisSession = true;
                    token.set(created);
                    status.set("New token created. Copy it now: it will not be shown again.");
                    finished.accept("Anywhere API token created", "Copy it now from My Account: it will not be shown again.");
                })
                .onError(failure -> error.set(ErrorMessages.describe(failure)))
                .runOn(executor);
    }

    /** Forgets the shown token for good. */
    public void forget() {
        token.set(null);
    }

    public void copyToken() {
        copy(token.get(), "Copied the token.");
    }

    public void copyTerraform() {
        copy(token.get() == null ? null : Secret.of(terraformBlock(token.get())), "Copied the Terraform provider block.");
    }

    public void copyExport() {
        copy(token.get() == null ? null : Secret.of(exportLine(token.get())), "Copied the export line.");
    }

    /** All three hold the token, so all three are cleared from the clipboard like a key. */
    private void copy(Secret text, String done) {
        if (text != null) {
            clipboard.accept(text);
            status.set(done + " It will be taken off the clipboard shortly.");
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
        this.finished = listener;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    public StringProperty errorProperty() {
        return error;
    }

    public StringProperty statusProperty() {
        return status;
    }
}
