package com.accountdesk.api.acm;

import com.accountdesk.api.ApiException;
import com.accountdesk.model.LaunchOptionRules;
import com.accountdesk.model.LaunchRequest;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The ways a cluster launch can be written: ACM 26.1.59's published path and body, the same with
 * {@code secure} as a JSON boolean (which live clients report the backend wants), and the Altinity
 * API Guide's older path and body. A client starts with {@link #PUBLISHED} and moves on only after
 * an answer that proves nothing was launched (see {@link #after}).
 */
public enum LaunchForm {
    PUBLISHED,
    PUBLISHED_BOOLEAN_SECURE,
    GUIDE;

    /** The path below the API's base, with the environment id already escaped as one segment. */
    String path(String environmentSegment) {
        return this == GUIDE ? environmentSegment + "/cluster-launch" : "environment/" + environmentSegment + "/clusters/launch";
    }

    /** The body, field names and types as this form has them. */
    public Map<String, Object> body(LaunchRequest r) {
        return this == GUIDE ? guideBody(r) : publishedBody(r, this == PUBLISHED_BOOLEAN_SECURE);
    }

    /**
     * The form to try once more after {@code refusal}, or null to give up. Only refusals that mean
     * "nothing was launched" qualify: a 404 at the published path (the server predates it), and a 400
     * that names {@code secure} (the server wants a boolean). A second refusal of the same kind is final.
     */
    LaunchForm after(ApiException refusal) {
        if (this != GUIDE && refusal.kind() == ApiException.Kind.NOT_FOUND && refusal.status() == 404) {
            return GUIDE;
        }
        if (this == PUBLISHED && refusal.kind() == ApiException.Kind.INVALID_INPUT && namesSecure(refusal)) {
            return PUBLISHED_BOOLEAN_SECURE;
        }
        return null;
    }

    private static boolean namesSecure(ApiException refusal) {
        if (refusal.field().map(f -> f.equals("secure") || f.equals("mysqlProtocol")).orElse(false)) {
            return true;
        }
        String said = refusal.serverMessage();
        return said != null && said.toLowerCase(Locale.ROOT).matches(".*\\b(secure|mysqlprotocol)\\b.*");
    }

    /** ACM 26.1.59: counts as strings, secure 0/1, nodeType, httpPort/port, role; adminUser as live clients send it. */
    private static Map<String, Object> publishedBody(LaunchRequest r, boolean booleanSecure) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", r.name());
        body.put("role", r.role());
        body.put("nodeType", r.nodeType());
        body.put("nodes", String.valueOf(r.nodes()));
        body.put("shards", String.valueOf(r.shards()));
        body.put("replicas", String.valueOf(r.replicas()));
        body.put("size", r.sizeGb());
        if (!r.version().isEmpty()) {
            body.put("version", r.version());
        }
        body.put("adminUser", r.adminUser());
        body.put("adminPass", r.adminPass().reveal());
        body.put("secure", booleanSecure ? (Object) r.secure() : (Object) (r.secure() ? 1 : 0));
        body.put("httpPort", r.httpsPort());
        body.put("port", r.tcpPortSecure());
        zookeeper(r, body);
        extras(r.extras(), body, booleanSecure);
        return body;
    }

    /**
     * ACM's wizard fields, each sent only when chosen, under 26.1.59's names and types:
     * {@code keeperName}, {@code ipWhitelist} (one comma-separated string), {@code lbType},
     * {@code mysqlProtocol} 0/1 (a boolean in the boolean form) with {@code mysqlPort},
     * {@code azlist}, {@code storageClass}, {@code uptime} with {@code uptimeSettings} (and {@code timezone} for a schedule).
     */
    private static void extras(LaunchRequest.Extras x, Map<String, Object> body, boolean booleanFlags) {
        if (!x.keeperName().isEmpty()) {
            body.put("keeperName", x.keeperName());
        }
        if (!x.ipRestrictions().isEmpty()) {
            body.put("ipWhitelist", String.join(",", x.ipRestrictions()));
        }
        if (!x.lbType().isEmpty()) {
            body.put("lbType", x.lbType());
        }
        if (x.mysqlPort() > 0) {
            body.put("mysqlProtocol", booleanFlags ? (Object) Boolean.TRUE : (Object) 1);
            body.put("mysqlPort", x.mysqlPort());
        }
        if (!x.zones().isEmpty()) {
            body.put("azlist", x.zones());
        }
        if (!x.storageClass().isEmpty()) {
            body.put("storageClass", x.storageClass());
        }
        LaunchRequest.Uptime up = x.uptime();
        switch (up.mode()) {
            case ALWAYS_ON -> { } // the default: nothing sent
            case STOP_WHEN_INACTIVE -> {
                body.put("uptime", LaunchOptionRules.UPTIME_INACTIVE);
                body.put("uptimeSettings", Map.of("inactiveHours", up.idleHours()));
            }
            case SCHEDULE -> {
                body.put("uptime", LaunchOptionRules.UPTIME_SCHEDULE);
                Map<String, Object> settings = new LinkedHashMap<>();
                settings.put("stopAt", up.stopAt());
                settings.put("startAt", up.startAt());
                body.put("uptimeSettings", settings);
                body.put("timezone", "UTC");
            }
        }
    }

    /** The Altinity API Guide's example, field for field. */
    private static Map<String, Object> guideBody(LaunchRequest r) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", r.name());
        body.put("adminUser", r.adminUser());
        body.put("adminPass", r.adminPass().reveal());
        body.put("version", r.version());
        body.put("instanceType", r.nodeType());
        body.put("nodes", r.nodes());
        body.put("shards", r.shards());
        body.put("replicas", r.replicas());
        body.put("size", r.sizeGb());
        body.put("secure", r.secure());
        body.put("https_port", r.httpsPort());
        body.put("tcp_port_secure", r.tcpPortSecure());
        zookeeper(r, body);
        return body;
    }

    private static void zookeeper(LaunchRequest r, Map<String, Object> body) {
        body.put("zookeeper", r.zookeeper());
        if (r.zookeeperOptions() != null) {
            Map<String, Object> zk = new LinkedHashMap<>();
            zk.put("tag", r.zookeeperOptions().tag() == null ? "" : r.zookeeperOptions().tag());
            zk.put("size", r.zookeeperOptions().size());
            body.put("zookeeperOptions", zk);
        }
    }
}
