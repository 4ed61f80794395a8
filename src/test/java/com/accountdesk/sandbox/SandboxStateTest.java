package com.accountdesk.sandbox;

import com.accountdesk.testing.FilePermissions;
import com.accountdesk.sandbox.state.DemoAccount;
import com.accountdesk.sandbox.state.StateData;
import com.accountdesk.api.Endpoints;
import com.accountdesk.api.HttpTransport;
import com.accountdesk.api.acm.AcmClient;
import com.accountdesk.model.Secret;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SandboxStateTest {
    private final HttpTransport http = new HttpTransport();

    private static SandboxOptions options(Path file, boolean fresh) {
        return SandboxOptions.inMemory().withStateFile(file, fresh).withExtraApiKey("persist-key-0123456789");
    }

    @Test
    void restartKeepsStateAndFreshForgetsIt(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("state.json");
        try (SandboxServer first = SandboxServer.start(options(file, false))) {
            client(first).saveOrigins(List.of("example.com"));
        }
        try (SandboxServer second = SandboxServer.start(options(file, false))) {
            assertEquals(List.of("example.com"), client(second).account().origins());
        }
        try (SandboxServer fresh = SandboxServer.start(options(file, true))) {
            assertEquals(List.of(), client(fresh).account().origins());
        }
    }

    @Test
    void stateFileIsWholeOwnerOnlyAndLeavesNoTemporaries(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("state.json");
        try (SandboxServer server = SandboxServer.start(options(file, false))) {
            for (int i = 0; i < 20; i++) {
                client(server).saveOrigins(List.of("host" + i + ".example.com"));
            }
        }
        StateData saved = new ObjectMapper().readValue(file.toFile(), StateData.class);
        assertEquals("host19.example.com", saved.acm.origins);
        FilePermissions.assertOwnerOnly(file);
        try (var files = Files.list(dir)) {
            assertEquals(List.of(file), files.toList());
        }
        String text = Files.readString(file);
        assertTrue(!text.contains(DemoAccount.PASSWORD), "the password is kept as a hash only");
        assertTrue(!text.contains(DemoAccount.CRATE_SECRET), "the CrateDB key's secret is kept as a hash only");
        assertTrue(text.contains(DemoAccount.CRATE_KEY), "the CrateDB user is saved with the rest");
    }

    @Test
    void unreadableStateStartsFresh(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("state.json");
        Files.writeString(file, "{\"acm\": {\"tokens\": [");
        try (SandboxServer server = SandboxServer.start(options(file, false))) {
            assertEquals(DemoAccount.LOGIN, client(server).account().email());
        }
    }

    @Test
    void enforcedOriginsRefuseOtherCallers() throws Exception {
        try (SandboxServer server = SandboxServer.start(options(null, true).withEnforceOrigins(true))) {
            AcmClient client = client(server);
            client.saveOrigins(List.of("10.0.0.0/8"));
            var e = assertThrows(com.accountdesk.api.ApiException.class, client::environments);
            assertEquals(com.accountdesk.api.ApiException.Kind.FORBIDDEN, e.kind());
        }
    }

    @Test
    void commandLineIsParsed() {
        SandboxOptions o = SandboxMain.parse(new String[]{"--port", "18080", "--token", "demo-token", "--fresh"},
                Path.of("x.json"), System.err);
        assertEquals(18080, o.port());
        assertEquals("demo-token", o.extraApiKey());
        assertTrue(o.fresh());
        assertEquals(null, SandboxMain.parse(new String[]{"--port"}, Path.of("x.json"), new java.io.PrintStream(java.io.OutputStream.nullOutputStream())));
    }

    private AcmClient client(SandboxServer server) throws Exception {
        return new AcmClient(Endpoints.parseBase(server.acmBaseUrl()), Secret.of("persist-key-0123456789"), http);
    }
}
