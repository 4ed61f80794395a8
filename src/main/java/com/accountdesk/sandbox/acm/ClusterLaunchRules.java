package com.accountdesk.sandbox.acm;

import com.accountdesk.sandbox.http.SandboxError;
import com.accountdesk.model.ClusterRules;
import com.accountdesk.model.LaunchOptionRules;
import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;

/**
 * The sandbox's server-side check of a cluster-launch body, with the wizard's rules, in both forms
 * ACM has taken it: 26.1.59's published one and the Altinity API Guide's older one.
 */
final class ClusterLaunchRules {
    private ClusterLaunchRules() {
    }

    /** The parts of a valid launch the sandbox records. */
    record Launch(String name, int nodes, int shards, int replicas, boolean secure, String nodeType, String version,
                  String keeperName, List<String> zones, String storageClass) {
    }

    /** A valid rescale body. */
    record Rescale(String nodeType, int shards, int replicas) {
    }

    /** {@code PUT /cluster/{id}/rescale}: nodeType, and shards and replicas as strings of digits (as published). */
    static Rescale checkRescale(JsonNode body) throws SandboxError {
        requireObject(body);
        String nodeType = text(body, "nodeType");
        require("nodeType", ClusterRules.nodeType(nodeType));
        int shards = digits(body, "shards");
        int replicas = digits(body, "replicas");
        require("shards", ClusterRules.shards(shards));
        require("replicas", ClusterRules.replicas(replicas));
        return new Rescale(nodeType, shards, replicas);
    }

    /** {@code PUT /cluster/{id}/upgrade}: a version (image tag) is required. */
    static String checkUpgrade(JsonNode body) throws SandboxError {
        requireObject(body);
        String version = text(body, "version");
        if (version == null || version.isBlank()) {
            throw AcmApi.invalid("version", "version: enter the version to upgrade to.");
        }
        require("version", ClusterRules.version(version));
        return version;
    }

    /**
     * ACM 26.1.59's body, typed as its description says: counts as strings of digits, nodeType,
     * httpPort/port; secure 0/1 or (as live clients report the backend wants) a boolean; role
     * required (reported: omitting it gives HTTP 500); adminUser with adminPass (reported).
     */
    static Launch checkPublished(JsonNode body) throws SandboxError {
        requireObject(body);
        String role = text(body, "role");
        if (role == null || role.isBlank()) {
            throw new SandboxError(500, AcmApi.errorBody("Internal server error.", 500, null));
        }
        if (!role.equals("prod") && !role.equals("dev")) {
            throw AcmApi.invalid("role", "role: use prod or dev.");
        }
        String name = text(body, "name");
        require("name", ClusterRules.name(name));
        if (body.hasNonNull("adminPass")) {
            require("adminUser", ClusterRules.adminUser(text(body, "adminUser")));
            require("adminPass", ClusterRules.adminPassword(text(body, "adminPass")));
        }
        require("version", ClusterRules.version(text(body, "version")));
        require("nodeType", ClusterRules.nodeType(text(body, "nodeType")));
        int shards = digits(body, "shards");
        int replicas = digits(body, "replicas");
        int nodes = digits(body, "nodes");
        topology(shards, replicas, nodes);
        require("size", ClusterRules.diskGb(integer(body, "size")));
        int https = integer(body, "httpPort");
        int tcp = integer(body, "port");
        require("httpPort", ClusterRules.port(https));
        require("port", ClusterRules.port(tcp));
        require("port", ClusterRules.portsDiffer(https, tcp));
        zookeeper(body);
        String keeperName = keeper(body);
        List<String> zones = zoneList(body);
        extras(body, https, tcp);
        JsonNode storage = body.get("storageClass");
        if (storage != null && !storage.isNull() && !storage.isTextual()) {
            throw AcmApi.invalid("storageClass", "storageClass must be a string.");
        }
        return new Launch(name, nodes, shards, replicas, secureFlag(body), text(body, "nodeType"), nullToEmpty(text(body, "version")),
                keeperName, zones, storage == null || storage.isNull() ? "" : storage.asText());
    }

