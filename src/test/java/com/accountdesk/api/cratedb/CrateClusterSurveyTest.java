package com.accountdesk.api.cratedb;

import com.accountdesk.api.Endpoints;
import com.accountdesk.api.HttpTransport;
import com.accountdesk.model.Secret;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * The survey reads its clusters' disks at the same time, each once: a server that answers the disk
 * metric only when every cluster's read has arrived (impossible one after another); the entries
 * keep the clusters' order.
 */
class CrateClusterSurveyTest {
    private static final int CLUSTERS = 5;
    private final ExecutorService serverThreads = Executors.newCachedThreadPool();
    private HttpServer server;

    @AfterEach
    void stop() {
        server.stop(0);
        serverThreads.shutdownNow();
    }

    private static void answer(HttpExchange exchange, int status, String json) throws IOException {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, body.length);
        exchange.getResponseBody().write(body);
    }

    @Test
    void everyClustersDiskIsReadOnceAndAtTheSameTime() throws Exception {
        CyclicBarrier allAsked = new CyclicBarrier(CLUSTERS);
        AtomicInteger metricReads = new AtomicInteger();
        String clusters = IntStream.range(0, CLUSTERS).mapToObj(i -> "{\"id\":\"c" + i + "\",\"name\":\"cluster-" + i
                + "\",\"project_id\":\"p1\",\"num_nodes\":1,\"hardware_specs\":{\"disk_size_per_node_bytes\":1000}}")
                .collect(Collectors.joining(",", "[", "]"));
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 32);
        server.setExecutor(serverThreads);
        server.createContext("/", exchange -> {
            try (exchange) {
                String path = exchange.getRequestURI().getPath();
                if (path.endsWith("/organizations/")) {
                    answer(exchange, 200, "[{\"id\":\"o1\",\"name\":\"Org\"}]");
                } else if (path.endsWith("/projects/")) {
                    answer(exchange, 200, "[{\"id\":\"p1\",\"name\":\"Project\",\"organization_id\":\"o1\"}]");
                } else if (path.endsWith("/clusters/")) {
                    answer(exchange, 200, clusters);
                } else if (path.contains("/metrics/")) {
                    metricReads.incrementAndGet();
                    int cluster = Integer.parseInt(path.replaceAll(".*/clusters/c(\\d+)/.*", "$1"));
                    try {
                        allAsked.await(10, TimeUnit.SECONDS);
                        answer(exchange, 200, "{\"data\":{\"result\":[{\"metric\":{\"instance\":\"n0\"},\"values\":[[1700000000,\""
                                + (100 * (cluster + 1)) + "\"]]}]}}");
                    } catch (TimeoutException | BrokenBarrierException | InterruptedException e) {
                        answer(exchange, 503, "{\"message\":\"not every disk asked at once\"}");
                    }
                } else {
                    answer(exchange, 404, "{\"message\":\"no such path\"}");
                }
            }
        });
        server.start();
        HttpTransport http = new HttpTransport(HttpTransport.Settings.defaults().withRetries(1, java.time.Duration.ofMillis(5)));
        CrateCloudClient client = new CrateCloudClient(Endpoints.parseBase("http://127.0.0.1:" + server.getAddress().getPort() + "/"),
                "key", Secret.of("secret"), null, http);

        CrateClusterSurvey.Result result = CrateClusterSurvey.look(client);

        assertEquals(CLUSTERS, metricReads.get(), "each cluster's disk read once");
        List<CrateClusterSurvey.Entry> entries = result.clusters();
        for (int i = 0; i < CLUSTERS; i++) {
            CrateClusterSurvey.Entry e = entries.get(i);
            assertEquals("cluster-" + i, e.cluster().name());
            assertNull(e.diskProblem(), e.diskProblem());
            assertEquals(100L * (i + 1), e.disk().usedBytes());
        }
    }
}
