package com.accountdesk.sandbox.http;

import com.accountdesk.sandbox.SandboxOptions;
import com.accountdesk.sandbox.SandboxMain;
import com.accountdesk.sandbox.SandboxServer;
import com.accountdesk.api.ApiException;
import com.accountdesk.api.Endpoints;
import com.accountdesk.api.HttpTransport;
import com.accountdesk.api.acm.AcmClient;
import com.accountdesk.model.Cluster;
import com.accountdesk.model.LaunchRequest;
import com.accountdesk.model.Secret;
import com.accountdesk.sandbox.http.FaultInjector.Fault;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The sandbox's injected faults over real HTTP, and what the client makes of each: a typed error,
 * GETs retried where that is safe, writes never repeated, nothing lost or made twice.
 */
class FaultInjectionTest {
    private static final String KEY = "fault-test-key-0123456789";
    private SandboxServer sandbox;
    private AcmClient client;

    @BeforeEach
    void start() throws Exception {
        sandbox = SandboxServer.start(SandboxOptions.inMemory().withExtraApiKey(KEY));
        HttpTransport http = new HttpTransport(HttpTransport.Settings.defaults().withRetries(3, Duration.ofMillis(5)));
        client = new AcmClient(Endpoints.parseBase(sandbox.acmBaseUrl()), Secret.of(KEY), http);
    }

    @AfterEach
    void stop() {
        sandbox.close();
    }

    private int clusterCount() {
        return sandbox.state().read(d -> d.clusters.size());
    }

    private static LaunchRequest launch(String name) {
        return new LaunchRequest(name, "admin", Secret.of("Admin-pass-0123"), "", "m6i.large",
                1, 2, 2, 100, true, 8443, 9440, "launch", new LaunchRequest.ZookeeperOptions("", "single"), LaunchRequest.ROLE_DEVELOPMENT);
    }

    @Test
    void a503OnAGetIsRetriedAndTheCallSucceeds() throws Exception {
        sandbox.faults().script(Fault.ERROR_503, Fault.ERROR_503);
        assertEquals(2, client.environments().size());
    }

    @Test
    void threeFailuresInARowAreAServerErrorAfterExactlyThreeTries() throws Exception {
        sandbox.faults().script(Fault.ERROR_503, Fault.ERROR_503, Fault.ERROR_503, Fault.NONE);
        ApiException e = assertThrows(ApiException.class, () -> client.environments());
        assertEquals(ApiException.Kind.SERVER_ERROR, e.kind());
        assertEquals(503, e.status());
        // The fourth scripted answer (NONE) is still waiting: the client stopped at three.
        assertEquals(2, client.environments().size());
    }

    @Test
    void aLaunchAnswered503IsNotRepeatedAndNotPerformed() {
        int before = clusterCount();
        sandbox.faults().script(Fault.ERROR_503);
        ApiException e = assertThrows(ApiException.class, () -> client.launchCluster("101", launch("refused-once")));
        assertEquals(ApiException.Kind.SERVER_ERROR, e.kind());
        assertEquals(before, clusterCount());
    }

    @Test
    void aLaunchWhoseAnswerIsDroppedHappensOnceAndIsNotSentAgain() throws Exception {
        int before = clusterCount();
        sandbox.faults().script(Fault.DROP);
        ApiException e = assertThrows(ApiException.class, () -> client.launchCluster("101", launch("dropped-answer")));
        assertEquals(ApiException.Kind.NETWORK, e.kind());
        assertEquals(HttpTransport.CONNECTION_BROKE, e.serverMessage(), "told apart from 'could not connect': it may be done");
        assertTrue(com.accountdesk.ui.common.ErrorMessages.describe(e).contains("refresh to check before trying again"));
        assertEquals(before + 1, clusterCount(), "the server performed it once; the client did not send it again");
        List<Cluster> listed = client.clusters("101");
        assertEquals(1, listed.stream().filter(c -> c.name().equals("dropped-answer")).count());
    }

