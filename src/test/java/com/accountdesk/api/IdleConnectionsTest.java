package com.accountdesk.api;

import com.accountdesk.api.acm.AcmClient;
import com.accountdesk.model.Secret;
import com.accountdesk.testing.RawServer;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Connections the server closed while they sat idle in the pool (a server's keep-alive timeout:
 * the sandbox's JDK server closes them after about half a minute, load balancers after a minute or
 * so). Seen in the app: the Clusters tab reads its clusters' disks side by side, leaving several
 * connections in the pool; a minute later Expand Storage… said "The connection broke before the
 * server answered", as each of a GET's three tries took another dead connection.
 */
class IdleConnectionsTest {
    private static final int SIDE_BY_SIDE = 4;

    @Test
    void aGetAfterTheServerClosedEveryPooledConnectionIsAnswered() throws Exception {
        try (ClosingServer server = new ClosingServer(SIDE_BY_SIDE)) {
            AcmClient client = new AcmClient(Endpoints.parseBase(server.baseUrl()), Secret.of("key-abcdefghijklmnop"),
                    new HttpTransport(HttpTransport.Settings.defaults().withRetries(3, Duration.ofMillis(5))));
            ExecutorService pool = Executors.newFixedThreadPool(SIDE_BY_SIDE);
            try {
                List<Future<?>> reads = new ArrayList<>();
                for (int i = 0; i < SIDE_BY_SIDE; i++) {
                    reads.add(pool.submit(() -> client.environments()));
                }
                for (Future<?> read : reads) {
                    read.get(20, TimeUnit.SECONDS); // side by side: one connection each, all pooled after
                }
            } finally {
                pool.shutdownNow();
            }
            // The client has its answers before the server has closed their connections: wait for that.
            assertTrue(server.closedAfterAnswer.await(20, TimeUnit.SECONDS), "the server closed the connections it answered");
            assertDoesNotThrow(client::environments, "the read after the pool's connections were closed");
        }
    }

    /**
     * Answers with keep-alive (no "Connection: close"), then closes the connection, as a server
     * whose idle timeout passed does. The first {@code together} requests are answered only when all
     * of them have arrived, so each has come on a connection of its own.
     */
    private static final class ClosingServer implements AutoCloseable {
        private final ServerSocket socket;
        private final CountDownLatch arrived;
        /** Counted down once each of the first {@code together} connections is closed after its answer. */
        final CountDownLatch closedAfterAnswer;

        ClosingServer(int together) throws IOException {
            socket = new ServerSocket(0, 16, InetAddress.getLoopbackAddress());
            arrived = new CountDownLatch(together);
            closedAfterAnswer = new CountDownLatch(together);
            Thread accept = new Thread(() -> {
                while (!socket.isClosed()) {
                    try {
                        Socket s = socket.accept();
                        Thread t = new Thread(() -> answerOnce(s), "closing-server-connection");
                        t.setDaemon(true);
                        t.start();
                    } catch (IOException closed) {
                        return;
                    }
                }
            }, "closing-server");
            accept.setDaemon(true);
            accept.start();
        }

        private void answerOnce(Socket s) {
            try (s) {
                RawServer.readHead(s.getInputStream());
                arrived.countDown();
                arrived.await(20, TimeUnit.SECONDS);
                String body = "{\"data\":[]}";
                s.getOutputStream().write(("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: "
                        + body.length() + "\r\n\r\n" + body).getBytes(StandardCharsets.ISO_8859_1));
                s.getOutputStream().flush();
            } catch (IOException | InterruptedException gone) {
                return; // the client hung up, or the test ended
            }
            closedAfterAnswer.countDown(); // the socket is closed here, after its answer
        }

        String baseUrl() {
            return "http://127.0.0.1:" + socket.getLocalPort() + "/api/";
        }

        @Override
        public void close() throws IOException {
            socket.close();
        }
    }
}
