package com.accountdesk.api;

import okhttp3.HttpUrl;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;

/** Which endpoints the app will talk to: HTTPS anywhere, plain HTTP only on this machine. */
public final class Endpoints {
    private Endpoints() {
    }

    /**
     * Parses a base URL the user typed and refuses plain HTTP to anything but loopback, so a key is
     * never sent in the clear over a network.
     */
    public static HttpUrl parseBase(String typed) throws ApiException {
        String text = typed == null ? "" : typed.trim();
        if (text.isEmpty()) {
            throw new ApiException(ApiException.Kind.INVALID_INPUT, "The endpoint URL is empty.");
        }
        HttpUrl url = HttpUrl.parse(text);
        if (url == null) {
            // Not quoted back when it may hold a user name and password (user:pass@host).
            throw new ApiException(ApiException.Kind.INVALID_INPUT, (text.contains("@") ? "The endpoint" : "'" + text + "'")
                    + " is not a URL; it should look like https://acm.altinity.cloud/api.");
        }
        if (!url.username().isEmpty() || !url.password().isEmpty()) {
            // A password in a URL ends up in saved accounts, logs and window titles: refused, not kept.
            throw new ApiException(ApiException.Kind.INVALID_INPUT,
                    "The endpoint URL must not contain a user name or password (user:password@); give only the address, "
                            + "e.g. https://" + url.host() + ", and sign in with the form.");
        }
        if (!url.isHttps() && !isLoopback(url.host())) {
            throw new ApiException(ApiException.Kind.INSECURE_ENDPOINT,
                    "Plain HTTP is only allowed to this computer (127.0.0.1, ::1, localhost); use https:// for "
                            + url.host() + ".");
        }
        // Paths are appended to the base, so it must end with a slash for resolve() to keep it.
        String path = url.encodedPath();
        return path.endsWith("/") ? url : url.newBuilder().encodedPath(path + "/").build();
    }

    /**
     * One path segment with every character but letters, digits and {@code - _ ~} percent-encoded:
     * an id from a server can neither leave its place in the path nor carry anything a shell or a
     * log would read as syntax. "." and ".." are refused (URL resolution would climb with them, even
     * encoded).
     *
     * @throws IllegalArgumentException for an empty value, "." or ".."
     */
    public static String pathSegment(String value) {
        if (value.isEmpty() || ".".equals(value) || "..".equals(value)) {
            throw new IllegalArgumentException("an id of '" + value + "' cannot be a path segment");
        }
        StringBuilder s = new StringBuilder();
        for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '_' || c == '~') {
                s.append((char) c);
            } else {
                s.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
            }
        }
        return s.toString();
    }

    /**
     * True for "localhost" and for literal loopback addresses only: 127.0.0.0/8 written as four
     * decimal numbers, and IPv6 loopback. Nothing is ever looked up: a name (even one like
     * "127.0.0.1.5") counts as remote, since its answer could change between this check and the
     * connection.
     */
    public static boolean isLoopback(String host) {
        if ("localhost".equalsIgnoreCase(host)) {
            return true;
        }
        String h = host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
        if (h.matches("(\\d{1,3})(\\.\\d{1,3}){3}")) {
            String[] parts = h.split("\\.");
            for (String part : parts) {
                if (Integer.parseInt(part) > 255) {
                    return false;
                }
            }
            return Integer.parseInt(parts[0]) == 127;
        }
        if (h.contains(":") && h.matches("[0-9A-Fa-f:.]+")) {
            try {
                return InetAddress.getByName(h).isLoopbackAddress(); // an IPv6 literal: parsed, never looked up
            } catch (UnknownHostException e) {
                return false;
            }
        }
        return false;
    }
}
