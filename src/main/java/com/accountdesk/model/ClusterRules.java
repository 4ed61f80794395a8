package com.accountdesk.model;

import java.util.Collection;
import java.util.regex.Pattern;

/**
 * The rules a cluster launch must meet. The wizard checks them as the user types and the sandbox
 * checks them again on the server side; each returns the rule broken as a {@link Problem} (a
 * {@link Code} and the offending value), or null when the value is fine. The UI words a problem
 * through its texts, the sandbox in its own English.
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

    /** The rules, one code each. */
    public enum Code {
        NAME_EMPTY, NAME_TOO_LONG, NAME_START, NAME_CHARS, NAME_END_HYPHEN,
        /** value: the name */
        NAME_TAKEN,
        /** value: the clusters the environment has */
        ENVIRONMENT_FULL,
        ADMIN_USER_EMPTY, ADMIN_USER_CHARS, PASSWORD_EMPTY, PASSWORD_SHORT,
        /** An image tag (version, ZooKeeper tag) with other characters. */
        TAG_CHARS,
        NODE_TYPE_EMPTY, NODE_TYPE_CHARS, SHARDS_RANGE, REPLICAS_RANGE, NODES_RANGE, DISK_RANGE,
        /** A warning, not a refusal. value: "shards×replicas nodes", e.g. "4 3" */
        NODES_MISMATCH,
        PORT_RANGE, PORTS_SAME, ZOOKEEPER_VALUE, ZOOKEEPER_SIZE
    }

    /** A rule broken, and by what ("" when the value says nothing more). */
    public record Problem(Code code, String value) {
        static Problem of(Code code) {
            return new Problem(code, "");
        }
    }

    private ClusterRules() {
    }

    public static Problem name(String name) {
        if (name == null || name.isEmpty()) {
            return Problem.of(Code.NAME_EMPTY);
        }
        if (name.length() > MAX_NAME_LENGTH) {
            return new Problem(Code.NAME_TOO_LONG, name);
        }
        if (!Character.isLetter(name.charAt(0)) || !Character.isLowerCase(name.charAt(0))) {
            return new Problem(Code.NAME_START, name);
        }
        if (!NAME.matcher(name).matches()) {
            return new Problem(Code.NAME_CHARS, name);
        }
        if (name.endsWith("-")) {
            return new Problem(Code.NAME_END_HYPHEN, name);
        }
        return null;
    }

    /** A name already used by a cluster of the environment (names compare without case). */
    public static Problem nameAvailable(String name, Collection<String> existingNames) {
        if (name == null || existingNames == null) {
            return null;
        }
        return existingNames.stream().anyMatch(name::equalsIgnoreCase) ? new Problem(Code.NAME_TAKEN, name) : null;
    }

    /** An environment with no room for another cluster. */
    public static Problem environmentFull(int clusters) {
        return clusters >= MAX_CLUSTERS_PER_ENVIRONMENT ? new Problem(Code.ENVIRONMENT_FULL, String.valueOf(clusters)) : null;
    }

    public static Problem adminUser(String user) {
        if (user == null || user.isEmpty()) {
            return Problem.of(Code.ADMIN_USER_EMPTY);
        }
        return USER.matcher(user).matches() ? null : new Problem(Code.ADMIN_USER_CHARS, user);
    }

    /** The value is never repeated in the problem: it is a password. */
    public static Problem adminPassword(String password) {
        if (password == null || password.isEmpty()) {
            return Problem.of(Code.PASSWORD_EMPTY);
        }
        return password.length() < MIN_PASSWORD_LENGTH ? Problem.of(Code.PASSWORD_SHORT) : null;
    }

    public static Problem version(String version) {
        if (version == null || version.isEmpty()) {
            return null; // the environment's default
        }
        return TAG.matcher(version).matches() ? null : new Problem(Code.TAG_CHARS, version);
    }

    public static Problem nodeType(String type) {
        if (type == null || type.isEmpty()) {
            return Problem.of(Code.NODE_TYPE_EMPTY);
        }
        return NODE_TYPE.matcher(type).matches() ? null : new Problem(Code.NODE_TYPE_CHARS, type);
    }

    public static Problem shards(int shards) {
        return shards < 1 || shards > MAX_SHARDS ? new Problem(Code.SHARDS_RANGE, String.valueOf(shards)) : null;
    }

    public static Problem replicas(int replicas) {
        return replicas < 1 || replicas > MAX_REPLICAS ? new Problem(Code.REPLICAS_RANGE, String.valueOf(replicas)) : null;
    }

    public static Problem nodes(int nodes) {
        return nodes < 1 || nodes > MAX_SHARDS * MAX_REPLICAS ? new Problem(Code.NODES_RANGE, String.valueOf(nodes)) : null;
    }

    public static Problem diskGb(int size) {
        return size < 1 || size > MAX_DISK_GB ? new Problem(Code.DISK_RANGE, String.valueOf(size)) : null;
    }

    /** Not an error: a warning shown when the node count is not shards × replicas (value: "product nodes"). */
    public static Problem nodesMismatch(int shards, int replicas, int nodes) {
        return nodes == shards * replicas ? null : new Problem(Code.NODES_MISMATCH, shards * replicas + " " + nodes);
    }

    public static Problem port(int port) {
        return port < 1 || port > 65535 ? new Problem(Code.PORT_RANGE, String.valueOf(port)) : null;
    }

    public static Problem portsDiffer(int httpsPort, int tcpPort) {
        return httpsPort == tcpPort ? new Problem(Code.PORTS_SAME, String.valueOf(httpsPort)) : null;
    }

    public static Problem zookeeper(String zookeeper) {
        return zookeeper == null || zookeeper.isEmpty() || LaunchRequest.ZOOKEEPER_LAUNCH.equals(zookeeper)
                ? null : new Problem(Code.ZOOKEEPER_VALUE, zookeeper);
    }

    public static Problem zookeeperTag(String tag) {
        return version(tag);
    }

    public static Problem zookeeperSize(String size) {
        return LaunchRequest.ZookeeperOptions.SINGLE.equals(size) || LaunchRequest.ZookeeperOptions.ENSEMBLE.equals(size)
                ? null : new Problem(Code.ZOOKEEPER_SIZE, size == null ? "" : size);
    }
}
