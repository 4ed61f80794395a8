package com.accountdesk.model;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * How to reach a cluster: its host, the native (TCP) and HTTP(S) ports, and ready-made commands for
 * the admin user. None holds the password: clickhouse-client asks for it ({@code --ask-password}),
 * mysql too ({@code --password} without a value), and the URL leaves it out for the browser or curl to ask.
 * The host is the server's text: a command is made only when it is a host name or an IP address
 * ({@link #hostIsUsable()}), and then with every word quoted ({@link ShellCommand}).
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
    /** A DNS name (letters, digits, '-' and '_' in dot-separated labels, none starting with '-') or an IPv4 address. */
    private static final Pattern HOST_NAME = Pattern.compile(
            "(?=.{1,253}$)[A-Za-z0-9_]([A-Za-z0-9_-]{0,61}[A-Za-z0-9_])?(\\.[A-Za-z0-9_]([A-Za-z0-9_-]{0,61}[A-Za-z0-9_])?)*\\.?");
    /** An IPv6 address, bracketed as in a URL or not. */
    private static final Pattern IPV6 = Pattern.compile("\\[?[0-9A-Fa-f]{0,4}(:[0-9A-Fa-f]{0,4}){2,7}(:\\d{1,3}(\\.\\d{1,3}){3})?]?");

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

    /**
     * Whether the host is a host name or an IP address, and so may go into a command: a server can
     * name anything as its endpoint ({@code x;touch PWNED}, a newline, {@code --option}).
     */
    public boolean hostIsUsable() {
        return isHostNameOrAddress(host);
    }

    /** A DNS name, an IPv4 or an IPv6 address (nothing a shell or a program's options would read as more). */
    public static boolean isHostNameOrAddress(String host) {
        return host != null && (HOST_NAME.matcher(host).matches()
                || (IPV6.matcher(host).matches() && host.startsWith("[") == host.endsWith("]")));
    }

    /** {@code clickhouse-client} for {@code user}; it asks for the password. Empty when the host is not usable. */
    public Optional<String> clickhouseClientCommand(String user) {
        if (!hostIsUsable()) {
            return Optional.empty();
        }
        List<String> words = new ArrayList<>(List.of("clickhouse-client", "--host", bare(host), "--port", String.valueOf(tcpPort)));
        if (secure) {
            words.add("--secure");
        }
        words.addAll(List.of("--user", user, "--ask-password"));
        return Optional.of(ShellCommand.of(words.toArray(String[]::new)));
    }

    /** True when the cluster speaks the MySQL protocol on {@link #mysqlPort}. */
    public boolean hasMysql() {
        return mysqlPort > 0;
    }

    /**
     * The {@code mysql} client for {@code user} on the MySQL port; {@code --password} with no value
     * makes it ask. Empty when the host is not usable.
     */
    public Optional<String> mysqlClientCommand(String user) {
        return hostIsUsable() ? Optional.of(ShellCommand.of("mysql", "--host", bare(host), "--port", String.valueOf(mysqlPort),
                "--user", user, "--password")) : Optional.empty();
    }

    /** An IPv6 address without a URL's brackets, as the clients take it. */
    private static String bare(String host) {
        return host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
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
