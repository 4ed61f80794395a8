package com.accountdesk.model;

import java.util.Collection;
import java.util.regex.Pattern;

/**
 * The rules a cluster launch must meet. The wizard checks them as the user types and the sandbox
 * checks them again on the server side; each returns why a value is wrong, or null when it is fine.
 */
public final class ClusterRules {
    public static final int MAX_NAME_LENGTH = 63;
    public static final int MAX_DISK_GB = 16_384;
    public static final int MAX_SHARDS = 64;
    public static final int MAX_REPLICAS = 16;
    public static final int MIN_PASSWORD_LENGTH = 8;
    /** The sandbox's quota of clusters per environment (ACM's are per organisation and plan). */
    public static final int MAX_CLUSTERS_PER_ENVIRONMENT = 5;

    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9-]*");
    private static final Pattern USER = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
    private static final Pattern NODE_TYPE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");
    private static final Pattern TAG = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");

    private ClusterRules() {
    }

    public static String name(String name) {
        if (name == null || name.isEmpty()) {
            return "Enter a cluster name.";
        }
        if (name.length() > MAX_NAME_LENGTH) {
            return "At most " + MAX_NAME_LENGTH + " characters.";
        }
        if (!Character.isLetter(name.charAt(0)) || !Character.isLowerCase(name.charAt(0))) {
            return "Start with a lowercase letter.";
        }
        if (!NAME.matcher(name).matches()) {
            return "Use only lowercase letters, digits and hyphens.";
        }
        if (name.endsWith("-")) {
            return "Do not end with a hyphen.";
        }
        return null;
    }

    /** A name already used by a cluster of the environment (names compare without case). */
    public static String nameAvailable(String name, Collection<String> existingNames) {
        if (name == null || existingNames == null) {
            return null;
        }
        return existingNames.stream().anyMatch(name::equalsIgnoreCase)
                ? "A cluster named " + name + " already exists in this environment." : null;
    }

    /** An environment with no room for another cluster. */
    public static String environmentFull(int clusters) {
        return clusters >= MAX_CLUSTERS_PER_ENVIRONMENT
                ? "This environment already has " + clusters + " clusters, its limit: terminate one before launching another." : null;
    }

    public static String adminUser(String user) {
        if (user == null || user.isEmpty()) {
            return "Enter the admin user's name.";
        }
        return USER.matcher(user).matches() ? null : "Use letters, digits and underscores, not starting with a digit.";
    }

    public static String adminPassword(String password) {
        if (password == null || password.isEmpty()) {
            return "Enter a password for the admin user.";
        }
        return password.length() < MIN_PASSWORD_LENGTH ? "At least " + MIN_PASSWORD_LENGTH + " characters." : null;
    }

    public static String version(String version) {
        if (version == null || version.isEmpty()) {
            return null; // the environment's default
        }
        return TAG.matcher(version).matches() ? null : "An image tag uses letters, digits, '.', '_' and '-'.";
    }

    public static String nodeType(String type) {
        if (type == null || type.isEmpty()) {
            return "Enter a node type, e.g. n2d-standard-2.";
        }
        return NODE_TYPE.matcher(type).matches() ? null : "A node type uses letters, digits, '.', '_' and '-'.";
    }

    public static String shards(int shards) {
        return shards < 1 || shards > MAX_SHARDS ? "Shards must be 1 to " + MAX_SHARDS + "." : null;
    }

    public static String replicas(int replicas) {
        return replicas < 1 || replicas > MAX_REPLICAS ? "Replicas must be 1 to " + MAX_REPLICAS + "." : null;
    }

    public static String nodes(int nodes) {
        return nodes < 1 || nodes > MAX_SHARDS * MAX_REPLICAS ? "Nodes must be 1 to " + MAX_SHARDS * MAX_REPLICAS + "." : null;
    }

    public static String diskGb(int size) {
        return size < 1 || size > MAX_DISK_GB ? "Disk size must be 1 to " + MAX_DISK_GB + " GB." : null;
    }

    /** Not an error: a warning shown when the node count is not shards × replicas. */
    public static String nodesMismatch(int shards, int replicas, int nodes) {
        return nodes == shards * replicas ? null
                : "Shards × replicas is " + shards * replicas + ", not " + nodes + ": check that you mean " + nodes + " nodes.";
    }

    public static String port(int port) {
        return port < 1 || port > 65535 ? "A port is 1 to 65535." : null;
    }

    public static String portsDiffer(int httpsPort, int tcpPort) {
        return httpsPort == tcpPort ? "The HTTPS and TCP ports must differ." : null;
    }

    public static String zookeeper(String zookeeper) {
        return zookeeper == null || zookeeper.isEmpty() || LaunchRequest.ZOOKEEPER_LAUNCH.equals(zookeeper)
                ? null : "ZooKeeper is either \"launch\" or none.";
    }

    public static String zookeeperTag(String tag) {
        return version(tag);
    }

    public static String zookeeperSize(String size) {
        return LaunchRequest.ZookeeperOptions.SINGLE.equals(size) || LaunchRequest.ZookeeperOptions.ENSEMBLE.equals(size)
                ? null : "ZooKeeper size is \"single\" or \"ensemble\".";
    }
}
