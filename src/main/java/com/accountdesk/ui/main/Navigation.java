package com.accountdesk.ui.main;

import com.accountdesk.credentials.Profile;

import java.util.List;

/** Where the main window can take the user: given by the composition root, which owns the window's content. */
public interface Navigation {
    /** The saved accounts, for the user menu. */
    List<Profile> savedAccounts();

    /** Signs in to another saved account. */
    void switchTo(Profile profile);

    /** Back to the sign-in view, empty: to sign out or add an account. */
    void signOut();

    /** Opens the Settings window (one at a time). */
    void openSettings();
}
