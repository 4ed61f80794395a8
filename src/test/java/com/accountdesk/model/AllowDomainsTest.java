package com.accountdesk.model;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.net.InetAddress;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AllowDomainsTest {
    @ParameterizedTest
    @ValueSource(strings = {"example.com", "a-b.example.co.uk", "*.example.com", "localhost", "10.0.0.1",
            "192.168.0.0/16", "0.0.0.0/0", "2001:db8::1", "::1", "2001:db8::/32"})
    void validEntries(String entry) {
        assertNull(AllowDomains.problem(entry), entry);
    }

    @ParameterizedTest
    @ValueSource(strings = {"bad domain", "-x.com", "x-.com", "a..b", "*.com", "a.*.com", "300.1.1.1", "10.0.0.0/33",
            "2001:db8::/129", "gggg::1", "example.com/8", "under_score.com"})
    void invalidEntries(String entry) {
        assertNotNull(AllowDomains.problem(entry), entry);
    }

    @Test
    void aProblemIsACodeWithTheOffendingValueNotASentence() {
        assertEquals(new AllowDomains.Problem(AllowDomains.Code.CIDR_PREFIX, "32"), AllowDomains.problem("10.0.0.0/33"));
        assertEquals(new AllowDomains.Problem(AllowDomains.Code.CIDR_PREFIX, "128"), AllowDomains.problem("2001:db8::/129"));
        assertEquals(new AllowDomains.Problem(AllowDomains.Code.INVALID_LABEL, "under_score"), AllowDomains.problem("under_score.com"));
        assertEquals(AllowDomains.Code.CONTAINS_SPACE, AllowDomains.problem("bad domain").code());
        assertEquals(AllowDomains.Code.EMPTY_LABEL, AllowDomains.problem("a..b").code());
        assertEquals(AllowDomains.Code.WILDCARD_TOO_SHORT, AllowDomains.problem("*.com").code());
        assertEquals(AllowDomains.Code.WILDCARD_NOT_FIRST, AllowDomains.problem("a.*.com").code());
        assertEquals(AllowDomains.Code.CIDR_WITHOUT_ADDRESS, AllowDomains.problem("example.com/8").code());
        assertEquals(AllowDomains.Code.INVALID_IPV6, AllowDomains.problem("gggg::1").code());
    }

    @Test
    void splitsOnCommasAndNewLines() {
        assertEquals(List.of("a.com", "b.com", "10.0.0.0/8", "c.org"), AllowDomains.split(" a.com, b.com\n\n10.0.0.0/8,\r\nc.org ,"));
    }

    @Test
    void cidrCoversAddresses() throws Exception {
        assertTrue(AllowDomains.covers("127.0.0.0/8", InetAddress.getByName("127.0.0.1")));
        assertTrue(AllowDomains.covers("127.0.0.1", InetAddress.getByName("127.0.0.1")));
        assertFalse(AllowDomains.covers("10.0.0.0/8", InetAddress.getByName("127.0.0.1")));
        assertFalse(AllowDomains.covers("example.com", InetAddress.getByName("127.0.0.1")));
        assertTrue(AllowDomains.covers("::1", InetAddress.getByName("::1")));
    }
}
