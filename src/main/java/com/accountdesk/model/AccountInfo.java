package com.accountdesk.model;

import java.util.List;
import java.util.Optional;

/**
 * The signed-in ACM account as {@code GET /account} describes it.
 *
 * @param keys       the API keys the answer listed (empty when it listed none, see {@code keysListed})
 * @param keysListed whether the answer carried the key list at all: ACM 26.1.59's published User has
 *                   no {@code tokens} member, so an answer without one means "unknown", never "no keys",
 *                   and such a list must never be written back
 * @param origins    the Allow Domains entries, in the order the server keeps them
 */
public record AccountInfo(String id, String email, String name, List<ApiKey> keys, boolean keysListed,
                          List<String> origins) {
    /** ACM allows this many API keys per account. */
    public static final int MAX_API_KEYS = 5;

    public AccountInfo {
        keys = List.copyOf(keys);
        origins = List.copyOf(origins);
    }

    /** The key {@code token} in the listed keys, if listed. */
    public Optional<ApiKey> key(Secret token) {
        return keys.stream().filter(k -> k.token().equals(token)).findFirst();
    }

    /** The name to show for the account: its name, or its e-mail where it has none. */
    public String displayName() {
        return name != null && !name.isBlank() ? name : email;
    }
}
