package com.accountdesk.api;

import java.util.Locale;

/**
 * Checks a value before it goes into a request header. OkHttp refuses any character outside
 * printable ASCII with an exception whose message quotes the whole value (a key, for
 * {@code X-Auth-Token}); this refuses it first, with a sentence that names the character, never
 * the value.
 */
public final class HeaderValues {
    private HeaderValues() {
    }

    /**
     * @param what what the value is, for the sentence: "The API key", "The region"
     * @throws ApiException INVALID_INPUT (status 0) naming the first character that cannot be sent
     */
    public static String require(String what, String value) throws ApiException {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c < 0x21 || c > 0x7e) {
                throw new ApiException(ApiException.Kind.INVALID_INPUT, what + " contains a character that cannot be sent "
                        + "(" + String.format(Locale.ROOT, "U+%04X", (int) c) + ", character " + (i + 1) + " of "
                        + value.length() + "). Copy it again from where it was created.");
            }
        }
        return value;
    }
}
