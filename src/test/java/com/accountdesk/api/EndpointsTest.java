package com.accountdesk.api;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EndpointsTest {
    @Test
    void httpsAnywhereHttpOnlyOnLoopback() throws Exception {
        assertEquals("https://acm.altinity.cloud/api/", Endpoints.parseBase("https://acm.altinity.cloud/api").toString());
        assertEquals("http://127.0.0.1:8080/api/", Endpoints.parseBase(" http://127.0.0.1:8080/api/ ").toString());
        assertEquals("http://[::1]:8080/api/", Endpoints.parseBase("http://[::1]:8080/api").toString());
        assertEquals("http://localhost/", Endpoints.parseBase("http://localhost").toString());
        assertEquals(ApiException.Kind.INSECURE_ENDPOINT,
                assertThrows(ApiException.class, () -> Endpoints.parseBase("http://acm.altinity.cloud/api")).kind());
        assertEquals(ApiException.Kind.INSECURE_ENDPOINT,
                assertThrows(ApiException.class, () -> Endpoints.parseBase("http://10.1.2.3/api")).kind());
        assertEquals(ApiException.Kind.INVALID_INPUT, assertThrows(ApiException.class, () -> Endpoints.parseBase("acm")).kind());
    }

    @Test
    void loopbackIsJudgedWithoutDns() {
        assertTrue(Endpoints.isLoopback("127.9.9.9"));
        assertTrue(Endpoints.isLoopback("[::1]"));
        assertFalse(Endpoints.isLoopback("localhost.evil.example"));
        assertFalse(Endpoints.isLoopback("192.168.1.1"));
    }
}
