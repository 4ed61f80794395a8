package com.accountdesk.sandbox.acm;

import org.junit.jupiter.api.Test;

import java.net.InetAddress;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** Allow Domains as the sandbox checks a caller against it (moved out of SandboxStateTest with the split). */
class OriginMatchTest {
    @Test
    void localhostCoversTheLoopbackCaller() throws Exception {
        assertTrue(SignIn.OriginMatch.allows(List.of("localhost"), InetAddress.getLoopbackAddress()));
    }
}
