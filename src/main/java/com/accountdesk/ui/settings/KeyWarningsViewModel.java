package com.accountdesk.ui.settings;

import com.accountdesk.io.Settings;
import com.accountdesk.session.KeyWarnings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;

/**
 * The Settings window's "Expiring keys": how long before its expiry a key is pointed out (the
 * main window's note, the reminder; the default of {@code account-desk status} stays 24 h), and
 * whether saved accounts are checked at start and daily. Each change is saved at once.
 */
public final class KeyWarningsViewModel {
    /** The longest warning offered: 30 days. */
    public static final int MAX_HOURS = 24 * 30;

    private final IntegerProperty hours = new SimpleIntegerProperty();
    private final BooleanProperty reminders = new SimpleBooleanProperty();

    public KeyWarningsViewModel(Settings settings) {
        hours.set((int) Math.min(MAX_HOURS, KeyWarnings.warning(settings).toHours()));
        reminders.set(KeyWarnings.remindersOn(settings));
        hours.addListener((obs, old, value) -> settings.put(KeyWarnings.WARNING_HOURS_SETTING, value.intValue()));
        reminders.addListener((obs, old, on) -> settings.put(KeyWarnings.REMINDERS_SETTING, on));
    }

    /** Hours before its expiry a key is pointed out. */
    public IntegerProperty hoursProperty() {
        return hours;
    }

    /** Whether saved accounts are checked at start and daily. */
    public BooleanProperty remindersProperty() {
        return reminders;
    }
}
