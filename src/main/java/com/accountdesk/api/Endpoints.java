package com.accountdesk.api;

import okhttp3.HttpUrl;

import java.net.InetAddress;
import java.net.UnknownHostException;

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
            throw new ApiException(ApiException.Kind.INVALID_INPUT,
                    "'" + text + "' is not a URL; it should look like https://acm.altinity.cloud/api.");
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
        for (byte b : value.getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
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

    /** True for 127.0.0.0/8, ::1 and "localhost", judged from the literal without a DNS look-up. */
    public static boolean isLoopback(String host) {
        if ("localhost".equalsIgnoreCase(host)) {
            return true;
        }
        String h = host.startsWith("[") ? host.substring(1, host.length() - 1) : host;
        if (!h.matches("[0-9.]+") && !h.contains(":")) {
            return false; // a name: never resolved here, so it counts as remote
        }
        try {
            return InetAddress.getByName(h).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
