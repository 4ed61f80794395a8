package com.accountdesk.ui.common;

import com.accountdesk.io.Settings;
import com.accountdesk.keys.KeyNames;
import com.accountdesk.keys.RotationStore;
import com.accountdesk.session.Accounts;

import java.util.function.IntSupplier;

/**
 * What the windows of a signed-in account share, built once by the composition root: where
 * background work runs ({@link #background}, what view-models take), the dialogs over the active
 * window, the settings, the secret clipboard, notifications, the window service, the theme, what
 * the app says about itself, the saved accounts, the keys' local names and the key rotations under
 * way. Controllers take from it what they use and hand their view-models only that.
 */
public record UiServices(Background background, DialogService dialogs, Settings settings,
                         SecretClipboard clipboard, Notifier notifier, AppWindows windows, Theme theme, AppInfo facts,
                         Accounts accounts, KeyNames keyNames, RotationStore rotations) {

    /** Seconds a copied secret stays on the clipboard (the setting, read when asked). */
    public IntSupplier clipboardClearSeconds() {
        return () -> SecretClipboard.clearAfterSeconds(settings);
    }
}
