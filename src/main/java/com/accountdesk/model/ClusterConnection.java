package com.accountdesk.model;

import java.net.URI;

/**
 * How to reach a cluster: its host, the native (TCP) and HTTP(S) ports, and ready-made commands for
 * the admin user. None holds the password: clickhouse-client asks for it ({@code --ask-password}),
 * mysql too ({@code --password} without a value), and the URL leaves it out for the browser or curl to ask.
 *
 * @param host      the cluster's endpoint host
 * @param tcpPort   ClickHouse's native protocol port (9440 with TLS, 9000 without)
 * @param httpPort  the HTTP interface's port (8443 with TLS, 8123 without)
 * @param secure    TLS on both
 * @param mysqlPort the MySQL protocol's port, or 0 when the cluster does not speak it
 */
public record ClusterConnection(String host, int tcpPort, int httpPort, boolean secure, int mysqlPort) {
    public static final int SECURE_TCP = 9440;
    public static final int SECURE_HTTPS = 8443;
    public static final int PLAIN_TCP = 9000;
    public static final int PLAIN_HTTP = 8123;

    /** Without the MySQL protocol. */
    public ClusterConnection(String host, int tcpPort, int httpPort, boolean secure) {
        this(host, tcpPort, httpPort, secure, 0);
    }

    /** From what ACM reports: {@code endpoint} (a host, maybe with a port) and {@code endpointHTTP} (a URL). Null when neither names a host. */
    public static ClusterConnection of(Cluster c) {
        String host = hostOf(c.endpoint());
        int tcp = portOf(c.endpoint(), c.secure() ? SECURE_TCP : PLAIN_TCP);
        URI http = uri(c.endpointHttp());
        int httpPort = c.secure() ? SECURE_HTTPS : PLAIN_HTTP;
        boolean secure = c.secure();
        if (http != null && http.getHost() != null) {
            if (host.isEmpty()) {
                host = http.getHost();
            }
            secure = secure || "https".equalsIgnoreCase(http.getScheme());
            httpPort = http.getPort() > 0 ? http.getPort() : ("https".equalsIgnoreCase(http.getScheme()) ? 443 : 80);
        }
        int mysql = c.mysqlProtocol() && c.mysqlPort() > 0 ? c.mysqlPort() : 0;
        return host.isEmpty() ? null : new ClusterConnection(host, tcp, httpPort, secure, mysql);
    }

    /** {@code clickhouse-client} for {@code user}; it asks for the password. */
    public String clickhouseClientCommand(String user) {
        return "clickhouse-client --host " + host + " --port " + tcpPort + (secure ? " --secure" : "")
                + " --user " + user + " --ask-password";
    }

    /** True when the cluster speaks the MySQL protocol on {@link #mysqlPort}. */
    public boolean hasMysql() {
        return mysqlPort > 0;
    }

    /** The {@code mysql} client for {@code user} on the MySQL port; {@code --password} with no value makes it ask. */
    public String mysqlClientCommand(String user) {
        return "mysql --host " + host + " --port " + mysqlPort + " --user " + user + " --password";
    }

    /** The HTTP interface for {@code user}, e.g. https://admin@host:8443; the password is asked for. */
    public String httpUrl(String user) {
        return (secure ? "https" : "http") + "://" + user + "@" + host + ":" + httpPort;
    }

    private static String hostOf(String endpoint) {
        if (endpoint == null || endpoint.isBlank()) {
            return "";
        }
        String e = endpoint.trim();
        if (e.contains("://")) {
            URI u = uri(e);
            return u == null || u.getHost() == null ? "" : u.getHost();
        }
        int colon = e.lastIndexOf(':');
        return colon > 0 && e.substring(colon + 1).matches("\\d{1,5}") ? e.substring(0, colon) : e;
    }

    private static int portOf(String endpoint, int fallback) {
        if (endpoint == null || endpoint.contains("://")) {
            return fallback;
        }
        int colon = endpoint.trim().lastIndexOf(':');
        String tail = colon > 0 ? endpoint.trim().substring(colon + 1) : "";
        return tail.matches("\\d{1,5}") ? Integer.parseInt(tail) : fallback;
    }

    private static URI uri(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return URI.create(text.trim());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
