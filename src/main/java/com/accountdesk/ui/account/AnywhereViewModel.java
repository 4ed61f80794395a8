package com.accountdesk.ui.account;

import com.accountdesk.keys.AcmKeys;
import com.accountdesk.ui.keys.KeyActions;
import com.accountdesk.model.Secret;
import com.accountdesk.ui.common.CredentialExports;
import com.accountdesk.ui.common.DialogService;
import com.accountdesk.ui.common.ErrorMessages;
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
    /** The last create's answer never came: a token may have been made and the old one stopped working. */
    private boolean maybeCreated;

    public AnywhereViewModel(AcmKeys service, KeyActions actions) {
        this.service = service;
        this.actions = actions;
    }

    /**
     * The provider block for the Altinity.Cloud Terraform provider, with its required_providers
     * entry. The token is the server's text, so it is written as an HCL string that cannot end early
     * or interpolate ({@link #hclString}).
     */
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
                  api_token = %s
                }
                """.formatted(hclString(token.reveal()));
    }

    /** The export line, the token quoted as the other exports quote a key: pasted into a shell it runs nothing. */
    public static String exportLine(Secret token) {
        return CredentialExports.shellExport(ENV_VARIABLE, token.reveal());
    }

    /**
     * A quoted HCL string holding {@code value} as it is: {@code "} and {@code \} escaped, line
     * breaks and other control characters as escapes (a string may not span lines), and a
     * {@code $} or {@code %} before an opening brace doubled, so no interpolation or directive begins.
     */
    static String hclString(String value) {
        StringBuilder s = new StringBuilder("\"");
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            boolean templateStart = (c == '$' || c == '%') && i + 1 < value.length() && value.charAt(i + 1) == '{';
            switch (c) {
                case '"' -> s.append("\\\"");
                case '\\' -> s.append("\\\\");
                case '\n' -> s.append("\\n");
                case '\r' -> s.append("\\r");
                case '\t' -> s.append("\\t");
                default -> {
                    if (templateStart) {
                        s.append(c).append(c);
                    } else if (Character.isISOControl(c) || c == '\u2028' || c == '\u2029') {
                        s.append(String.format("\\u%04X", (int) c));
                    } else {
                        s.append(c);
                    }
                }
            }
        }
        return s.append('"').toString();
    }

    /**
     * What the confirmation says. ACM does not tell whether a token exists, so it is always asked:
     * any existing token stops working the moment a new one is made.
     */
    public String confirmationText() {
        if (maybeCreated) {
            return Texts.get("account.anywhere.confirm.maybe");
        }
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
            maybeCreated = false;
            token.set(created);
        }, created -> Texts.get("account.anywhere.created"), failure -> {
            // Nothing can be refreshed to check: ACM never shows a token again.
            if (ErrorMessages.answerNeverCame(failure)) {
                maybeCreated = true;
                actions.refuse(Texts.get("account.anywhere.maybeCreated"));
            }
        });
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
