package com.accountdesk.ui.main;

import com.accountdesk.credentials.Profile;
import com.accountdesk.session.Session;

import java.util.List;

/** Where the main window can take the user: given by the composition root, which owns the window's content. */
public interface Navigation {
    /** The saved accounts, for the user menu. */
    List<Profile> savedAccounts();

    /** Signs in to another saved account. */
    void switchTo(Profile profile);

    /** Back to the sign-in view, empty: to sign out or add an account. */
    void signOut();

    /** Shows the main window for {@code session} (the app's own key was replaced: the same account, a new key). */
    void show(Session session);

    /** Opens the Settings window (one at a time). */
    void openSettings();
}
