package com.accountdesk.sandbox;

import com.accountdesk.model.ClusterRules;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * The sandbox's server-side check of a cluster-launch body, with the wizard's rules, in both forms
 * ACM has taken it: 26.1.59's published one and the Altinity API Guide's older one.
 */
final class ClusterLaunchRules {
    private ClusterLaunchRules() {
    }

    /** The parts of a valid launch the sandbox records. */
    record Launch(String name, int nodes, int shards, int replicas, boolean secure, String nodeType, String version) {
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
        return new Launch(name, nodes, shards, replicas, secureFlag(body), text(body, "nodeType"), nullToEmpty(text(body, "version")));
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
                nullToEmpty(text(body, "version")));
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

    private static void require(String field, String problem) throws SandboxError {
        if (problem != null) {
            throw AcmApi.invalid(field, field + ": " + problem);
        }
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
