package com.accountdesk.model;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The rules for the launch fields beyond the basics (IP restrictions, MySQL port, uptime schedule,
 * an existing Keeper, availability zones, load balancer type, storage class). The wizard and the sandbox both check
 * them; each answers with a {@link Code} and the offending value, never a sentence: the UI words it
 * through its texts, the sandbox in its own English.
 */
public final class LaunchOptionRules {
    public static final int MAX_IP_ENTRIES = 100;
    public static final int MAX_IDLE_HOURS = 720;
    public static final int DEFAULT_MYSQL_PORT = 9004;
    public static final int DEFAULT_IDLE_HOURS = 4;
    /** Values of the launch body's {@code uptime} selector: 26.1.59 types it as a string and publishes none (ours, unconfirmed). */
    public static final String UPTIME_INACTIVE = "inactive";
    public static final String UPTIME_SCHEDULE = "schedule";
    private static final Pattern TIME = Pattern.compile("([01]\\d|2[0-3]):[0-5]\\d");
    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,62}");

    public enum Code {
        /** An IP restriction that is not an IPv4/IPv6 address or CIDR range. */
        IP_NOT_ADDRESS,
        /** A CIDR prefix length out of range (value: the entry). */
        IP_PREFIX_RANGE,
        /** More entries than {@link #MAX_IP_ENTRIES}. */
        IP_TOO_MANY,
        /** A port outside 1 to 65535. */
        PORT_RANGE,
        /** The MySQL port is the HTTPS or TCP port. */
        PORT_TAKEN,
        /** Idle hours outside 1 to {@link #MAX_IDLE_HOURS}. */
        IDLE_HOURS_RANGE,
        /** A time of day not written HH:MM. */
        TIME_FORMAT,
        /** A schedule that stops and starts at the same time. */
        SAME_TIMES,
        /** No Keeper chosen, or a name that cannot be one. */
        KEEPER_NAME,
        /** Both a new ZooKeeper and an existing Keeper. */
        KEEPER_WITH_ZOOKEEPER,
        /** A Keeper the environment does not have. */
        KEEPER_UNKNOWN,
        /** A zone the environment does not list. */
        ZONE_UNKNOWN,
        /** A load balancer type that is not a plain word. */
        LB_TYPE,
        /** A storage class none of the environment's node types names. */
        STORAGE_CLASS_UNKNOWN
    }

    /** A rule broken, and by what. */
    public record Problem(Code code, String value) {
    }

    private LaunchOptionRules() {
    }

    /** Entries typed separated by commas, spaces or new lines, blanks dropped. */
    public static List<String> splitIpList(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return List.of(text.trim().split("[,\\s]+"));
    }

    /** One IP restriction: an IPv4 or IPv6 address, or a CIDR range of one. */
    public static Problem ipEntry(String entry) {
        String e = entry == null ? "" : entry.trim();
        int slash = e.indexOf('/');
        String address = slash >= 0 ? e.substring(0, slash) : e;
        boolean v4 = AllowDomains.isIpv4(address);
        if (!v4 && !AllowDomains.isIpv6(address)) {
            return new Problem(Code.IP_NOT_ADDRESS, e);
        }
        if (slash >= 0) {
            String bits = e.substring(slash + 1);
            if (!bits.matches("\\d{1,3}") || Integer.parseInt(bits) > (v4 ? 32 : 128)) {
                return new Problem(Code.IP_PREFIX_RANGE, e);
            }
        }
        return null;
    }

    /** Every problem of a list of IP restrictions (empty: all fine; an empty list means no restriction). */
    public static List<Problem> ipRestrictions(List<String> entries) {
        List<Problem> out = new ArrayList<>();
        if (entries.size() > MAX_IP_ENTRIES) {
            out.add(new Problem(Code.IP_TOO_MANY, String.valueOf(entries.size())));
            return out;
        }
        for (String e : entries) {
            Problem p = ipEntry(e);
            if (p != null) {
                out.add(p);
            }
        }
        return out;
    }

    public static Problem mysqlPort(int port, int httpsPort, int tcpPort) {
        if (port < 1 || port > 65535) {
            return new Problem(Code.PORT_RANGE, String.valueOf(port));
        }
        return port == httpsPort || port == tcpPort ? new Problem(Code.PORT_TAKEN, String.valueOf(port)) : null;
    }

    public static Problem idleHours(int hours) {
        return hours < 1 || hours > MAX_IDLE_HOURS ? new Problem(Code.IDLE_HOURS_RANGE, String.valueOf(hours)) : null;
    }

    /** A time of day, 24-hour HH:MM (UTC). */
    public static Problem time(String hhmm) {
        return hhmm != null && TIME.matcher(hhmm).matches() ? null : new Problem(Code.TIME_FORMAT, hhmm == null ? "" : hhmm);
    }

    public static Problem schedule(String stopAt, String startAt) {
        Problem p = time(stopAt);
        if (p == null) {
            p = time(startAt);
        }
        return p != null ? p : stopAt.equals(startAt) ? new Problem(Code.SAME_TIMES, stopAt) : null;
    }

    public static Problem keeperName(String name) {
        return name != null && TOKEN.matcher(name).matches() ? null : new Problem(Code.KEEPER_NAME, name == null ? "" : name);
    }

    /** An existing Keeper named, checked against those the environment has (null: the list is not known). */
    public static Problem keeper(String name, boolean newZookeeper, Collection<String> existing) {
        if (newZookeeper) {
            return new Problem(Code.KEEPER_WITH_ZOOKEEPER, name);
        }
        Problem p = keeperName(name);
        if (p != null) {
            return p;
        }
        return existing == null || existing.contains(name) ? null : new Problem(Code.KEEPER_UNKNOWN, name);
    }

    /** Zones chosen must be among those offered. */
    public static Problem zones(Collection<String> chosen, Collection<String> offered) {
        for (String z : chosen) {
            if (!offered.contains(z)) {
                return new Problem(Code.ZONE_UNKNOWN, z);
            }
        }
        return null;
    }

    public static Problem lbType(String type) {
        return type == null || type.isEmpty() || TOKEN.matcher(type).matches() ? null : new Problem(Code.LB_TYPE, type);
    }

    /** The storage classes an environment offers: those its node types name, each once, in the list's order. */
    public static List<String> storageClasses(Collection<NodeType> nodeTypes) {
        return nodeTypes.stream().map(NodeType::storageClass).filter(c -> c != null && !c.isBlank()).distinct().toList();
    }

    /** A storage class chosen must be one the environment offers; empty (the environment's default) always passes. */
    public static Problem storageClass(String chosen, Collection<String> offered) {
        return chosen == null || chosen.isEmpty() || offered.contains(chosen) ? null : new Problem(Code.STORAGE_CLASS_UNKNOWN, chosen);
    }
}
