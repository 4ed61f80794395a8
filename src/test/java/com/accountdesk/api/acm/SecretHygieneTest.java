package com.accountdesk.api.acm;

import com.accountdesk.api.ApiException;
import com.accountdesk.api.Endpoints;
import com.accountdesk.api.HttpTransport;
import com.accountdesk.keys.KeyNames;
import com.accountdesk.model.AccountInfo;
import com.accountdesk.model.ApiKey;
import com.accountdesk.model.LaunchRequest;
import com.accountdesk.model.Secret;
import com.accountdesk.model.SignIn;
import com.accountdesk.sandbox.state.DemoAccount;
import com.accountdesk.sandbox.http.FaultInjector.Fault;
import com.accountdesk.sandbox.SandboxOptions;
import com.accountdesk.sandbox.SandboxServer;
import com.accountdesk.testing.LogCapture;
import com.accountdesk.testing.SecretScan;
import okhttp3.HttpUrl;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The client's main flows with every logger at ALL: no password, session token, API key,
 * Anywhere token or cluster password in the log, in any exception, or in any file written, except
 * the sandbox's state file, which is the fake server's database and may hold API keys only
 * (ACM shows them in full in GET /account, so the server must keep them; everything else it keeps
 * is hashed).
 */
class SecretHygieneTest {

    @Test
    void clientFlowsLeakNoSecret() throws Exception {
        Path home = Path.of(System.getProperty("accountdesk.home"), "hygiene-" + UUID.randomUUID());
        Path stateFile = home.resolve("data/sandbox-state.json");
        Path keyNamesFile = home.resolve("config").resolve(KeyNames.FILE_NAME);
        String extraKey = "hygiene-extra-key-" + UUID.randomUUID();
        String clusterPassword = "Cluster-Pass-" + UUID.randomUUID();
        String wrongPassword = "wrong-password-" + UUID.randomUUID();
        List<String> apiKeys = new ArrayList<>(List.of(extraKey));
        List<String> otherSecrets = new ArrayList<>(List.of(DemoAccount.PASSWORD, clusterPassword, wrongPassword));
        List<String> failures = new ArrayList<>();

        try (LogCapture log = new LogCapture();
             SandboxServer sandbox = SandboxServer.start(SandboxOptions.inMemory().withStateFile(stateFile, true)
                     .withExtraApiKey(extraKey).withProvisioningDelay(Duration.ofMillis(50)))) {
            HttpTransport http = new HttpTransport(HttpTransport.Settings.defaults().withRetries(3, Duration.ofMillis(5)));
            HttpUrl base = Endpoints.parseBase(sandbox.acmBaseUrl());

            SignIn signIn = (SignIn) AcmClient.login(base, DemoAccount.LOGIN, Secret.of(DemoAccount.PASSWORD), http);
            otherSecrets.add(signIn.token().reveal());
            AcmClient client = new AcmClient(base, signIn.token(), http);
            AccountInfo account = client.account();
            account.keys().forEach(k -> apiKeys.add(k.token().reveal()));
            Secret generated = client.generateApiKey();
            apiKeys.add(generated.reveal());
            List<ApiKey> keys = new ArrayList<>(account.keys());
            keys.add(new ApiKey(generated, null, Instant.now().plus(Duration.ofDays(10))));
            client.saveKeys(account, keys);
            otherSecrets.add(client.createAnywhereToken().reveal());
            client.launchCluster("101", new LaunchRequest("hygiene", "admin", Secret.of(clusterPassword), "", "m6i.large",
                    1, 1, 1, 50, true, 8443, 9440, "launch", new LaunchRequest.ZookeeperOptions("", "single"), LaunchRequest.ROLE_DEVELOPMENT));
            client.environments();
            // The app's own file beside the state: a key's local name is filed by the key's hash, never the key.
            new KeyNames(keyNamesFile).put("hygiene-profile", generated.reveal(), "hygiene key");

            // Failures: each exception is kept to be searched.
            record Attempt(String what, Fault fault, Call call) {
            }
            List<Attempt> attempts = List.of(
                    new Attempt("wrong password", null, () -> AcmClient.login(base, DemoAccount.LOGIN, Secret.of(wrongPassword), http)),
                    new Attempt("unknown key", null, () -> new AcmClient(base, Secret.of(wrongPassword), http).account()),
                    new Attempt("malformed account", Fault.MALFORMED, client::account),
                    new Attempt("huge account", Fault.HUGE, client::account),
                    new Attempt("dropped key save", Fault.DROP, () -> client.saveKeys(account, keys)),
                    new Attempt("malformed new key", Fault.MALFORMED, client::generateApiKey),
                    new Attempt("malformed login", Fault.MALFORMED,
                            () -> AcmClient.login(base, DemoAccount.LOGIN, Secret.of(DemoAccount.PASSWORD), http)),
                    new Attempt("dropped launch", Fault.DROP, () -> client.launchCluster("101", new LaunchRequest("hygiene-2",
                            "admin", Secret.of(clusterPassword), "", "m6i.large", 1, 1, 1, 50, true, 8443, 9440,
                            "launch", null, LaunchRequest.ROLE_DEVELOPMENT))));
            for (Attempt a : attempts) {
                if (a.fault() != null) {
                    sandbox.faults().script(a.fault());
                }
                try {
                    a.call().run();
                    failures.add(a.what() + " unexpectedly worked");
                } catch (ApiException e) {
                    failures.add(SecretScan.describe(e));
                }
            }
            assertTrue(log.count() > 10, "DEBUG logging was on and captured: " + log.count() + " records");
            List<String> all = new ArrayList<>(apiKeys);
            all.addAll(otherSecrets);
            SecretScan.assertAllNonEmpty(all);
            SecretScan.assertNoneIn("the log", log.text(), all);
            SecretScan.assertNoneIn("an exception", String.join("\n", failures), all);
            assertFalse(String.join("", failures).contains("unexpectedly worked"), String.join("\n", failures));
            SecretScan.assertNoneIn("the toString of the client and its records",
                    client + " " + account + " " + signIn + " " + keys, all);
        }
        // Files: the sandbox's database may hold API keys (as ACM does), nothing else secret.
        assertTrue(Files.isRegularFile(stateFile));
        SecretScan.assertNoneIn("the sandbox state file", Files.readString(stateFile), otherSecrets);
        List<Path> scanned = SecretScan.assertNoneInFiles(home, concat(apiKeys, otherSecrets), f -> f.equals(stateFile));
        assertTrue(scanned.contains(keyNamesFile), "every other file written was searched for every secret: " + scanned);
    }

    @FunctionalInterface
    private interface Call {
        Object run() throws ApiException;
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> out = new ArrayList<>(a);
        out.addAll(b);
        return out;
    }
}
