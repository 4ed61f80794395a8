package com.accountdesk.api;

import com.accountdesk.model.DisplayText;
import com.accountdesk.model.Secret;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.NullNode;
import okhttp3.ConnectionSpec;
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
import java.net.InetAddress;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

import javax.net.ssl.SSLException;

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
    public static final String USER_AGENT = "AccountDesk/" + Objects.requireNonNullElse(
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
    // first window should not wait for. Two clients over one pool and dispatcher: plain HTTP (only
    // ever to loopback: the sandbox) never loads the TLS stack and the system's trusted certificates,
    // which the HTTPS client reads when it is built.
    private final Lazy<OkHttpClient> cleartext;
    private final Lazy<OkHttpClient> tls;
    private final Lazy<ObjectMapper> mapper = new Lazy<>(
            () -> new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false));

    public HttpTransport() {
        this(Settings.defaults());
    }

    public HttpTransport(Settings settings) {
        this.settings = settings;
        this.cleartext = new Lazy<>(() -> new OkHttpClient.Builder()
                .connectTimeout(settings.connectTimeout())
                .readTimeout(settings.readTimeout())
                .writeTimeout(settings.readTimeout())
                .callTimeout(settings.callTimeout())
                .followRedirects(false)
                .followSslRedirects(false)
                .retryOnConnectionFailure(false) // our own policy decides, and never for writes
                .dns(HttpTransport::dns)
                .addNetworkInterceptor(HttpTransport::boundedRetryAfter)
                .addInterceptor(chain -> chain.proceed(chain.request().header("User-Agent") != null ? chain.request()
                        : chain.request().newBuilder().header("User-Agent", USER_AGENT).build()))
                .connectionSpecs(List.of(ConnectionSpec.CLEARTEXT))
                .build());
        // The same settings, pool and dispatcher, with OkHttp's default TLS versions and suites.
        this.tls = new Lazy<>(() -> cleartext.get().newBuilder()
                .connectionSpecs(List.of(ConnectionSpec.MODERN_TLS, ConnectionSpec.CLEARTEXT))
                .build());
    }

    public ObjectMapper mapper() {
        return mapper.get();
    }

    public Settings settings() {
        return settings;
    }

    /** The underlying client (HTTPS and loopback HTTP), for the benchmark's bare-OkHttp baseline and tests. */
    public OkHttpClient okHttp() {
        return tls.get();
    }

    /** The client for {@code url}: one that never set up TLS for plain HTTP. */
    private OkHttpClient clientFor(HttpUrl url) {
        return url.isHttps() ? tls.get() : cleartext.get();
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
        return call(request, errors, List.of());
    }

    /**
     * As {@link #call(Request, ErrorBodyReader)}; {@code bodySecrets} (e.g. a password sent in the
     * body) are redacted from the server's error text as the request's own credentials are.
     */
    public JsonNode call(Request request, ErrorBodyReader errors, List<Secret> bodySecrets) throws ApiException {
        refuseCleartextToNonLoopback(request.url());
        boolean idempotent = "GET".equals(request.method());
        int tries = idempotent ? Math.max(1, settings.maxTries()) : 1;
        // One deadline for the whole action, tries and pauses included: a server that trickles its
        // answers cannot make a user wait the call timeout once per try.
        long deadline = System.nanoTime() + settings.callTimeout().toNanos();
        for (int attempt = 1; ; attempt++) {
            long started = System.nanoTime();
            long left = deadline - started;
            if (left <= 0) {
                throw new ApiException(ApiException.Kind.TIMEOUT, "the server did not answer in time");
            }
            okhttp3.Call call = clientFor(request.url()).newCall(request);
            call.timeout().timeout(left, TimeUnit.NANOSECONDS);
            try (Response response = call.execute()) {
                log(request, response.code(), started);
                ApiException refused;
                if (response.isSuccessful()) {
                    JsonNode body = readBody(response.body(), true);
                    ErrorBodyReader.Refusal inside = errors.refusalIn(body);
                    if (inside == null) {
                        return body;
                    }
                    refused = refusal(inside.status(), inside.said(), errors, secrets(request, bodySecrets));
                } else if (attempt < tries && RETRYABLE_STATUS.contains(response.code())
                        && pause(attempt, response.header("Retry-After"), deadline)) {
                    continue;
                } else {
                    refused = failure(request, response, errors, bodySecrets);
                }
                if (attempt < tries && refused.kind() == ApiException.Kind.BUSY && pause(attempt, null, deadline)) {
                    continue; // a read may ask again once the other operation is done
                }
                throw refused;
            } catch (IOException e) {
                log(request, -1, started);
                boolean hopeless = e instanceof SSLException // a bad certificate stays bad
                        || (e instanceof InterruptedIOException && Thread.currentThread().isInterrupted());
                if (attempt < tries && !hopeless && pause(attempt, null, deadline)) {
                    // The server may have closed every pooled connection while they sat idle (its
                    // keep-alive timeout): without this, each try took another dead one.
                    clientFor(request.url()).connectionPool().evictAll();
                    continue;
                }
                throw networkFailure(e);
            } catch (IllegalStateException | IllegalArgumentException | IndexOutOfBoundsException broken) {
                // OkHttp's own checks on what the server sent (e.g. a 100 then a 103 interim answer):
                // the answer broke HTTP's rules. The exception's text is left out; it may quote headers.
                log(request, -1, started);
                throw new ApiException(ApiException.Kind.BAD_RESPONSE, "the server's answer breaks the rules of HTTP ("
                        + broken.getClass().getSimpleName() + ")");
            }
        }
    }

    /**
     * OkHttp reads a 503's Retry-After as an int and throws on a longer number; such a header is
     * made the largest int here (below OkHttp's reading of it), and {@link #backoffMillis} caps it.
     * OkHttp also sends the request again, whatever its method, after a 503 with
     * {@code Retry-After: 0}: for anything but a GET the header is dropped here, so a launch or a
     * key save is sent once (our own policy, in {@link #call}, never retries those).
     */
    private static Response boundedRetryAfter(okhttp3.Interceptor.Chain chain) throws IOException {
        Response response = chain.proceed(chain.request());
        if (!"GET".equals(chain.request().method()) && response.header("Retry-After") != null) {
            return response.newBuilder().removeHeader("Retry-After").build();
        }
        String retryAfter = response.header("Retry-After");
        if (retryAfter != null && retryAfter.trim().matches("\\d{10,}")) {
            return response.newBuilder().header("Retry-After", String.valueOf(Integer.MAX_VALUE)).build();
        }
        return response;
    }

    /**
     * Plain HTTP only to a literal loopback address or "localhost" (which {@link #dns} pins to
     * loopback): checked here too, not only where the user types the endpoint, so no URL built
     * elsewhere can send a key in the clear over a network.
     */
    private static void refuseCleartextToNonLoopback(HttpUrl url) throws ApiException {
        if (!url.isHttps() && !Endpoints.isLoopback(url.host())) {
            throw new ApiException(ApiException.Kind.INSECURE_ENDPOINT,
                    "Plain HTTP is only allowed to this computer (127.0.0.1, ::1, localhost); use https:// for " + url.host() + ".");
        }
    }

    /**
     * Name look-ups: "localhost" is always this computer's loopback addresses, never asked of a
     * resolver (whose answer could change between the check and the connection); other names as
     * the system resolves them (only ever reached over HTTPS, see above).
     */
    private static List<InetAddress> dns(String host) throws UnknownHostException {
        if ("localhost".equalsIgnoreCase(host)) {
            return List.of(InetAddress.getByAddress("localhost", new byte[] {127, 0, 0, 1}),
                    InetAddress.getByAddress("localhost", new byte[] {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1}));
        }
        return okhttp3.Dns.SYSTEM.lookup(host);
    }

    private ApiException failure(Request request, Response response, ErrorBodyReader errors, List<Secret> bodySecrets) {
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
        return refusal(code, said, errors, secrets(request, bodySecrets));
    }

    /** The request's credentials and those of its body, longest first (see {@link #secretsOf}). */
    private static List<String> secrets(Request request, List<Secret> bodySecrets) {
        List<String> secrets = secretsOf(request);
        bodySecrets.stream().map(Secret::reveal).filter(v -> v.length() >= 6).forEach(secrets::add);
        secrets.sort(Comparator.comparingInt(String::length).reversed());
        return secrets;
    }

    /**
     * A refusal typed as the status it names, unless the provider's words say more (e.g. busy); the
     * server's words with every credential the request carried redacted.
     */
    private static ApiException refusal(int status, ErrorBodyReader.ServerError said, ErrorBodyReader errors, List<String> secrets) {
        ApiException.Kind kind = errors.kindOf(status, said);
        // Invisible characters go first: a zero-width space inside an echoed token must not hide it from redaction.
        return new ApiException(kind != null ? kind : kindOf(status), status, trim(redact(DisplayText.neutralise(said.message()), secrets)),
                redact(DisplayText.neutralise(said.field()), secrets), null)
                .withMissingRight(trim(redact(DisplayText.neutralise(said.right()), secrets)));
    }


    /** Shown instead of a credential the server echoed back. */
    public static final String REDACTED = "[redacted]";

    /**
     * The credentials a request carries, in every spelling a server might echo: the X-Auth-Token
     * value; the Authorization value whole, its token, and for Basic the decoded "key:secret" and
     * secret. Longest first, so a longer one is replaced before a part of it.
     */
    static List<String> secretsOf(Request request) {
        List<String> found = new ArrayList<>();
        for (String name : request.headers().names()) {
            String lower = name.toLowerCase(Locale.ROOT);
            if (!lower.equals("authorization") && !lower.contains("token") && !lower.contains("key")) {
                continue;
            }
            for (String value : request.headers(name)) {
                found.add(value);
                int space = value.indexOf(' ');
                if (space > 0) {
                    String credentials = value.substring(space + 1).trim();
                    found.add(credentials);
                    if (value.regionMatches(true, 0, "Basic", 0, 5)) {
                        try {
                            String decoded = new String(Base64.getDecoder().decode(credentials), StandardCharsets.UTF_8);
                            found.add(decoded);
                            int colon = decoded.indexOf(':');
                            if (colon >= 0) {
                                found.add(decoded.substring(colon + 1));
                            }
                        } catch (IllegalArgumentException notBase64) {
                            // not ours to decode
                        }
                    }
                }
            }
        }
        found.removeIf(v -> v.length() < 6); // too short to be a credential; replacing it would garble the text
        found.sort(Comparator.comparingInt(String::length).reversed());
        return found;
    }

    /** The text with every one of {@code secrets} replaced by {@value #REDACTED}. */
    static String redact(String text, List<String> secrets) {
        if (text == null) {
            return null;
        }
        String out = text;
        for (String secret : secrets) {
            out = out.replace(secret, REDACTED);
        }
        return out;
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
        if (e instanceof SSLException) {
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

    /**
     * Waits before the next try; false (no wait) when the wait would end past the action's deadline,
     * so the caller reports what it has instead of trying once more too late.
     */
    private boolean pause(int attempt, String retryAfter, long deadline) throws ApiException {
        long millis = backoffMillis(attempt, retryAfter);
        if (System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(millis) >= deadline) {
            return false;
        }
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ApiException(ApiException.Kind.TIMEOUT, "cancelled", e);
        }
        return true;
    }

    /** Exponential backoff with full jitter, or the server's Retry-After (seconds), capped. */
    long backoffMillis(int attempt, String retryAfter) {
        long cap = settings.maxRetryAfter().toMillis();
        if (retryAfter != null) {
            try {
                long seconds = Long.parseLong(retryAfter.trim());
                // Compared before multiplying: a huge value must not overflow into a negative wait.
                return seconds <= 0 ? 0 : seconds >= cap / 1000 + 1 ? cap : Math.min(seconds * 1000, cap);
            } catch (NumberFormatException ignored) {
                // an HTTP date, junk or beyond a long: fall back to our own backoff
            }
        }
        long ceiling = settings.backoffBase().toMillis() << Math.min(attempt - 1, 20);
        return ThreadLocalRandom.current().nextLong(ceiling / 2, ceiling + 1);
    }

    private static String trim(String message) {
        if (message == null) {
            return null;
        }
        String m = DisplayText.neutralise(message).strip();
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
