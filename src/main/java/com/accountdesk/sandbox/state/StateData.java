package com.accountdesk.sandbox.state;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Everything the sandbox remembers, as plain fields Jackson writes to the state file. Only
 * {@link SandboxState} touches it, under its lock. Secrets the server never has to show again
 * (passwords, session and Anywhere tokens) are kept as SHA-256 hashes.
 */
public final class StateData {
    public int schema = 1;
    public AcmAccount acm = new AcmAccount();
    public List<AcmEnvironment> environments = new ArrayList<>();
    public List<AcmCluster> clusters = new ArrayList<>();
    public long nextClusterId = 1000;
    public long nextUserId = 5000;
    /** The demo CrateDB Cloud user; absent (null uid) in state files written before CrateDB was served. */
    public CrateAccount crate = new CrateAccount();

    /** The demo ACM account. */
    public static final class AcmAccount {
        public String id;
        public String email;
        public String name;
        public String passwordHash;
        /** API keys, shown in full by GET /account as ACM does. Times as epoch seconds, UTC. */
        public List<AcmToken> tokens = new ArrayList<>();
        /** Allow Domains as ACM keeps it: one string, entries on their own lines. */
        public String origins = "";
        public String anywhereTokenHash;
        public List<Session> sessions = new ArrayList<>();
        /** The account role's id (see the sandbox's AccessRights); "1", all rights, in state files that predate roles. */
        public String roleId = "1";
        /** The last password sign-in, epoch seconds (UTC); null before the first. */
        public Long lastLogin;
        /** The web console's theme preference. */
        public boolean darkTheme;
    }

    public static final class AcmToken {
        public String token;
        public long created;
        public long expires;

        public AcmToken() {
        }

        public AcmToken(String token, long created, long expires) {
            this.token = token;
            this.created = created;
            this.expires = expires;
        }
    }

    /** A sign-in session from POST /login. */
    public static final class Session {
        public String tokenHash;
        public long expires;
        /** When the session began (epoch seconds); 0 in state files that predate it. */
        public long created;

        public Session() {
        }

        public Session(String tokenHash, long expires) {
            this.tokenHash = tokenHash;
            this.expires = expires;
        }
    }

    public static final class AcmEnvironment {
        public String id;
        public String name;
        public String type;
        public String domain;
        public long created;

        public AcmEnvironment() {
        }

        public AcmEnvironment(String id, String name, String type, String domain, long created) {
            this.id = id;
            this.name = name;
            this.type = type;
            this.domain = domain;
            this.created = created;
        }
    }

    public static final class AcmCluster {
        public String id;
        public String environmentId;
        public String name;
        /** The launch request as received, for tests and GET /cluster; adminPass only as "adminPassSha256". */
        public JsonNode request;
        public int nodes;
        public int shards;
        public int replicas;
        public boolean secure;
        public long launchedMillis;
        /** Node type and ClickHouse version as launched, rescaled or upgraded. */
        public String nodeType = "";
        public String version = "";
        /** The operation under way ("launch", "stop", ...; see ClusterLife), or null; it lasts the provisioning delay. */
        public String operation;
        public long operationStartedMillis;
        /** Suspended by a stop (once the stop has run). */
        public boolean stopped;
        /** Locked in ACM: its life-cycle actions are refused by the console (set by hand or by tests). */
        public boolean locked;
        /** The MySQL wire protocol and its port, as the launch asked (port 0 when not asked). */
        public boolean mysqlProtocol;
        public int mysqlPort;
        /** The cluster's ClickHouse users; the admin user is added at launch (absent in older state files). */
        public List<DbUser> users = new ArrayList<>();
        /** User changes made since the last {@code POST /cluster/{id}/push}. */
        public boolean unpublished;
        /** Backups made with {@code POST /cluster/{id}/backup}, oldest first. */
        public List<Backup> backups = new ArrayList<>();
        /** The tag of the backup the last {@code POST /cluster/{id}/restore} restored from; null when none. */
        public String restoredFrom;
        /** How many restores were accepted. */
        public int restores;
    }

    /** A backup of a cluster; it runs for the provisioning delay. */
    public static final class Backup {
        public String id;
        /** What a restore names it by; null in state files that predate restores (then its id serves). */
        public String tag;
        public long startedMillis;
        public long sizeBytes;
    }

    /** A ClickHouse user of a cluster; its password kept only as its hash. */
    public static final class DbUser {
        public long id;
        public String login;
        public String passwordHash;
        /** Database names, comma-separated as DbUser.databases is typed; "" for all. */
        public String databases = "";
        public boolean accessManagement;
        public boolean admin;
    }

    /** The demo CrateDB Cloud user and its API keys. */
    public static final class CrateAccount {
        public String uid;
        public String username;
        public String name;
        public String email;
        public String organizationId;
        public List<CrateKey> keys = new ArrayList<>();
        /** The user's organizations, projects and clusters (empty in state files written before clusters were served). */
        public List<CrateOrganization> organizations = new ArrayList<>();
        public List<CrateProject> projects = new ArrayList<>();
        public List<CrateCluster> clusters = new ArrayList<>();
        /** Cluster operations (expand storage, scale, suspend), newest last. */
        public List<CrateOperation> operations = new ArrayList<>();
    }

    public static final class CrateOrganization {
        public String id;
        public String name;
        public long created;
    }

    public static final class CrateProject {
        public String id;
        public String name;
        public String organizationId;
        public String region;
        public long created;
    }

    /**
     * A CrateDB Cloud cluster. Its disk fills with time: {@code usedBytesAtSeed} at {@code seeded}
     * (epoch seconds), then {@code growthBytesPerDay} more each day, up to nearly the disk's size.
     */
    public static final class CrateCluster {
        public String id;
        public String name;
        public String projectId;
        public String crateVersion;
        public String productName;
        public String productTier;
        public int productUnit;
        public long diskSizePerNodeBytes;
        /** "GREEN" or "YELLOW" when running; shown as "SUSPENDED" while suspended. */
        public String health = "GREEN";
        public boolean allowCustomStorage = true;
        public boolean allowSuspend = true;
        public boolean suspended;
        public long created;
        public long seeded;
        public long usedBytesAtSeed;
        public long growthBytesPerDay;
    }

    /** An operation on a cluster; it runs {@code durationMillis} from {@code startedMillis}, then its change is applied. */
    public static final class CrateOperation {
        public String id;
        public String clusterId;
        /** EXPAND_STORAGE, SCALE, SUSPEND or UPGRADE. */
        public String type;
        public long startedMillis;
        public long durationMillis;
        public boolean applied;
        public long targetDiskBytes;
        public int targetUnit;
        public boolean targetSuspended;
        /** UPGRADE: the version before and the one asked for. */
        public String beforeVersion;
        public String targetVersion;
        /** The cluster's value before (disk bytes, unit, or 1 for suspended), for non_sensitive_data. */
        public long before;
    }

    /** A CrateDB Cloud API key; its secret is shown once at creation, so only its hash is kept. */
    public static final class CrateKey {
        public String key;
        public String secretHash;
        public boolean active = true;
        /** Epoch seconds, UTC; null when never used. */
        public Long lastUsed;
        public long created;
        public long modified;

        public CrateKey() {
        }

        public CrateKey(String key, String secretHash, long created) {
            this.key = key;
            this.secretHash = secretHash;
            this.created = created;
            this.modified = created;
        }
    }
}
