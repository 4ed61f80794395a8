package com.accountdesk.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/**
 * A loopback server that answers every connection with the same raw bytes, whatever HTTP's rules
 * say: for answers no well-behaved server library would send (interim 1xx answers in a row).
 */
public final class RawServer implements AutoCloseable {
    private final ServerSocket socket;

    public RawServer(String rawAnswer) throws IOException {
        socket = new ServerSocket(0, 16, InetAddress.getLoopbackAddress());
        Thread t = new Thread(() -> {
            while (!socket.isClosed()) {
                try (Socket s = socket.accept()) {
                    readHead(s.getInputStream());
                    s.getOutputStream().write(rawAnswer.getBytes(StandardCharsets.ISO_8859_1));
                    s.getOutputStream().flush();
                } catch (IOException closed) {
                    // the test ended, or the client hung up
                }
            }
        }, "raw-server");
        t.setDaemon(true);
        t.start();
    }

    /** Reads a request's head, up to the blank line after its headers (the request line and headers are not needed). */
    public static void readHead(InputStream in) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        int b;
        while ((b = in.read()) >= 0) {
            head.write(b);
            if (head.toString(StandardCharsets.ISO_8859_1).endsWith("\r\n\r\n")) {
                return;
            }
        }
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + socket.getLocalPort() + "/api/";
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
