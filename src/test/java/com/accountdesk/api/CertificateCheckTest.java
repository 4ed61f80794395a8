package com.accountdesk.api;

import com.accountdesk.api.acm.AcmClient;
import com.accountdesk.model.Secret;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.tls.HandshakeCertificates;
import okhttp3.tls.HeldCertificate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Certificates are always checked: a self-signed HTTPS server on loopback is refused before any
 * request (and so any key) is sent, while the same server works for a client that trusts it.
 */
class CertificateCheckTest {
    private HttpsServer server;
    private HeldCertificate certificate;
    private final AtomicInteger requests = new AtomicInteger();

    @BeforeEach
    void start() throws Exception {
        certificate = new HeldCertificate.Builder().addSubjectAlternativeName("127.0.0.1")
                .addSubjectAlternativeName("localhost").commonName("self-signed test").build();
        HandshakeCertificates serverCerts = new HandshakeCertificates.Builder().heldCertificate(certificate).build();
        server = HttpsServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 8);
        server.setHttpsConfigurator(new HttpsConfigurator(serverCerts.sslContext()));
        server.createContext("/", exchange -> {
            requests.incrementAndGet();
            byte[] body = "{\"data\":[]}".getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private String base() {
        return "https://127.0.0.1:" + server.getAddress().getPort() + "/api/";
    }

    @Test
    void aSelfSignedServerIsRefusedAndHearsNothing() throws Exception {
        HttpTransport http = new HttpTransport(HttpTransport.Settings.defaults().withRetries(3, Duration.ofMillis(5)));
        AcmClient client = new AcmClient(Endpoints.parseBase(base()), Secret.of("key-never-sent-0123456789"), http);
        ApiException e = assertThrows(ApiException.class, client::environments);
        assertEquals(ApiException.Kind.INSECURE_ENDPOINT, e.kind());
        assertTrue(e.serverMessage().contains("certificate could not be verified"), e.serverMessage());
        assertFalse(e.getMessage().contains("key-never-sent"));
        assertEquals(0, requests.get(), "the handshake failed before any request");
    }

    @Test
    void theSameServerAnswersAClientThatTrustsItsCertificate() throws Exception {
        // The control: the server itself works, so the refusal above is the certificate check.
        HandshakeCertificates trusting = new HandshakeCertificates.Builder()
                .addTrustedCertificate(certificate.certificate()).build();
        OkHttpClient client = new OkHttpClient.Builder()
                .sslSocketFactory(trusting.sslSocketFactory(), trusting.trustManager()).build();
        try (Response r = client.newCall(new Request.Builder().url(base() + "environments").build()).execute()) {
            assertEquals(200, r.code());
        }
        assertEquals(1, requests.get());
    }

    @Test
    void theTransportKeepsOkHttpsCertificateAndHostnameChecks() {
        OkHttpClient ours = new HttpTransport().okHttp();
        OkHttpClient stock = new OkHttpClient();
        assertEquals(stock.hostnameVerifier().getClass(), ours.hostnameVerifier().getClass());
        assertEquals(stock.x509TrustManager().getClass(), ours.x509TrustManager().getClass());
        assertEquals(stock.certificatePinner(), ours.certificatePinner());
        assertFalse(ours.followRedirects(), "the auth header never follows a redirect");
        assertFalse(ours.followSslRedirects());
        assertTrue(ours.connectTimeoutMillis() > 0 && ours.readTimeoutMillis() > 0
                && ours.writeTimeoutMillis() > 0 && ours.callTimeoutMillis() > 0, "every timeout is set");
    }
}
