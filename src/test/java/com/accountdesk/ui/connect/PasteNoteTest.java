package com.accountdesk.ui.connect;

import com.accountdesk.api.HttpTransport;
import com.accountdesk.session.Accounts;
import com.accountdesk.io.Settings;
import com.accountdesk.credentials.InMemorySecretStore;
import com.accountdesk.credentials.ProfileStore;
import com.accountdesk.model.Provider;
import org.junit.jupiter.api.Test;


import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The sign-in form says at once when a pasted key or secret holds invisible characters (plain unit test, no window). */
class PasteNoteTest {
    private final ConnectViewModel vm = new ConnectViewModel(
            new Accounts(new HttpTransport(), new ProfileStore(null), new InMemorySecretStore(), Settings.inMemory(), null),
            com.accountdesk.ui.common.Background.callingThread());

    @Test
    void aPastedKeyWithInvisibleCharactersIsNamedNeverQuoted() {
        vm.useApiKeyProperty().set(true);
        vm.apiKeyProperty().set("  key-0123456789abcdef ");
        assertEquals("", vm.pasteNoteProperty().get(), "ordinary spaces are just trimmed");
        vm.apiKeyProperty().set("\uFEFFkey-0123456789abcdef\u00A0");
        assertTrue(vm.pasteNoteProperty().get().contains("U+FEFF") && vm.pasteNoteProperty().get().contains("U+00A0"),
                vm.pasteNoteProperty().get());
        assertFalse(vm.pasteNoteProperty().get().contains("0123456789"));

        vm.providerProperty().set(Provider.CRATEDB);
        assertEquals("", vm.pasteNoteProperty().get());
        vm.crateSecretProperty().set("secret\u200B");
        assertTrue(vm.pasteNoteProperty().get().contains("U+200B"));
        vm.providerProperty().set(Provider.ACM);
        vm.useApiKeyProperty().set(false);
        vm.passwordProperty().set("pass\u00A0word");
        assertEquals("", vm.pasteNoteProperty().get(), "a password is taken as typed");
    }
}
