package com.accountdesk.ui.settings;

import com.accountdesk.credentials.Profile;
import com.accountdesk.session.Accounts;
import com.accountdesk.ui.common.Background;
import com.accountdesk.ui.common.DialogService;
import com.accountdesk.ui.common.ErrorMessages;
import com.accountdesk.ui.common.Texts;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The Settings window's saved accounts, where one can be forgotten: its profile and its saved
 * secret go, so the computer keeps nothing of it. Signing in again saves it anew.
 */
public final class SavedAccountsViewModel {
    private final Accounts accounts;
    private final Background background;
    private final DialogService dialogs;
    private final ObservableList<Profile> profiles = FXCollections.observableArrayList();
    private final ObjectProperty<Profile> selected = new SimpleObjectProperty<>();
    private final BooleanProperty busy = new SimpleBooleanProperty(false);
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");

    public SavedAccountsViewModel(Accounts accounts, Background background, DialogService dialogs) {
        this.accounts = accounts;
        this.background = background;
        this.dialogs = dialogs;
    }

    /** Lists the saved accounts (read in the background). */
    public void load() {
        background.run(accounts::profiles, busy, profiles::setAll, failure -> status.set(ErrorMessages.describe(failure)));
    }

    /** Asks first; then forgets the selected account: its profile and its saved secret. */
    public void forgetSelected() {
        Profile profile = selected.get();
        if (profile == null || !dialogs.confirm(new DialogService.Confirmation(Texts.get("settings.forget.title"),
                Texts.get("settings.forget.header", profile.label()), Texts.get("settings.forget.text"),
                Texts.get("settings.forget.action")))) {
            return;
        }
        background.run(() -> {
                    accounts.forget(profile);
                    return accounts.profiles();
                }, busy,
                left -> {
                    profiles.setAll(left);
                    status.set(Texts.get("settings.forget.done", profile.label()));
                },
                failure -> status.set(ErrorMessages.describe(failure)));
    }

    public ObservableList<Profile> profiles() {
        return profiles;
    }

    public ObjectProperty<Profile> selectedProperty() {
        return selected;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    /** What the last action did, or why it failed. */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }
}
