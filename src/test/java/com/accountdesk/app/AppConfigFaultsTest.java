package com.accountdesk.app;

import com.accountdesk.sandbox.http.FaultInjector;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The app takes the sandbox's fault flags for its embedded sandbox. */
class AppConfigFaultsTest {
    @Test
    void faultFlagsReachTheEmbeddedSandbox() {
        AppConfig config = AppConfig.fromArgs(new String[] {"--fresh-sandbox", "--latency", "250", "--fail-rate", "0.2",
                "--drop-rate", "0.1", "--fault-seed", "9"});
        assertTrue(config.freshSandbox());
        assertEquals(new FaultInjector.Rates(Duration.ofMillis(250), 0.2, 0.1, 0, 0), config.sandboxFaults());
        assertEquals(9, config.faultSeed());
    }

    @Test
    void withoutFlagsTheSandboxBehaves() {
        assertEquals(FaultInjector.Rates.NONE, AppConfig.fromArgs(new String[0]).sandboxFaults());
        assertEquals(FaultInjector.Rates.NONE, AppConfig.freshSandboxInMemory().sandboxFaults());
    }
}
