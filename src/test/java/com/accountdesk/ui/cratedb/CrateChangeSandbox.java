package com.accountdesk.ui.cratedb;

import com.accountdesk.api.cratedb.CrateCloudClient;
import com.accountdesk.model.CrateCluster;
import com.accountdesk.model.CrateProject;
import com.accountdesk.sandbox.MovableClock;
import com.accountdesk.sandbox.SandboxOptions;
import com.accountdesk.sandbox.SandboxServer;
import com.accountdesk.sandbox.http.ExchangeTap;
import com.accountdesk.testing.ScriptedDialogs;
import com.accountdesk.ui.main.ManualPollTimer;
import com.accountdesk.testing.CrateDemoClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * What the view-model tests of a CrateDB cluster change (Expand Storage…, Scale…, Upgrade…) stand on:
 * the sandbox over real HTTP on a clock the test moves, a client with the demo key, a timer the test
 * fires, and a count of the change's PUTs as the sandbox saw them (each must be sent once).
 */
abstract class CrateChangeSandbox {
    static final long GIB = 1024L * 1024 * 1024;
    final MovableClock clock = new MovableClock(Instant.parse("2026-03-01T09:00:00Z"));
    final ScriptedDialogs dialogs = new ScriptedDialogs();
    final ManualPollTimer timer = new ManualPollTimer();
    /** The PUTs whose path ends with {@link #changePath()}. */
    final AtomicInteger puts = new AtomicInteger();
    SandboxServer sandbox;
    CrateCloudClient client;
    private Runnable stopListening = () -> { };

    /** How the change's PUT path ends ("/scale/"). */
    abstract String changePath();

    @BeforeEach
    void startSandbox() throws Exception {
        sandbox = SandboxServer.start(SandboxOptions.inMemory(), clock);
        client = CrateDemoClient.withQuickRetry(sandbox);
        String path = changePath();
        stopListening = ExchangeTap.listen(x -> {
            if (x.method().equals("PUT") && x.path().endsWith(path)) {
                puts.incrementAndGet();
            }
        });
    }

    @AfterEach
    void stopSandbox() {
        stopListening.run();
        sandbox.close();
    }

    /** The project {@code cluster} is in, as the sandbox lists it. */
    CrateProject projectOf(CrateCluster cluster) throws Exception {
        return client.projects().stream().filter(x -> x.id().equals(cluster.projectId())).findFirst().orElseThrow();
    }
}
