package com.accountdesk.ui.common;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * Every user-visible text, from one resource bundle ({@code com/accountdesk/ui/messages.properties}):
 * FXML names its texts as {@code %key}, code asks {@link #get}. Keys are always string literals, so a
 * test can prove every key used exists and none is unused.
 */
public final class Texts {
    public static final String BUNDLE = "com.accountdesk.ui.messages";

    private Texts() {
    }

    public static ResourceBundle bundle() {
        return ResourceBundle.getBundle(BUNDLE, Locale.getDefault());
    }

    /**
     * The text for {@code key}; with arguments it is a {@link MessageFormat} pattern ({@code {0}},
     * and {@code ''} for an apostrophe), without it is used as written. An argument that ends in an
     * ellipsis (a masked key "abcd…", a name cut short) ends a sentence without a full stop after it.
     */
    public static String get(String key, Object... args) {
        String pattern = bundle().getString(key);
        return args.length == 0 ? pattern : new MessageFormat(pattern, Locale.getDefault()).format(args).replace("….", "…");
    }
}
