package com.accountdesk.keys;

import com.accountdesk.api.ApiException;
import com.accountdesk.api.acm.AcmClient;
import com.accountdesk.api.cratedb.CrateCloudClient;
import com.accountdesk.model.ApiKey;
import com.accountdesk.model.CrateApiKey;
import com.accountdesk.model.CreatedCrateKey;
import com.accountdesk.model.Secret;
import com.accountdesk.session.AcmSession;
import com.accountdesk.session.CrateSession;
import com.accountdesk.session.Session;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * What a rotation does with one cloud's keys, where ACM and CrateDB differ. Keys are named by their
 * id in the rotation's record: the server's key id (CrateDB) or a SHA-256 of the key (ACM, where the
 * key is the secret). Blocking: called off the FX thread.
 */
public abstract class RotationKeys {

    /** A key the server has just made, with its secret. */
    public record NewKey(String id, Secret secret) {
    }

    private RotationKeys() {
    }

    public static RotationKeys of(Session session) {
        if (session instanceof AcmSession acm) {
            return new Acm(acm.client());
        }
        return new Crate(((CrateSession) session).client());
    }

    /** ACM: a fresh key not yet on the account, so its id can be recorded before it is added; CrateDB: null. */
    public abstract Secret prepare() throws ApiException;

    /** Puts a new key on the account (ACM: {@code prepared}, expiring at {@code expires}). */
    public abstract NewKey create(Secret prepared, Instant expires) throws ApiException, AcmKeys.Refused;

    /** The ids of the keys on the account now. */
    public abstract List<String> ids() throws ApiException;

    /** ACM: the key itself, read from the account's list; CrateDB: never (a secret is shown only once). */
    public abstract Optional<Secret> secretOf(String id) throws ApiException;

    /** Whether keys can be deactivated (CrateDB) rather than only deleted (ACM). */
    public abstract boolean deactivates();

    public abstract void setActive(String id, boolean active) throws ApiException;

    public abstract void delete(String id) throws ApiException, AcmKeys.Refused;

    /** The id of the key this session signs its calls with. */
    public abstract String ownId();

    /** The API's base URL, for the key as tools take it (exports, curl). */
    public abstract String endpoint();

    /** CrateDB: the X-Region sent, or null; ACM: null. */
    public abstract String region();

    public static String acmId(Secret key) {
        return KeyNames.hash(key.reveal());
    }

    public static String acmId(ApiKey key) {
        return acmId(key.token());
    }

    public static String crateId(CrateApiKey key) {
        return key.key();
    }

    private static final class Acm extends RotationKeys {
        private final AcmClient client;
        private final AcmKeys keys;

        Acm(AcmClient client) {
            this.client = client;
            this.keys = new AcmKeys(client);
        }

        @Override
        public Secret prepare() throws ApiException {
            return keys.generate();
        }

        @Override
        public NewKey create(Secret prepared, Instant expires) throws ApiException, AcmKeys.Refused {
            keys.add(prepared, expires);
            return new NewKey(acmId(prepared), prepared);
        }

        @Override
        public List<String> ids() throws ApiException {
            return keys.read().keys().stream().map(RotationKeys::acmId).toList();
        }

        @Override
        public Optional<Secret> secretOf(String id) throws ApiException {
            return keys.read().keys().stream().map(ApiKey::token).filter(k -> acmId(k).equals(id)).findFirst();
        }

        @Override
        public boolean deactivates() {
            return false;
        }

        @Override
        public void setActive(String id, boolean active) {
            throw new UnsupportedOperationException("ACM keys are deleted, not deactivated");
        }

        @Override
        public void delete(String id) throws ApiException, AcmKeys.Refused {
            Optional<Secret> key = secretOf(id);
            if (key.isPresent()) {
                keys.delete(key.get());
            }
        }

        @Override
        public String ownId() {
            return acmId(client.token());
        }

        @Override
        public String endpoint() {
            return client.base().toString();
        }

        @Override
        public String region() {
            return null;
        }
    }

    private static final class Crate extends RotationKeys {
        private final CrateCloudClient client;

        Crate(CrateCloudClient client) {
            this.client = client;
        }

        @Override
        public Secret prepare() {
            return null;
        }

        @Override
        public NewKey create(Secret prepared, Instant expires) throws ApiException {
            CreatedCrateKey created = client.createKey();
            return new NewKey(created.key().key(), created.secret());
        }

        @Override
        public List<String> ids() throws ApiException {
            return client.keys().stream().map(CrateApiKey::key).toList();
        }

        @Override
        public Optional<Secret> secretOf(String id) {
            return Optional.empty();
        }

        @Override
        public boolean deactivates() {
            return true;
        }

        @Override
        public void setActive(String id, boolean active) throws ApiException {
            client.setActive(id, active);
        }

        @Override
        public void delete(String id) throws ApiException {
            try {
                client.deleteKey(id);
            } catch (ApiException e) {
                // Already gone is what was wanted.
                if (e.kind() != ApiException.Kind.NOT_FOUND) {
                    throw e;
                }
            }
        }

        @Override
        public String ownId() {
            return client.key();
        }

        @Override
        public String endpoint() {
            return client.base().toString();
        }

        @Override
        public String region() {
            return client.region();
        }
    }
}