    /** An existing Keeper instead of a new ZooKeeper (never both, as the Terraform provider reports); "" for none. */
    private static String keeper(JsonNode body) throws SandboxError {
        if (!body.hasNonNull("keeperName")) {
            return "";
        }
        String name = text(body, "keeperName");
        require("keeperName", LaunchOptionRules.keeper(name, "launch".equals(text(body, "zookeeper")), null));
        return name;
    }

    private static List<String> zoneList(JsonNode body) throws SandboxError {
        JsonNode z = body.get("azlist");
        if (z == null || z.isNull()) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        if (z.isArray()) {
            for (JsonNode e : z) {
                if (!e.isTextual()) {
                    break;
                }
                out.add(e.asText());
            }
        }
        if (!z.isArray() || out.size() != z.size()) {
            throw AcmApi.invalid("azlist", "azlist must be a list of zone names.");
        }
        return out;
    }

    /** ACM's wizard fields, typed as 26.1.59 has them and checked as the wizard checks them. */
    private static void extras(JsonNode body, int https, int tcp) throws SandboxError {
        JsonNode ips = body.get("ipWhitelist");
        if (ips != null && !ips.isNull()) {
            if (!ips.isTextual()) {
                throw AcmApi.invalid("ipWhitelist", "ipWhitelist must be a string of comma-separated CIDR ranges.");
            }
            for (LaunchOptionRules.Problem p : LaunchOptionRules.ipRestrictions(LaunchOptionRules.splitIpList(ips.asText()))) {
                require("ipWhitelist", p);
            }
        }
        require("lbType", LaunchOptionRules.lbType(text(body, "lbType")));
        JsonNode mysql = body.get("mysqlProtocol");
        boolean mysqlOn = false;
        if (mysql != null && !mysql.isNull()) {
            if (mysql.isBoolean()) {
                mysqlOn = mysql.booleanValue();
            } else if (mysql.isIntegralNumber() && (mysql.asInt() == 0 || mysql.asInt() == 1)) {
                mysqlOn = mysql.asInt() == 1;
            } else {
                throw AcmApi.invalid("mysqlProtocol", "mysqlProtocol: use 0 or 1.");
            }
        }
        if (mysqlOn || body.hasNonNull("mysqlPort")) {
            require("mysqlPort", LaunchOptionRules.mysqlPort(integer(body, "mysqlPort"), https, tcp));
        }
        String uptime = text(body, "uptime");
        if (uptime == null || uptime.isEmpty()) {
            return;
        }
        JsonNode settings = body.get("uptimeSettings");
        if (settings == null || !settings.isObject()) {
            throw AcmApi.invalid("uptimeSettings", "uptimeSettings: an object is required with uptime " + uptime + ".");
        }
        switch (uptime) {
            case LaunchOptionRules.UPTIME_INACTIVE -> require("uptimeSettings",
                    LaunchOptionRules.idleHours(integer(settings, "inactiveHours")));
            case LaunchOptionRules.UPTIME_SCHEDULE -> require("uptimeSettings",
                    LaunchOptionRules.schedule(text(settings, "stopAt"), text(settings, "startAt")));
            default -> throw AcmApi.invalid("uptime", "uptime: use " + LaunchOptionRules.UPTIME_INACTIVE + " or "
                    + LaunchOptionRules.UPTIME_SCHEDULE + ", or leave it out for always on.");
        }
    }

