package com.accountdesk.model;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

class ClusterConnectionTest {
    private static Cluster cluster(boolean secure, String endpoint, String endpointHttp) {
        return new Cluster("1", "c", "online", "102", 2, 1, 2, secure, endpoint, endpointHttp, "");
    }

    @Test
    void secureClusterUsesTlsPortsAndAsksForThePassword() {
        ClusterConnection c = ClusterConnection.of(cluster(true, "c.env.altinity.cloud", "https://c.env.altinity.cloud:8443"));
        assertEquals("clickhouse-client --host c.env.altinity.cloud --port 9440 --secure --user admin --ask-password",
                c.clickhouseClientCommand("admin"));
        assertEquals("https://admin@c.env.altinity.cloud:8443", c.httpUrl("admin"));
    }

    @Test
    void portsComeFromTheEndpointsWhenTheyNameThem() {
        ClusterConnection c = ClusterConnection.of(cluster(false, "c.example:9001", "http://c.example:8124"));
        assertEquals("c.example", c.host());
        assertEquals(9001, c.tcpPort());
        assertEquals(8124, c.httpPort());
        assertFalse(c.secure());
        assertEquals("clickhouse-client --host c.example --port 9001 --user u --ask-password", c.clickhouseClientCommand("u"));
    }

    @Test
    void hostFromTheHttpEndpointAloneAndNoneWithoutEither() {
        assertEquals("h.example", ClusterConnection.of(cluster(false, "", "https://h.example")).host());
        assertEquals(443, ClusterConnection.of(cluster(false, "", "https://h.example")).httpPort());
        assertNull(ClusterConnection.of(cluster(true, "", "")));
    }
}
