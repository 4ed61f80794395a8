package com.accountdesk.model;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** The shared rules for ACM's wizard fields, as codes with the offending value. */
class LaunchOptionRulesTest {
    private static LaunchOptionRules.Problem p(LaunchOptionRules.Code code, String value) {
        return new LaunchOptionRules.Problem(code, value);
    }

    @Test
    void ipRestrictionsAreAddressesOrCidrRangesListedOneByOne() {
        assertEquals(List.of("203.0.113.0/24", "2001:db8::/32", "198.51.100.7"),
                LaunchOptionRules.splitIpList(" 203.0.113.0/24,\n2001:db8::/32  198.51.100.7 "));
        assertEquals(List.of(), LaunchOptionRules.ipRestrictions(List.of("0.0.0.0/0", "::1", "10.1.2.3/32", "2001:db8::/128")));
        assertEquals(List.of(p(LaunchOptionRules.Code.IP_NOT_ADDRESS, "example.com"),
                        p(LaunchOptionRules.Code.IP_PREFIX_RANGE, "10.0.0.0/33"),
                        p(LaunchOptionRules.Code.IP_NOT_ADDRESS, "300.1.1.1"),
                        p(LaunchOptionRules.Code.IP_PREFIX_RANGE, "2001:db8::/129"),
                        p(LaunchOptionRules.Code.IP_PREFIX_RANGE, "10.0.0.0/")),
                LaunchOptionRules.ipRestrictions(List.of("example.com", "10.0.0.0/33", "300.1.1.1", "2001:db8::/129", "10.0.0.0/")));
        assertEquals(List.of(p(LaunchOptionRules.Code.IP_TOO_MANY, "101")),
                LaunchOptionRules.ipRestrictions(java.util.Collections.nCopies(101, "10.0.0.1")));
    }

    @Test
    void portsHoursTimesKeepersZonesAndLoadBalancers() {
        assertNull(LaunchOptionRules.mysqlPort(9004, 8443, 9440));
        assertEquals(p(LaunchOptionRules.Code.PORT_TAKEN, "9440"), LaunchOptionRules.mysqlPort(9440, 8443, 9440));
        assertEquals(p(LaunchOptionRules.Code.PORT_RANGE, "70000"), LaunchOptionRules.mysqlPort(70000, 8443, 9440));
        assertNull(LaunchOptionRules.idleHours(1));
        assertEquals(p(LaunchOptionRules.Code.IDLE_HOURS_RANGE, "721"), LaunchOptionRules.idleHours(721));
        assertNull(LaunchOptionRules.schedule("20:00", "08:00"));
        assertEquals(p(LaunchOptionRules.Code.TIME_FORMAT, "8:00"), LaunchOptionRules.schedule("20:00", "8:00"));
        assertEquals(p(LaunchOptionRules.Code.SAME_TIMES, "08:00"), LaunchOptionRules.schedule("08:00", "08:00"));
        assertNull(LaunchOptionRules.keeper("k1", false, null), "an unknown list: any well-formed name");
        assertEquals(p(LaunchOptionRules.Code.KEEPER_UNKNOWN, "k1"), LaunchOptionRules.keeper("k1", false, List.of("k2")));
        assertEquals(p(LaunchOptionRules.Code.KEEPER_WITH_ZOOKEEPER, "k2"), LaunchOptionRules.keeper("k2", true, List.of("k2")));
        assertEquals(p(LaunchOptionRules.Code.KEEPER_NAME, ""), LaunchOptionRules.keeper("", false, null));
        assertEquals(p(LaunchOptionRules.Code.ZONE_UNKNOWN, "b"), LaunchOptionRules.zones(List.of("a", "b"), List.of("a")));
        assertNull(LaunchOptionRules.lbType(""));
        assertEquals(p(LaunchOptionRules.Code.LB_TYPE, "two words"), LaunchOptionRules.lbType("two words"));
    }

    @Test
    void versionsAreSortedIntoStreamsAndEndOfLifeIsRead() {
        assertEquals(ClickHouseVersion.Stream.ALTINITY_ANTALYA, ClickHouseVersion.streamOf("25.8.16.20002.altinityantalya", "25.8", null));
        assertEquals(ClickHouseVersion.Stream.ALTINITY_STABLE, ClickHouseVersion.streamOf("25.8.1", "25.8", "altinity/clickhouse-server"));
        assertEquals(ClickHouseVersion.Stream.UPSTREAM, ClickHouseVersion.streamOf("25.8.10.7", "25.8 ClickHouse LTS", "clickhouse/clickhouse-server"));
        assertEquals(true, ClickHouseVersion.markedEol("[EOL] 22.3.15.33 ClickHouse LTS"));
        assertEquals(true, ClickHouseVersion.markedEol("22.3 (eol)"));
        assertEquals(false, ClickHouseVersion.markedEol("25.3 Altinity Stable"));
        assertEquals(false, ClickHouseVersion.markedEol("Geology 1.0"), "a word containing the letters is not a mark");
    }
}
