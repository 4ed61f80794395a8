package com.accountdesk.model;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

@Tag("process")
class ClusterConnectionTest {
    private static Cluster cluster(boolean secure, String endpoint, String endpointHttp) {
        return new Cluster("1", "c", "online", "102", 2, 1, 2, secure, endpoint, endpointHttp, "");
    }

    @Test
    void secureClusterUsesTlsPortsAndAsksForThePassword() {
        ClusterConnection c = ClusterConnection.of(cluster(true, "c.env.altinity.cloud", "https://c.env.altinity.cloud:8443"));
        assertEquals("clickhouse-client --host c.env.altinity.cloud --port 9440 --secure --user admin --ask-password",
                c.clickhouseClientCommand("admin").orElseThrow());
        assertEquals("https://admin@c.env.altinity.cloud:8443", c.httpUrl("admin"));
    }

    @Test
    void portsComeFromTheEndpointsWhenTheyNameThem() {
        ClusterConnection c = ClusterConnection.of(cluster(false, "c.example:9001", "http://c.example:8124"));
        assertEquals("c.example", c.host());
        assertEquals(9001, c.tcpPort());
        assertEquals(8124, c.httpPort());
        assertFalse(c.secure());
        assertEquals("clickhouse-client --host c.example --port 9001 --user u --ask-password", c.clickhouseClientCommand("u").orElseThrow());
    }

    @Test
    void hostFromTheHttpEndpointAloneAndNoneWithoutEither() {
        assertEquals("h.example", ClusterConnection.of(cluster(false, "", "https://h.example")).host());
        assertEquals(443, ClusterConnection.of(cluster(false, "", "https://h.example")).httpPort());
        assertNull(ClusterConnection.of(cluster(true, "", "")));
    }

    /** Endpoints a hostile server could answer with: pasted into bash, each would create PWNED. */
    private static final List<String> HOSTILE_ENDPOINTS = List.of("x.example;touch${IFS}PWNED;#:9440",
            "x.example\ntouch PWNED\n:9440", "$(touch PWNED):9440", "`touch PWNED`", "--config-file=PWNED;touch PWNED");

    @Test
    void aHostileEndpointRunsNothingWhenItsCommandsArePasted(@TempDir Path dir) throws Exception {
        for (String endpoint : HOSTILE_ENDPOINTS) {
            Cluster hostile = new Cluster("1", "c", "online", "102", 2, 1, 2, true, endpoint, "", "", false, true, 9004);
            ClusterConnection c = ClusterConnection.of(hostile);
            List<String> lines = new ArrayList<>();
            if (c != null) {
                assertFalse(c.hostIsUsable(), endpoint);
                c.clickhouseClientCommand("admin").ifPresent(lines::add);
                c.mysqlClientCommand("admin").ifPresent(lines::add);
            }
            assertEquals(List.of(), lines, "no command for " + endpoint);
            // Were the host let through, quoting alone would still keep it one word.
            lines.add(ShellCommand.of("clickhouse-client", "--host", hostOf(endpoint), "--port", "9440"));
            for (String line : lines) {
                runInBash(line, dir);
                assertFalse(Files.exists(dir.resolve("PWNED")), endpoint + " ran a command through: " + line);
            }
        }
    }

    private static String hostOf(String endpoint) {
        return endpoint.substring(0, endpoint.lastIndexOf(':') > 0 ? endpoint.lastIndexOf(':') : endpoint.length());
    }

    @Test
    void hostNamesAndAddressesAreUsableAndNothingElse() {
        for (String host : List.of("c.env.altinity.cloud", "localhost", "10.0.0.7", "my_host.internal", "[::1]", "fe80::1",
                "2001:db8::8a2e:370:7334", "host.example.")) {
            assertTrue(ClusterConnection.isHostNameOrAddress(host), host);
        }
        for (String host : List.of("", "-oProxyCommand=x", "a b", "a\nb", "a;b", "$(x)", "a'b", "a\"b", "[::1", "a..b",
                "x".repeat(64) + ".example", "h\u200B.example")) {
            assertFalse(ClusterConnection.isHostNameOrAddress(host), host);
        }
        ClusterConnection v6 = ClusterConnection.of(cluster(true, "[2001:db8::1]:9440", ""));
        assertEquals("clickhouse-client --host 2001:db8::1 --port 9440 --secure --user admin --ask-password",
                v6.clickhouseClientCommand("admin").orElseThrow());
    }

    /** Runs the line as a pasted command would run, in {@code dir}, with no clickhouse-client or mysql to find. */
    static void runInBash(String line, Path dir) throws Exception {
        ProcessBuilder bash = new ProcessBuilder("bash", "-c", line).directory(dir.toFile()).redirectErrorStream(true);
        bash.environment().put("PATH", "/usr/bin:/bin");
        Process p = bash.start();
        p.getInputStream().readAllBytes();
        assertTrue(p.waitFor(30, TimeUnit.SECONDS), line);
    }
}
