package com.accountdesk.sandbox.crate;

import com.accountdesk.sandbox.SandboxOptions;
import com.accountdesk.sandbox.SandboxServer;
import com.accountdesk.sandbox.state.DemoAccount;
import com.accountdesk.sandbox.state.StateData;
import com.accountdesk.api.Endpoints;
import com.accountdesk.api.HttpTransport;
import com.accountdesk.api.cratedb.CrateCloudClient;
import com.accountdesk.model.CrateApiKey;
import com.accountdesk.model.CreatedCrateKey;
import com.accountdesk.model.Secret;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The CrateDB part of the sandbox's state: kept across restarts, added to older state files. */
class CrateSandboxStateTest {
    private final HttpTransport http = new HttpTransport();

    private CrateCloudClient client(SandboxServer server, String key, Secret secret) throws Exception {
        return new CrateCloudClient(Endpoints.parseBase(server.crateBaseUrl()), key, secret, null, http);
    }

    @Test
    void keysAndSecretsSurviveARestart(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("state.json");
        CreatedCrateKey created;
        try (SandboxServer first = SandboxServer.start(SandboxOptions.inMemory().withStateFile(file, false))) {
            CrateCloudClient demo = client(first, DemoAccount.CRATE_KEY, Secret.of(DemoAccount.CRATE_SECRET));
            created = demo.createKey();
            demo.setActive(created.key().key(), false);
        }
        assertFalse(Files.readString(file).contains(created.secret().reveal()), "only the secret's hash is saved");
        try (SandboxServer second = SandboxServer.start(SandboxOptions.inMemory().withStateFile(file, false))) {
            CrateCloudClient demo = client(second, DemoAccount.CRATE_KEY, Secret.of(DemoAccount.CRATE_SECRET));
            CrateApiKey kept = demo.key(created.key().key());
            assertFalse(kept.active());
            demo.setActive(kept.key(), true);
            assertEquals(DemoAccount.LOGIN, client(second, kept.key(), created.secret()).me().email());
        }
    }

    @Test
    void stateSavedBeforeCrateDbGetsTheDemoUser(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("state.json");
        try (SandboxServer first = SandboxServer.start(SandboxOptions.inMemory().withStateFile(file, false))) {
            first.state().write(d -> d.crate = new StateData.CrateAccount()); // as an older file reads
        }
        assertTrue(Files.readString(file).contains("\"uid\" : null"));
        try (SandboxServer second = SandboxServer.start(SandboxOptions.inMemory().withStateFile(file, false))) {
            assertEquals(DemoAccount.CRATE_USERNAME,
                    client(second, DemoAccount.CRATE_KEY, Secret.of(DemoAccount.CRATE_SECRET)).me().username());
        }
    }
}
