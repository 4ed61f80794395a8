package com.accountdesk.cli;

import com.accountdesk.api.HttpTransport;
import com.accountdesk.app.AppDirs;
import com.accountdesk.credentials.FileSecretStore;
import com.accountdesk.credentials.Profile;
import com.accountdesk.credentials.ProfileStore;
import com.accountdesk.credentials.SecretStores;
import com.accountdesk.model.Provider;
import com.accountdesk.model.Secret;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code status} checks the saved accounts at the same time, under one deadline: a server that
 * answers only once every account's call has arrived (impossible one after another), and one that
 * never answers.
 */
class CliStatusTogetherTest {
    private final AppDirs dirs = AppDirs.under(Path.of(System.getProperty("accountdesk.home"), "cli-" + UUID.randomUUID()));
    private final List<HttpServer> servers = new ArrayList<>();
    private final ExecutorService serverThreads = Executors.newCachedThreadPool();
    private final CountDownLatch testOver = new CountDownLatch(1);

    @AfterEach
    void stop() {
        testOver.countDown();
        servers.forEach(s -> s.stop(0));
        serverThreads.shutdownNow();
    }

    private interface Handler {
        void handle(HttpExchange exchange) throws Exception;
    }

    private String server(Handler handler) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 16);
        server.createContext("/", exchange -> {
            try (exchange) {
                handler.handle(exchange);
            } catch (Exception e) {
                exchange.sendResponseHeaders(500, -1);
            }
        });
        server.setExecutor(serverThreads);
        server.start();
        servers.add(server);
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/api";
    }

    private static void answer(HttpExchange exchange, int status, String json) throws IOException {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, body.length);
        exchange.getResponseBody().write(body);
    }

    private void saveAcmKeyAccount(String name, String endpoint, String key) throws Exception {
        Profile profile = new Profile(null, Provider.ACM, name, endpoint, "", "", "", key.substring(key.length() - 4), false);
        new ProfileStore(dirs.profilesFile()).save(profile);
        FileSecretStore secrets = new FileSecretStore(dirs.config().resolve(SecretStores.FILE_NAME));
        secrets.save(profile.secretName(), Secret.of(key));
        secrets.save(profile.secretBindingName(), Secret.of(profile.secretBinding()));
    }

    private String status(String... options) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        CliContext context = new CliContext(new ByteArrayInputStream(new byte[0]), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), null, () -> false, dirs, Map.of(), new HttpTransport(), Clock.systemUTC());
        List<String> args = new ArrayList<>(List.of("status"));
        args.addAll(List.of(options));
        int code = Cli.run(args.toArray(String[]::new), context);
        return code + "\n" + out.toString(StandardCharsets.UTF_8) + err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void everyAccountIsAskedBeforeAnyAnswers() throws Exception {
        int accounts = 4;
        CyclicBarrier allArrived = new CyclicBarrier(accounts);
        AtomicInteger calls = new AtomicInteger();
        Handler oncePerAccount = exchange -> {
            calls.incrementAndGet();
            try {
                // One after another, the first call would wait here alone: no answer, and the check fails.
                allArrived.await(10, TimeUnit.SECONDS);
                answer(exchange, 401, "{\"error\":\"Invalid API key\",\"code\":401}");
            } catch (TimeoutException | BrokenBarrierException e) {
                answer(exchange, 503, "{\"error\":\"not all accounts asked at once\"}");
            }
        };
        for (int i = 0; i < accounts; i++) {
            // A server each: an account is its endpoint and key, and the same endpoint's key account is one account.
            saveAcmKeyAccount("Account " + i, server(oncePerAccount), "status-together-key-000" + i);
        }

        String run = status();
        assertTrue(run.startsWith("1\n"), run);
        for (int i = 0; i < accounts; i++) {
            String line = run.lines().filter(l -> l.startsWith("Account ")).toList().get(i);
            assertTrue(line.startsWith("Account " + i + " ") && line.contains("refused (the API key was not accepted"), run);
        }
        assertEquals(accounts, calls.get(), "each account's call was sent once: " + run);
    }

    @Test
    void anAccountThatNeverAnswersIsNotReachedByTheDeadlineAndTheOthersAreReported() throws Exception {
        String silent = server(exchange -> testOver.await());
        String refusing = server(exchange -> answer(exchange, 401, "{\"error\":\"Invalid API key\",\"code\":401}"));
        saveAcmKeyAccount("Silent", silent, "status-silent-key-0001");
        saveAcmKeyAccount("Refusing", refusing, "status-refusing-key-0002");

        String run = status("--timeout", "1");
        assertTrue(run.startsWith("1\n"), run);
        assertTrue(run.lines().anyMatch(l -> l.startsWith("Silent ") && l.endsWith("not reached (no answer within 1 s)")), run);
        assertTrue(run.lines().anyMatch(l -> l.startsWith("Refusing ") && l.contains("refused (")), run);
        assertEquals(3, run.lines().count(), "the code and one line per account: " + run);
    }

    @Test
    void aTimeoutBelowOneSecondIsBadInput() {
        String run = status("--timeout", "0");
        assertTrue(run.startsWith("2\n") && run.contains("--timeout must be 1 second or more"), run);
    }
}
