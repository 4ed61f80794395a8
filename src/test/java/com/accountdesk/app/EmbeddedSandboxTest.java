package com.accountdesk.app;

import com.accountdesk.io.Settings;
import com.accountdesk.sandbox.SandboxServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/**
 * The embedded sandbox keeps its port from one start to the next on the same home, so exports, curl
 * lines and acmctl/croud profiles copied from it keep working; only a taken port makes it move.
 */
class EmbeddedSandboxTest {
    @TempDir
    Path home;

    private AppConfig config() {
        return new AppConfig(null, home.resolve("data").resolve("sandbox-state.json"), false,
                home.resolve("config").resolve("settings.properties"));
    }

    /** One start of the app's sandbox, as at a start of the app: settings read from the home. */
    private int startAndStop() throws Exception {
        try (SandboxServer sandbox = EmbeddedSandbox.start(config(), new Settings(config().settingsFile()))) {
            return sandbox.port();
        }
    }

    @Test
    void twoStartsOnTheSameHomeAnswerOnTheSamePort() throws Exception {
        int first = startAndStop();
        assertEquals(first, startAndStop());
    }

    @Test
    void aTakenPortFallsBackToAFreeOneWhichIsKeptFromThenOn() throws Exception {
        int first = startAndStop();
        int second;
        try (ServerSocket taken = new ServerSocket(first, 1, InetAddress.getLoopbackAddress())) {
            second = startAndStop();
            assertNotEquals(taken.getLocalPort(), second, "another program has the port meanwhile");
        }
        assertEquals(second, startAndStop(), "the port used last is kept");
    }
}
