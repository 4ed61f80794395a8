package com.accountdesk.keys;

import com.accountdesk.api.ApiException;
import com.accountdesk.api.cratedb.CrateCloudClient;
import com.accountdesk.model.CrateApiKey;
import com.accountdesk.model.CrateUser;
import com.accountdesk.model.CreatedCrateKey;

import java.util.List;
import java.util.Objects;

/**
 * CrateDB Cloud's key service, as {@link AcmKeys} is ACM's: the user and their API keys, and
 * the changes to them. The one place the CrateDB features call the client. Blocking: call off the
 * FX thread.
 */
public final class CrateKeys {
    private final CrateCloudClient client;

    public CrateKeys(CrateCloudClient client) {
        this.client = Objects.requireNonNull(client, "client");
    }

    public CrateUser me() throws ApiException {
        return client.me();
    }

    public List<CrateApiKey> list() throws ApiException {
        return client.keys();
    }

    /** A new key with its secret, which CrateDB Cloud never gives out again. */
    public CreatedCrateKey create() throws ApiException {
        return client.createKey();
    }

    /** The key as the server has it after the change. */
    public CrateApiKey setActive(String key, boolean active) throws ApiException {
        return client.setActive(key, active);
    }

    public void delete(String key) throws ApiException {
        client.deleteKey(key);
    }

    /** The key (its public part) the app itself signs in with. */
    public String ownKey() {
        return client.key();
    }

    /** The API's base URL, for texts that name it (exports, curl). */
    public String endpoint() {
        return client.base().toString();
    }

    /** The X-Region sent, or null. */
    public String region() {
        return client.region();
    }
}
