package com.accountdesk.model;

import java.math.BigInteger;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Allow Domains entries: host names, wildcard domains (*.example.com), IPv4, IPv6 and CIDR ranges.
 * One set of rules for the UI's validation and the sandbox's, so both refuse the same entries.
 */
public final class AllowDomains {
    private static final Pattern LABEL = Pattern.compile("[a-zA-Z0-9]([a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?");
    private static final Pattern IPV4 = Pattern.compile("(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})");

    private AllowDomains() {
    }

    /** Entries typed separated by commas or new lines, trimmed, blanks dropped. */
    public static List<String> split(String text) {
        return Arrays.stream(text.split("[,\\n\\r]+")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }

    /** Why an entry is refused; the UI and the sandbox each word it in their own way. */
    public enum Code {
        EMPTY, CONTAINS_SPACE, CIDR_WITHOUT_ADDRESS, CIDR_PREFIX, INVALID_IPV6, INVALID_IPV4, WILDCARD_NOT_FIRST,
        TOO_LONG, EMPTY_LABEL, INVALID_LABEL, WILDCARD_TOO_SHORT
    }

    /**
     * What is wrong with an entry.
     *
     * @param value the offending part, for the codes that have one: the largest prefix length
     *              allowed ({@link Code#CIDR_PREFIX}) or the bad label ({@link Code#INVALID_LABEL}); else ""
     */
    public record Problem(Code code, String value) {
        static Problem of(Code code) {
            return new Problem(code, "");
        }
    }

    /** Why an entry is not valid, or null when it is. */
    public static Problem problem(String entry) {
        String e = entry.trim();
        if (e.isEmpty()) {
            return Problem.of(Code.EMPTY);
        }
        if (e.contains(" ")) {
            return Problem.of(Code.CONTAINS_SPACE);
        }
        int slash = e.indexOf('/');
        if (slash >= 0) {
            String address = e.substring(0, slash);
            String bits = e.substring(slash + 1);
            boolean v4 = isIpv4(address);
            if (!v4 && !isIpv6(address)) {
                return Problem.of(Code.CIDR_WITHOUT_ADDRESS);
            }
            int max = v4 ? 32 : 128;
            if (!bits.matches("\\d{1,3}") || Integer.parseInt(bits) > max) {
                return new Problem(Code.CIDR_PREFIX, String.valueOf(max));
            }
            return null;
        }
        if (e.contains(":")) {
            return isIpv6(e) ? null : Problem.of(Code.INVALID_IPV6);
        }
        if (IPV4.matcher(e).matches()) {
            return isIpv4(e) ? null : Problem.of(Code.INVALID_IPV4);
        }
        String host = e.startsWith("*.") ? e.substring(2) : e;
        if (host.contains("*")) {
            return Problem.of(Code.WILDCARD_NOT_FIRST);
        }
        if (host.length() > 253) {
            return Problem.of(Code.TOO_LONG);
        }
        String[] labels = host.split("\\.", -1);
        for (String label : labels) {
            if (!LABEL.matcher(label).matches()) {
                return label.isEmpty() ? Problem.of(Code.EMPTY_LABEL) : new Problem(Code.INVALID_LABEL, label);
            }
        }
        if (e.startsWith("*.") && labels.length < 2) {
            return Problem.of(Code.WILDCARD_TOO_SHORT);
        }
        return null;
    }

    public static boolean isIpv4(String s) {
        var m = IPV4.matcher(s);
        if (!m.matches()) {
            return false;
        }
        for (int i = 1; i <= 4; i++) {
            if (Integer.parseInt(m.group(i)) > 255) {
                return false;
            }
        }
        return true;
    }

    public static boolean isIpv6(String s) {
        if (!s.contains(":") || !s.matches("[0-9a-fA-F:.]+")) {
            return false;
        }
        try {
            // Only literals reach here (hex digits, colons, dots), so no DNS look-up happens.
            return InetAddress.getByName(s) instanceof Inet6Address
                    || s.startsWith("::ffff:");
        } catch (UnknownHostException e) {
            return false;
        }
    }

    /** Whether an IP or CIDR entry covers the address; names never match an address. */
    public static boolean covers(String entry, InetAddress address) {
        String e = entry.trim();
        int slash = e.indexOf('/');
        String base = slash >= 0 ? e.substring(0, slash) : e;
        if (!isIpv4(base) && !isIpv6(base)) {
            return false;
        }
        try {
            byte[] net = InetAddress.getByName(base).getAddress();
            byte[] addr = address.getAddress();
            if (net.length != addr.length) {
                return false;
            }
            int bits = slash >= 0 ? Integer.parseInt(e.substring(slash + 1)) : net.length * 8;
            if (bits == 0) {
                return true;
            }
            int shift = net.length * 8 - bits;
            return new BigInteger(1, net).shiftRight(shift).equals(new BigInteger(1, addr).shiftRight(shift));
        } catch (UnknownHostException | NumberFormatException ex) {
            return false;
        }
    }
}