    @Test
    void savedKeysWhoseAnswerIsDroppedAreKeptExactlyOnce() throws Exception {
        var account = client.account();
        Secret fresh = client.generateApiKey();
        var keys = new ArrayList<>(account.keys());
        keys.add(new com.accountdesk.model.ApiKey(fresh, null, java.time.Instant.now().plus(Duration.ofDays(30))));
        sandbox.faults().script(Fault.DROP);
        assertThrows(ApiException.class, () -> client.saveKeys(account, keys));
        var after = client.account().keys();
        assertEquals(keys.size(), after.size(), "no key lost, none doubled");
        assertEquals(1, after.stream().filter(k -> k.token().equals(fresh)).count());
    }

    @Test
    void malformedAndHugeAnswersAreBadResponses() {
        sandbox.faults().script(Fault.MALFORMED);
        ApiException malformed = assertThrows(ApiException.class, () -> client.account());
        assertEquals(ApiException.Kind.BAD_RESPONSE, malformed.kind());
        assertTrue(!malformed.getMessage().contains(KEY), "no excerpt of a body that holds the key");

        sandbox.faults().script(Fault.HUGE);
        ApiException huge = assertThrows(ApiException.class, () -> client.environments());
        assertEquals(ApiException.Kind.BAD_RESPONSE, huge.kind());
        assertTrue(huge.serverMessage().contains("larger than 4 MB"), huge.serverMessage());
    }

    @Test
    void latencyDelaysAndATimeoutIsTyped() throws Exception {
        sandbox.faults().setRates(FaultInjector.Rates.NONE.withLatency(Duration.ofMillis(1500)));
        HttpTransport impatient = new HttpTransport(HttpTransport.Settings.defaults()
                .withTimeouts(Duration.ofSeconds(2), Duration.ofMillis(300), Duration.ofSeconds(5))
                .withRetries(1, Duration.ofMillis(5)));
        AcmClient slow = new AcmClient(client.base(), Secret.of(KEY), impatient);
        ApiException e = assertThrows(ApiException.class, slow::environments);
        assertEquals(ApiException.Kind.TIMEOUT, e.kind());
        sandbox.faults().setRates(FaultInjector.Rates.NONE);
        assertEquals(2, slow.environments().size());
    }

    @Test
    void theSameSeedGivesTheSameFaults() {
        FaultInjector.Rates rates = new FaultInjector.Rates(Duration.ZERO, 0.2, 0.1, 0.1, 0.1);
        FaultInjector a = new FaultInjector(rates, 42);
        FaultInjector b = new FaultInjector(rates, 42);
        List<Fault> first = new ArrayList<>();
        List<Fault> second = new ArrayList<>();
        for (int i = 0; i < 500; i++) {
            first.add(a.next());
            second.add(b.next());
        }
        assertEquals(first, second);
        long faulty = first.stream().filter(f -> f != Fault.NONE).count();
        assertTrue(faulty > 150 && faulty < 350, "about half of 500 at a 0.5 total rate: " + faulty);
        FaultInjector none = new FaultInjector(FaultInjector.Rates.NONE, 42);
        for (int i = 0; i < 200; i++) {
            assertEquals(Fault.NONE, none.next());
        }
    }

    @Test
    void commandLineFlagsSetTheRates() {
        SandboxOptions o = SandboxMain.parse(new String[] {"--in-memory", "--latency", "300", "--fail-rate", "0.3",
                "--drop-rate", "0.1", "--malformed-rate", "0.05", "--huge-rate", "0.02", "--fault-seed", "7"},
                Path.of("unused.json"), new PrintStream(new ByteArrayOutputStream()));
        assertEquals(new FaultInjector.Rates(Duration.ofMillis(300), 0.3, 0.1, 0.05, 0.02), o.faults());
        assertEquals(7, o.faultSeed());
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        assertNull(SandboxMain.parse(new String[] {"--fail-rate", "1.5"}, null, new PrintStream(err)));
        assertTrue(err.toString().contains("between 0 and 1"), err.toString());
    }
}
