package com.accountdesk.model;

/**
 * Text from a server made safe to show: names, e-mails, statuses, error messages. Bidirectional
 * overrides and isolates (U+202A–U+202E, U+2066–U+2069, marks U+200E/U+200F/U+061C) could make
 * "cluster‮txt.exe" read as another name, and other invisible formatting characters hide what is
 * there, so they are removed; control characters (new lines, tabs, escapes) would break a line or
 * a table row, so they become spaces. Ids that go back to the server are never passed through this.
 */
public final class DisplayText {
    private DisplayText() {
    }

    public static String neutralise(String text) {
        if (text == null) {
            return null;
        }
        StringBuilder s = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            if (Character.isISOControl(cp) || cp == 0x2028 || cp == 0x2029) {
                s.append(' ');
            } else if (Character.getType(cp) != Character.FORMAT) { // bidi controls and marks are all format characters
                s.appendCodePoint(cp);
            }
        });
        return s.toString();
    }
}
