package com.accountdesk.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.NullNode;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okhttp3.ResponseBody;
import okio.BufferedSource;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The one place HTTP is done: a shared OkHttp client with timeouts, no redirects (so credentials
 * never follow one to another host), retries for GETs only, a cap on answer size, and the mapping
 * of every failure to an {@link ApiException}. Provider clients build requests and read JSON.
 */
public final class HttpTransport {
    private static final Logger LOG = Logger.getLogger(HttpTransport.class.getName());
    /** In a holder, so OkHttp is loaded at the first request, not when the app builds its transport. */
    private static final class Json {
        static final MediaType TYPE = MediaType.get("application/json; charset=utf-8");
    }
    private static final Set<Integer> RETRYABLE_STATUS = Set.of(429, 502, 503, 504);
    /**
     * The server message of a NETWORK failure after the connection was made: the request may have
     * arrived and been carried out, so the user must check before sending it again.
     */
    public static final String CONNECTION_BROKE = "the connection broke before the answer arrived";
    /** Names the app to the server (and lets the test suite tell the app's requests from its own). */
    public static final String USER_AGENT = "AccountDesk/" + java.util.Objects.requireNonNullElse(
            HttpTransport.class.getPackage().getImplementationVersion(), "dev");

    /** Timeouts, retry policy and the largest answer read. */
    public record Settings(Duration connectTimeout, Duration readTimeout, Duration callTimeout,
                           int maxTries, Duration backoffBase, Duration maxRetryAfter, long maxBodyBytes) {
        public static Settings defaults() {
            return new Settings(Duration.ofSeconds(10), Duration.ofSeconds(20), Duration.ofSeconds(60),
                    3, Duration.ofMillis(300), Duration.ofSeconds(10), 4L * 1024 * 1024);
        }

        public Settings withTimeouts(Duration connect, Duration read, Duration call) {
            return new Settings(connect, read, call, maxTries, backoffBase, maxRetryAfter, maxBodyBytes);
        }

        public Settings withRetries(int tries, Duration base) {
            return new Settings(connectTimeout, readTimeout, callTimeout, tries, base, maxRetryAfter, maxBodyBytes);
        }
    }