    /** The sandbox's own English for a rule broken (it may not use the app's texts). */
    static String words(LaunchOptionRules.Problem p) {
        return switch (p.code()) {
            case IP_NOT_ADDRESS -> "'" + p.value() + "' is not an IP address or CIDR range.";
            case IP_PREFIX_RANGE -> "'" + p.value() + "' has a prefix length out of range (0-32 for IPv4, 0-128 for IPv6).";
            case IP_TOO_MANY -> "at most " + LaunchOptionRules.MAX_IP_ENTRIES + " entries, not " + p.value() + ".";
            case PORT_RANGE -> "port " + p.value() + " is not 1 to 65535.";
            case PORT_TAKEN -> "port " + p.value() + " is already the HTTPS or TCP port.";
            case IDLE_HOURS_RANGE -> "stop after 1 to " + LaunchOptionRules.MAX_IDLE_HOURS + " idle hours, not " + p.value() + ".";
            case TIME_FORMAT -> "'" + p.value() + "' is not a time written HH:MM.";
            case SAME_TIMES -> "the cluster cannot stop and start at the same time (" + p.value() + ").";
            case KEEPER_NAME -> "'" + p.value() + "' cannot be a Keeper's name.";
            case KEEPER_WITH_ZOOKEEPER -> "use either a new ZooKeeper or the Keeper " + p.value() + ", not both.";
            case KEEPER_UNKNOWN -> "this environment has no Keeper named " + p.value() + ".";
            case ZONE_UNKNOWN -> "this environment has no zone " + p.value() + ".";
            case LB_TYPE -> "'" + p.value() + "' is not a load balancer type.";
            case STORAGE_CLASS_UNKNOWN -> "this environment offers no storage class " + p.value() + ".";
        };
    }

    private static void require(String field, LaunchOptionRules.Problem problem) throws SandboxError {
        if (problem != null) {
            throw AcmApi.invalid(field, field + ": " + words(problem));
        }
    }

    /** The Altinity API Guide's example body, field for field (its curl must keep working). */
    static Launch checkGuide(JsonNode body) throws SandboxError {
        requireObject(body);
        String name = text(body, "name");
        require("name", ClusterRules.name(name));
        require("adminUser", ClusterRules.adminUser(text(body, "adminUser")));
        require("adminPass", ClusterRules.adminPassword(text(body, "adminPass")));
        require("version", ClusterRules.version(text(body, "version")));
        require("instanceType", ClusterRules.nodeType(text(body, "instanceType")));
        int shards = number(body, "shards");
        int replicas = number(body, "replicas");
        int nodes = number(body, "nodes");
        topology(shards, replicas, nodes);
        require("size", ClusterRules.diskGb(number(body, "size")));
        int https = number(body, "https_port");
        int tcp = number(body, "tcp_port_secure");
        require("https_port", ClusterRules.port(https));
        require("tcp_port_secure", ClusterRules.port(tcp));
        require("tcp_port_secure", ClusterRules.portsDiffer(https, tcp));
        zookeeper(body);
        return new Launch(name, nodes, shards, replicas, body.path("secure").asBoolean(), text(body, "instanceType"),
                nullToEmpty(text(body, "version")), "", List.of(), "");
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }

    private static void requireObject(JsonNode body) throws SandboxError {
        if (body == null || !body.isObject()) {
            throw AcmApi.invalid(null, "The body must be a JSON object.");
        }
    }

    private static void topology(int shards, int replicas, int nodes) throws SandboxError {
        require("shards", ClusterRules.shards(shards));
        require("replicas", ClusterRules.replicas(replicas));
        require("nodes", ClusterRules.nodes(nodes));
    }

    private static void zookeeper(JsonNode body) throws SandboxError {
        String zookeeper = text(body, "zookeeper");
        require("zookeeper", ClusterRules.zookeeper(zookeeper));
        JsonNode zk = body.get("zookeeperOptions");
        if ("launch".equals(zookeeper) && zk != null && zk.isObject()) {
            require("zookeeperOptions", ClusterRules.zookeeperSize(text(zk, "size")));
            require("zookeeperOptions", ClusterRules.zookeeperTag(text(zk, "tag")));
        }
    }

    private static boolean secureFlag(JsonNode body) throws SandboxError {
        JsonNode v = body.get("secure");
        if (v == null || v.isNull()) {
            return false;
        }
        if (v.isBoolean()) {
            return v.booleanValue();
        }
        if (v.isIntegralNumber() && (v.asInt() == 0 || v.asInt() == 1)) {
            return v.asInt() == 1;
        }
        throw AcmApi.invalid("secure", "secure: use 0 or 1.");
    }

