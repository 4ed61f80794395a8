package com.accountdesk.sandbox;

import com.accountdesk.model.ClusterRules;
import com.fasterxml.jackson.databind.JsonNode;

/** The sandbox's server-side check of a cluster-launch body, with the wizard's rules. */
final class ClusterLaunchRules {
    private ClusterLaunchRules() {
    }

    /** The parts of a valid launch the sandbox records. */
    record Launch(String name, int nodes, int shards, int replicas) {
    }

    static Launch check(JsonNode body) throws SandboxError {
        if (body == null || !body.isObject()) {
            throw AcmApi.invalid(null, "The body must be a JSON object.");
        }
        String name = text(body, "name");
        require("name", ClusterRules.name(name));
        require("adminUser", ClusterRules.adminUser(text(body, "adminUser")));
        require("adminPass", ClusterRules.adminPassword(text(body, "adminPass")));
        require("version", ClusterRules.version(text(body, "version")));
        require("instanceType", ClusterRules.instanceType(text(body, "instanceType")));
        int shards = number(body, "shards");
        int replicas = number(body, "replicas");
        int nodes = number(body, "nodes");
        require("shards", ClusterRules.shards(shards));
        require("replicas", ClusterRules.replicas(replicas));
        require("nodes", ClusterRules.nodes(nodes));
        require("size", ClusterRules.diskGb(number(body, "size")));
        int https = number(body, "https_port");
        int tcp = number(body, "tcp_port_secure");
        require("https_port", ClusterRules.port(https));
        require("tcp_port_secure", ClusterRules.port(tcp));
        require("tcp_port_secure", ClusterRules.portsDiffer(https, tcp));
        String zookeeper = text(body, "zookeeper");
        require("zookeeper", ClusterRules.zookeeper(zookeeper));
        JsonNode zk = body.get("zookeeperOptions");
        if ("launch".equals(zookeeper) && zk != null && zk.isObject()) {
            require("zookeeperOptions", ClusterRules.zookeeperSize(text(zk, "size")));
            require("zookeeperOptions", ClusterRules.zookeeperTag(text(zk, "tag")));
        }
        return new Launch(name, nodes, shards, replicas);
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

    /** Numbers may come as 2 or "2" (the OpenAPI description types counts as strings). */
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
