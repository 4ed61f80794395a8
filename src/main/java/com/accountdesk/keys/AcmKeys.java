package com.accountdesk.keys;

import com.accountdesk.api.ApiException;
import com.accountdesk.api.acm.AcmClient;
import com.accountdesk.model.AccountInfo;
import com.accountdesk.model.ApiKey;
import com.accountdesk.model.Secret;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * ACM's key service, as {@link CrateKeys} is CrateDB's: the account's API keys, Allow Domains and the
 * Anywhere token. ACM replaces the whole key list on every write, so each change reads the account
 * right before writing (a key added elsewhere meanwhile is kept) and answers with the server's state
 * after. The one place add, re-date and delete go through. Blocking: call off the FX thread.
 */
public final class AcmKeys {
    private final AcmClient client;

    public AcmKeys(AcmClient client) {
        this.client = Objects.requireNonNull(client, "client");
    }

    /**
     * A change that cannot be made to the keys as they are now. Says why, not in words: the UI words it
     * (ErrorMessages). Never holds a secret.
     */
    public static final class Refused extends Exception {
        private static final long serialVersionUID = 1L;
        /** Why the change was not made. */
        public enum Why {
            /** ACM's account answer did not list the keys. */
            KEYS_NOT_LISTED,
            /** The account has as many keys as ACM allows; {@link #count()} says how many. */
            AT_LIMIT,
            /** The key was deleted elsewhere meanwhile; {@link #key()} names it. */
            GONE
        }

        private final Why why;
        private final int count;
        private final transient Secret key; // never serialized: a secret does not travel with an exception

        private Refused(Why why, int count, Secret key) {
            super(why + (key == null ? "" : " " + key.masked()));
            this.why = why;
            this.count = count;
            this.key = key;
        }

        public Why why() {
            return why;
        }

        /** AT_LIMIT: the keys there are. */
        public int count() {
            return count;
        }

        /** GONE: the key that is no longer there. */
        public Secret key() {
            return key;
        }
    }

    /** An edit of the freshly read key list. */
    @FunctionalInterface
    public interface Edit {
        List<ApiKey> apply(List<ApiKey> current) throws Refused;
    }

    /** The API's base URL, for texts that name it (exports, curl). */
    public String endpoint() {
        return client.base().toString();
    }

    public AccountInfo read() throws ApiException {
        return client.account();
    }

    /**
     * Reads the keys, applies {@code edit}, writes the result, and returns the account as the server
     * has it then. Refused when the read did not list the keys.
     */
    public AccountInfo change(Edit edit) throws ApiException, Refused {
        AccountInfo read = client.account();
        if (!read.keysListed()) {
            throw new Refused(Refused.Why.KEYS_NOT_LISTED, 0, null);
        }
        List<ApiKey> current = read.keys();
        List<ApiKey> proposed = edit.apply(new ArrayList<>(current));
        AccountInfo saved = client.saveKeys(read, proposed);
        boolean signedOut = proposed.stream().noneMatch(k -> k.token().equals(client.token()))
                && current.stream().anyMatch(k -> k.token().equals(client.token()));
        // Without the key this client signs with, a second read would only get 401: the write's own answer is the state.
        return signedOut ? saved : client.account();
    }

    /** Adds a new key expiring at {@code expires}. */
    public AccountInfo add(Instant expires) throws ApiException, Refused {
        // Generated first, so the read-modify-write below stays as short as possible.
        return add(client.generateApiKey(), expires);
    }

    /** A new random key from the server, not on the account until added with {@link #add(Secret, Instant)}. */
    public Secret generate() throws ApiException {
        return client.generateApiKey();
    }

    /** Adds {@code fresh} (from {@link AcmClient#generateApiKey()}) as a key expiring at {@code expires}. */
    public AccountInfo add(Secret fresh, Instant expires) throws ApiException, Refused {
        return change(keys -> {
            if (keys.size() >= AccountInfo.MAX_API_KEYS) {
                throw new Refused(Refused.Why.AT_LIMIT, keys.size(), null);
            }
            keys.add(new ApiKey(fresh, Instant.now(), expires));
            return keys;
        });
    }

    /** Gives the key {@code token} a new expiry. */
    public AccountInfo redate(Secret token, Instant expires) throws ApiException, Refused {
        return change(keys -> {
            int at = indexOf(keys, token);
            keys.set(at, keys.get(at).withExpires(expires));
            return keys;
        });
    }

    /** Deletes the key {@code token}. */
    public AccountInfo delete(Secret token) throws ApiException, Refused {
        return change(keys -> {
            keys.remove(indexOf(keys, token));
            return keys;
        });
    }

    /** A new Anywhere API token; the one before stops working at once. */
    public Secret createAnywhereToken() throws ApiException {
        return client.createAnywhereToken();
    }

    /** Saves Allow Domains and reads the account again, so what is shown is what the server keeps. */
    public AccountInfo saveOrigins(List<String> origins) throws ApiException {
        client.saveOrigins(origins);
        return client.account();
    }

    private static int indexOf(List<ApiKey> keys, Secret token) throws Refused {
        for (int i = 0; i < keys.size(); i++) {
            if (keys.get(i).token().equals(token)) {
                return i;
            }
        }
        throw new Refused(Refused.Why.GONE, 0, token);
    }
}