    private static void require(String field, ClusterRules.Problem problem) throws SandboxError {
        if (problem != null) {
            throw AcmApi.invalid(field, field + ": " + say(problem));
        }
    }

    /** The sandbox's own English for a cluster rule broken; null for none. */
    static String say(ClusterRules.Problem p) {
        if (p == null) {
            return null;
        }
        return switch (p.code()) {
            case NAME_EMPTY -> "Enter a cluster name.";
            case NAME_TOO_LONG -> "At most " + ClusterRules.MAX_NAME_LENGTH + " characters.";
            case NAME_START -> "Start with a lowercase letter.";
            case NAME_CHARS -> "Use only lowercase letters, digits and hyphens.";
            case NAME_END_HYPHEN -> "Do not end with a hyphen.";
            case NAME_TAKEN -> "A cluster named " + p.value() + " already exists in this environment.";
            case ENVIRONMENT_FULL -> "This environment already has " + p.value()
                    + " clusters, its limit: terminate one before launching another.";
            case ADMIN_USER_EMPTY -> "Enter the admin user's name.";
            case ADMIN_USER_CHARS -> "Use letters, digits and underscores, not starting with a digit.";
            case PASSWORD_EMPTY -> "Enter a password for the admin user.";
            case PASSWORD_SHORT -> "At least " + ClusterRules.MIN_PASSWORD_LENGTH + " characters.";
            case TAG_CHARS -> "An image tag uses letters, digits, '.', '_' and '-'.";
            case NODE_TYPE_EMPTY -> "Enter a node type, e.g. n2d-standard-2.";
            case NODE_TYPE_CHARS -> "A node type uses letters, digits, '.', '_' and '-'.";
            case SHARDS_RANGE -> "Shards must be 1 to " + ClusterRules.MAX_SHARDS + ".";
            case REPLICAS_RANGE -> "Replicas must be 1 to " + ClusterRules.MAX_REPLICAS + ".";
            case NODES_RANGE -> "Nodes must be 1 to " + ClusterRules.MAX_SHARDS * ClusterRules.MAX_REPLICAS + ".";
            case DISK_RANGE -> "Disk size must be 1 to " + ClusterRules.MAX_DISK_GB + " GB.";
            case NODES_MISMATCH -> "Shards × replicas is not the node count (" + p.value() + ").";
            case PORT_RANGE -> "A port is 1 to 65535.";
            case PORTS_SAME -> "The HTTPS and TCP ports must differ.";
            case ZOOKEEPER_VALUE -> "ZooKeeper is either \"launch\" or none.";
            case ZOOKEEPER_SIZE -> "ZooKeeper size is \"single\" or \"ensemble\".";
        };
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    /** 26.1.59 types the counts as strings: "2", not 2. */
    private static int digits(JsonNode node, String field) throws SandboxError {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            throw AcmApi.invalid(field, field + " is required.");
        }
        if (!v.isTextual() || !v.asText().matches("\\d{1,9}")) {
            throw AcmApi.invalid(field, field + " must be a string of digits, e.g. \"2\".");
        }
        return Integer.parseInt(v.asText());
    }

    /** 26.1.59 types sizes and ports as integers. */
    private static int integer(JsonNode node, String field) throws SandboxError {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            throw AcmApi.invalid(field, field + " is required.");
        }
        if (!v.isIntegralNumber()) {
            throw AcmApi.invalid(field, field + " must be a whole number.");
        }
        return v.asInt();
    }

    /** The guide's numbers may come as 2 or "2". */
    private static int number(JsonNode node, String field) throws SandboxError {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            throw AcmApi.invalid(field, field + " is required.");
        }
        if (v.isIntegralNumber()) {
            return v.asInt();
        }
        try {
            return Integer.parseInt(v.asText().trim());
        } catch (NumberFormatException e) {
            throw AcmApi.invalid(field, field + " must be a whole number.");
        }
    }
}
