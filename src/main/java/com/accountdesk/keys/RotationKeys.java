package com.accountdesk.keys;

import com.accountdesk.api.ApiException;
import com.accountdesk.api.acm.AcmClient;
import com.accountdesk.api.cratedb.CrateCloudClient;
import com.accountdesk.credentials.KeyNames;
import com.accountdesk.model.ApiKey;
import com.accountdesk.model.CrateApiKey;
import com.accountdesk.model.CreatedCrateKey;
import com.accountdesk.model.Secret;
import com.accountdesk.session.AcmSession;
import com.accountdesk.session.CrateSession;
import com.accountdesk.session.Session;
import com.accountdesk.ui.account.AccountKeys;
import com.accountdesk.ui.common.CredentialExports;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * What a rotation does with one cloud's keys, where ACM and CrateDB differ. Keys are named by their
 * id in the rotation's record: the server's key id (CrateDB) or a SHA-256 of the key (ACM, where the
 * key is the secret). Blocking: called off the FX thread.
 */
abstract class RotationKeys {

    /** A key the server has just made, with its secret. */
    record NewKey(String id, Secret secret) {
    }

    static RotationKeys of(Session session) {
        if (session instanceof AcmSession acm) {
            return new Acm(acm.client());
        }
        return new Crate(((CrateSession) session).client());
    }

    /** ACM: a fresh key not yet on the account, so its id can be recorded before it is added; CrateDB: null. */
    abstract Secret prepare() throws ApiException;

    /** Puts a new key on the account (ACM: {@code prepared}, expiring at {@code expires}). */
    abstract NewKey create(Secret prepared, Instant expires) throws ApiException, AccountKeys.Refused;

    /** The ids of the keys on the account now. */
    abstract List<String> ids() throws ApiException;

    /** ACM: the key itself, read from the account's list; CrateDB: never (a secret is shown only once). */
    abstract Optional<Secret> secretOf(String id) throws ApiException;

    /** Whether keys can be deactivated (CrateDB) rather than only deleted (ACM). */
    abstract boolean deactivates();

    abstract void setActive(String id, boolean active) throws ApiException;

    abstract void delete(String id) throws ApiException, AccountKeys.Refused;

    /** The id of the key this session signs its calls with. */
    abstract String ownId();

    /** The key as tools take it (shell, CLI profile, curl). */
    abstract Secret export(CredentialExports.Kind kind, String id, Secret secret);

    static String acmId(Secret key) {
        return KeyNames.hash(key.reveal());
    }

    static String acmId(ApiKey key) {
        return acmId(key.token());
    }

    static String crateId(CrateApiKey key) {
        return key.key();
    }

    private static final class Acm extends RotationKeys {
        private final AcmClient client;
        private final AccountKeys keys;

        Acm(AcmClient client) {
            this.client = client;
            this.keys = new AccountKeys(client);
        }

        @Override
        Secret prepare() throws ApiException {
            return keys.generate();
        }

        @Override
        NewKey create(Secret prepared, Instant expires) throws ApiException, AccountKeys.Refused {
            keys.add(prepared, expires);
            return new NewKey(acmId(prepared), prepared);
        }

        @Override
        List<String> ids() throws ApiException {
            return keys.read().keys().stream().map(RotationKeys::acmId).toList();
        }

        @Override
        Optional<Secret> secretOf(String id) throws ApiException {
            return keys.read().keys().stream().map(ApiKey::token).filter(k -> acmId(k).equals(id)).findFirst();
        }

        @Override
        boolean deactivates() {
            return false;
        }

        @Override
        void setActive(String id, boolean active) {
            throw new UnsupportedOperationException("ACM keys are deleted, not deactivated");
        }

        @Override
        void delete(String id) throws ApiException, AccountKeys.Refused {
            Optional<Secret> key = secretOf(id);
            if (key.isPresent()) {
                keys.delete(key.get());
            }
        }

        @Override
        String ownId() {
            return acmId(client.token());
        }

        @Override
        Secret export(CredentialExports.Kind kind, String id, Secret secret) {
            return CredentialExports.acm(kind, client.base().toString(), secret);
        }
    }

    private static final class Crate extends RotationKeys {
        private final CrateCloudClient client;

        Crate(CrateCloudClient client) {
            this.client = client;
        }

        @Override
        Secret prepare() {
            return null;
        }

        @Override
        NewKey create(Secret prepared, Instant expires) throws ApiException {
            CreatedCrateKey created = client.createKey();
            return new NewKey(created.key().key(), created.secret());
        }

        @Override
        List<String> ids() throws ApiException {
            return client.keys().stream().map(CrateApiKey::key).toList();
        }

        @Override
        Optional<Secret> secretOf(String id) {
            return Optional.empty();
        }

        @Override
        boolean deactivates() {
            return true;
        }

        @Override
        void setActive(String id, boolean active) throws ApiException {
            client.setActive(id, active);
        }

        @Override
        void delete(String id) throws ApiException {
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
        String ownId() {
            return client.key();
        }

        @Override
        Secret export(CredentialExports.Kind kind, String id, Secret secret) {
            return CredentialExports.crate(kind, client.base().toString(), id, secret, client.region());
        }
    }
}
