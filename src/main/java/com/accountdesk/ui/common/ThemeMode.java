package com.accountdesk.ui.common;

import java.util.Locale;

/** The user's theme choice: follow the operating system, or always light, or always dark. */
public enum ThemeMode {
    SYSTEM, LIGHT, DARK;

    /** The label for menus and choice boxes, with a mnemonic. */
    public String menuText() {
        return switch (this) {
            case SYSTEM -> Texts.get("common.theme.system");
            case LIGHT -> Texts.get("common.theme.light");
            case DARK -> Texts.get("common.theme.dark");
        };
    }

    /** The label without the mnemonic marker. */
    public String label() {
        return menuText().replace("_", "");
    }

    /** The stored form ("system", "light", "dark"), read back by {@link #parse}. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** A stored value; anything unknown means {@link #SYSTEM}. */
    public static ThemeMode parse(String stored) {
        if (stored != null) {
            for (ThemeMode mode : values()) {
                if (mode.key().equalsIgnoreCase(stored.trim())) {
                    return mode;
                }
            }
        }
        return SYSTEM;
    }
}
