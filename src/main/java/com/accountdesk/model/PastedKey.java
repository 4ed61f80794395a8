package com.accountdesk.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A key or secret as pasted: copies from web pages, chats and PDFs bring along characters that
 * cannot be seen (no-break space U+00A0, zero-width space U+200B, byte-order mark U+FEFF, next line
 * U+0085…) and that {@code trim()} keeps. No API key or secret contains any of them, so they are all
 * taken out, wherever they are, and {@link #note()} says which were.
 *
 * @param value   the cleaned text
 * @param removed the code points taken out, as "U+00A0" (each once, in order of first appearance)
 */
public record PastedKey(String value, List<String> removed) {

    public PastedKey {
        removed = List.copyOf(removed);
    }

    /** Cleans pasted text of whitespace, control and invisible formatting characters. */
    public static PastedKey clean(String typed) {
        String text = typed == null ? "" : typed;
        StringBuilder kept = new StringBuilder(text.length());
        List<String> removed = new ArrayList<>();
        text.codePoints().forEach(cp -> {
            if (invisible(cp)) {
                // A plain space or tab at the ends is ordinary trimming, not worth a word.
                if (cp != ' ' && cp != '\t' && cp != '\n' && cp != '\r') {
                    String name = String.format(Locale.ROOT, "U+%04X", cp);
                    if (!removed.contains(name)) {
                        removed.add(name);
                    }
                }
            } else {
                kept.appendCodePoint(cp);
            }
        });
        return new PastedKey(kept.toString(), removed);
    }

    /** Whitespace of any kind, control characters and invisible formatting characters (Cf). */
    static boolean invisible(int cp) {
        return Character.isWhitespace(cp) || Character.isSpaceChar(cp) || Character.isISOControl(cp)
                || Character.getType(cp) == Character.FORMAT;
    }

    public boolean changed() {
        return !removed.isEmpty();
    }

    /** A sentence for the user when invisible characters were removed, else "". */
    public String note() {
        return removed.isEmpty() ? "" : "Invisible characters (" + String.join(", ", removed)
                + ") in what was pasted are left out.";
    }

    public Secret secret() {
        return Secret.of(value);
    }
}