    private final Settings settings;
    // Built on first use, off the FX thread: TLS and Jackson set-up cost hundreds of ms that the
    // first window should not wait for.
    private final Lazy<OkHttpClient> client;
    private final Lazy<ObjectMapper> mapper = new Lazy<>(
            () -> new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false));

    public HttpTransport() {
        this(Settings.defaults());
    }

    public HttpTransport(Settings settings) {
        this.settings = settings;
        this.client = new Lazy<>(() -> new OkHttpClient.Builder()
                .connectTimeout(settings.connectTimeout())
                .readTimeout(settings.readTimeout())
                .writeTimeout(settings.readTimeout())
                .callTimeout(settings.callTimeout())
                .followRedirects(false)
                .followSslRedirects(false)
                .retryOnConnectionFailure(false) // our own policy decides, and never for writes
                .addInterceptor(chain -> chain.proceed(chain.request().header("User-Agent") != null ? chain.request()
                        : chain.request().newBuilder().header("User-Agent", USER_AGENT).build()))
                .build());
    }

    public ObjectMapper mapper() {
        return mapper.get();
    }

    public Settings settings() {
        return settings;
    }

    /** The underlying client, for the benchmark's bare-OkHttp baseline. */
    public OkHttpClient okHttp() {
        return client.get();
    }

    public RequestBody json(Object body) {
        try {
            return RequestBody.create(mapper.get().writeValueAsBytes(body), Json.TYPE);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("cannot write request body of " + body.getClass().getSimpleName(), e);
        }
    }

    /**
     * Sends the request and returns its parsed JSON body ({@link NullNode} for an empty one).
     * GET is retried on network errors and 429/502/503/504; other methods are sent once.
     */
    public JsonNode call(Request request, ErrorBodyReader errors) throws ApiException {
        boolean idempotent = "GET".equals(request.method());
        int tries = idempotent ? Math.max(1, settings.maxTries()) : 1;
        for (int attempt = 1; ; attempt++) {
            long started = System.nanoTime();
            try (Response response = client.get().newCall(request).execute()) {
                log(request, response.code(), started);
                ApiException refused;
                if (response.isSuccessful()) {
                    JsonNode body = readBody(response.body(), true);
                    ErrorBodyReader.Refusal inside = errors.refusalIn(body);
                    if (inside == null) {
                        return body;
                    }
                    refused = refusal(inside.status(), inside.said(), errors);
                } else if (attempt < tries && RETRYABLE_STATUS.contains(response.code())) {
                    pause(attempt, response.header("Retry-After"));
                    continue;
                } else {
                    refused = failure(response, errors);
                }
                if (attempt < tries && refused.kind() == ApiException.Kind.BUSY) {
                    pause(attempt, null); // a read may ask again once the other operation is done
                    continue;
                }
                throw refused;
            } catch (IOException e) {
                log(request, -1, started);
                boolean hopeless = e instanceof javax.net.ssl.SSLException // a bad certificate stays bad
                        || (e instanceof InterruptedIOException && Thread.currentThread().isInterrupted());
                if (attempt < tries && !hopeless) {
                    pause(attempt, null);
                    continue;
                }
                throw networkFailure(e);
            }
        }
    }

    private ApiException failure(Response response, ErrorBodyReader errors) {
        int code = response.code();
        if (code >= 300 && code < 400) {
            HttpUrl target = response.request().url();
            String location = response.header("Location", "");
            return new ApiException(ApiException.Kind.BAD_RESPONSE, code,
                    "the server redirects elsewhere" + (location.isEmpty() ? "" : " (" + hostOf(location, target) + ")")
                            + "; check the endpoint URL", null, null);
        }
        JsonNode body;
        try {
            body = readBody(response.body(), false);
        } catch (ApiException e) {
            body = null;
        }
        ErrorBodyReader.ServerError said = body == null ? new ErrorBodyReader.ServerError(null, null) : errors.read(body);
        return refusal(code, said, errors);
    }

    /** A refusal typed as the status it names, unless the provider's words say more (e.g. busy). */
    private static ApiException refusal(int status, ErrorBodyReader.ServerError said, ErrorBodyReader errors) {
        ApiException.Kind kind = errors.kindOf(status, said);
        return new ApiException(kind != null ? kind : kindOf(status), status, trim(said.message()), said.field(), null);
    }

    private static String hostOf(String location, HttpUrl base) {
        HttpUrl url = base == null ? HttpUrl.parse(location) : base.resolve(location);
        return url == null ? "unknown place" : url.host();
    }

    static ApiException.Kind kindOf(int code) {
        return switch (code) {
            case 400, 422 -> ApiException.Kind.INVALID_INPUT;
            case 401 -> ApiException.Kind.UNAUTHORIZED;
            case 403 -> ApiException.Kind.FORBIDDEN;
            case 404 -> ApiException.Kind.NOT_FOUND;
            case 409 -> ApiException.Kind.CONFLICT;
            case 429 -> ApiException.Kind.RATE_LIMITED;
            default -> code >= 500 ? ApiException.Kind.SERVER_ERROR : ApiException.Kind.BAD_RESPONSE;
        };
    }

    private static ApiException networkFailure(IOException e) {
        if (e instanceof javax.net.ssl.SSLException) {
            // The handshake comes before the request: nothing, no key, was sent.
            return new ApiException(ApiException.Kind.INSECURE_ENDPOINT, 0,
                    "The server's HTTPS certificate could not be verified, so Account Desk sent nothing to it. "
                            + "Check the endpoint URL; if it is right, the server's certificate is self-signed, "
                            + "expired or for another name, or something on the network is intercepting the connection.",
                    null, e);
        }
        if (e instanceof SocketTimeoutException || e instanceof InterruptedIOException) {
            return new ApiException(ApiException.Kind.TIMEOUT, "the server did not answer in time", e);
        }
        if (e instanceof UnknownHostException || e instanceof ConnectException || e instanceof NoRouteToHostException) {
            return new ApiException(ApiException.Kind.NETWORK, "could not connect", e);
        }
        return new ApiException(ApiException.Kind.NETWORK, CONNECTION_BROKE, e);
    }

    private JsonNode readBody(ResponseBody body, boolean strict) throws ApiException {
        if (body == null) {
            return NullNode.getInstance();
        }
        try {
            BufferedSource source = body.source();
            // Ask for one byte more than allowed: if it arrives, the body is too large.
            if (source.request(settings.maxBodyBytes() + 1)) {
                throw new ApiException(ApiException.Kind.BAD_RESPONSE,
                        "the answer is larger than " + (settings.maxBodyBytes() / (1024 * 1024)) + " MB");
            }
            String text = source.readString(StandardCharsets.UTF_8);
            if (text.isBlank()) {
                return NullNode.getInstance();
            }
            return mapper.get().readTree(text);
        } catch (JsonProcessingException e) {
            if (!strict) {
                return null;
            }
            // No excerpt of the body: it might hold a secret.
            throw new ApiException(ApiException.Kind.BAD_RESPONSE, "the answer is not valid JSON", null);
        } catch (IOException e) {
            throw networkFailure(e);
        }
    }

    private void pause(int attempt, String retryAfter) throws ApiException {
        long millis = backoffMillis(attempt, retryAfter);
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ApiException(ApiException.Kind.TIMEOUT, "cancelled", e);
        }
    }

    /** Exponential backoff with full jitter, or the server's Retry-After (seconds), capped. */
    long backoffMillis(int attempt, String retryAfter) {
        if (retryAfter != null) {
            try {
                long seconds = Long.parseLong(retryAfter.trim());
                return Math.min(Math.max(0, seconds) * 1000, settings.maxRetryAfter().toMillis());
            } catch (NumberFormatException ignored) {
                // an HTTP date or junk: fall back to our own backoff
            }
        }
        long ceiling = settings.backoffBase().toMillis() << (attempt - 1);
        return ThreadLocalRandom.current().nextLong(ceiling / 2, ceiling + 1);
    }

    private static String trim(String message) {
        if (message == null) {
            return null;
        }
        String m = message.strip();
        return m.length() > 300 ? m.substring(0, 300) + "…" : m;
    }

    private static void log(Request request, int status, long startedNanos) {
        if (LOG.isLoggable(Level.FINE)) {
            LOG.fine(() -> request.method() + " " + redactedPath(request.url()) + " -> "
                    + (status < 0 ? "no answer" : status) + " in " + (System.nanoTime() - startedNanos) / 1_000_000 + " ms");
        }
    }

    /** The path with long segments (keys, tokens) masked and no query: safe for a log. */
    static String redactedPath(HttpUrl url) {
        StringBuilder s = new StringBuilder(url.host()).append(':').append(url.port());
        for (String segment : url.encodedPathSegments()) {
            s.append('/').append(segment.length() > 16 ? segment.substring(0, 3) + "…" : segment);
        }
        return s.toString();
    }

    /** A value made once, on first use, by whichever thread asks first. */
    private static final class Lazy<T> {
        private final Supplier<T> make;
        private volatile T value;

        Lazy(Supplier<T> make) {
            this.make = make;
        }

        T get() {
            T v = value;
            if (v == null) {
                synchronized (this) {
                    v = value;
                    if (v == null) {
                        v = make.get();
                        value = v;
                    }
                }
            }
            return v;
        }
    }
}
