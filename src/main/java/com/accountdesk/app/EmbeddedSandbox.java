package com.accountdesk.app;

import com.accountdesk.io.Settings;
import com.accountdesk.sandbox.SandboxOptions;
import com.accountdesk.sandbox.SandboxServer;

import java.io.IOException;
import java.net.BindException;
import java.util.logging.Logger;

/**
 * Starts the sandbox the app runs on when no endpoint is configured, on the port it had the last
 * time: exports, curl lines and acmctl/croud profiles copied from it name that port, and keep
 * working from one start to the next. Only when another program has taken the port meanwhile does
 * it take a free one, which is then kept.
 */
final class EmbeddedSandbox {
    private static final Logger LOG = Logger.getLogger(EmbeddedSandbox.class.getName());
    /** Settings key: the port the embedded sandbox answered on last. */
    static final String PORT_SETTING = "sandbox.port";

    private EmbeddedSandbox() {
    }

    /** Starts it with the run's state file, provisioning delay and faults. Blocking. */
    static SandboxServer start(AppConfig config, Settings settings) throws IOException {
        SandboxOptions options = SandboxOptions.inMemory().withStateFile(config.sandboxState(), config.freshSandbox())
                .withProvisioningDelay(config.sandboxProvisioningDelay())
                .withFaults(config.sandboxFaults(), config.faultSeed());
        // 0 (none yet, or a hand-edited value out of range) takes any free port.
        int last = settings.getInt(PORT_SETTING, 0, 1024, 65535);
        SandboxServer server;
        try {
            server = SandboxServer.start(options.withPort(last));
        } catch (BindException taken) {
            LOG.info("the sandbox's port " + last + " is taken; it moves to a free one");
            server = SandboxServer.start(options.withPort(0));
        }
        if (server.port() != last) {
            settings.put(PORT_SETTING, server.port());
        }
        return server;
    }
}
