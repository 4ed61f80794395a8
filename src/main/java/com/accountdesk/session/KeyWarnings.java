package com.accountdesk.session;

import com.accountdesk.io.Settings;

import java.time.Duration;

/**
 * The user's settings for keys that are ending: how long before its expiry a key is pointed out (the
 * main window's note, the reminder, {@code account-desk status}) and whether saved accounts are checked
 * at start and daily. Here, below the UI and the composition root, because all of them read it.
 */
public final class KeyWarnings {
    /** How soon an expiry counts as a problem unless the caller (or the setting) says otherwise. */
    public static final Duration DEFAULT_WARNING = Duration.ofHours(24);
    /** Settings key: how many hours before its expiry a key is pointed out. */
    public static final String WARNING_HOURS_SETTING = "keys.warningHours";
    /** Settings key: whether saved accounts are checked at start and daily. */
    public static final String REMINDERS_SETTING = "reminders.enabled";

    private KeyWarnings() {
    }

    /** The warning window the user has set, else {@link #DEFAULT_WARNING}. */
    public static Duration warning(Settings settings) {
        return Duration.ofHours(Math.max(0, settings.getInt(WARNING_HOURS_SETTING, (int) DEFAULT_WARNING.toHours())));
    }

    /** Whether the reminder checks saved accounts (on unless turned off). */
    public static boolean remindersOn(Settings settings) {
        return settings.getBoolean(REMINDERS_SETTING, true);
    }
}
