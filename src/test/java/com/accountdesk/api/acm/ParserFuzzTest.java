package com.accountdesk.api.acm;

import com.accountdesk.api.ApiException;
import com.accountdesk.api.Endpoints;
import com.accountdesk.api.HttpTransport;
import com.accountdesk.model.Secret;
import com.accountdesk.testing.FixedServer;
import com.accountdesk.testing.FixedServer.Answer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import okhttp3.HttpUrl;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Hundreds of generated malformed, truncated, wrong-typed and huge answers (seeded, so a failure
 * repeats) fed to every read of the ACM client, both straight to the parsers and over real HTTP:
 * each either parses or fails with an {@link ApiException}, never an unchecked exception, never a hang.
 */
class ParserFuzzTest {
    private static final long SEED = 20261124L;
    private static final int GENERATED = 400;

    /** Well-formed answers of each read, the starting points for mutation. */
    private static final List<String> SHAPES = List.of(
            "{\"data\":{\"id\":\"7\",\"email\":\"a@b.c\",\"name\":\"A\",\"tokens\":[{\"token\":\"abc\",\"created\":\"2024-01-01 00:00:00\","
                    + "\"expires\":\"2030-01-01 00:00:00\"}],\"origins\":\"a.com\\n10.0.0.0/8\"}}",
            "{\"data\":[{\"id\":101,\"name\":\"env\",\"type\":\"aws\",\"domain\":\"x.y\",\"created\":1700000000}]}",
            "{\"data\":[{\"id\":\"5\",\"name\":\"c\",\"status\":\"online\",\"id_environment\":\"101\",\"nodes\":\"2\",\"shards\":1,\"replicas\":2}]}",
            "{\"data\":{\"id\":\"5\",\"name\":\"c\",\"status\":\"online\",\"nodes\":2}}",
            "{\"data\":\"token-value\"}",
            "{\"data\":{\"token\":\"tok\",\"name\":\"n\",\"email\":\"e\",\"tokenExpiry\":\"2030-01-01 00:00:00\"}}",
            "{\"error\":\"bad\",\"code\":400,\"field\":\"name\"}");

    private static final List<String> ODD_VALUES = List.of("null", "true", "false", "0", "-1", "1e400", "-1e400",
            "9223372036854775807", "-9223372036854775808", "123456789012345678901234567890", "\"\"", "\"x\"",
            "\"9999-99-99 99:99:99\"", "\"+999999999-12-31T23:59:59Z\"", "[]", "{}", "[null]", "[[[]]]",
            "{\"token\":{}}", "\"\\u0000\"", "1.5", "\"1\"");

    private final ObjectMapper mapper = new ObjectMapper();

    static List<String> bodies() {
        Random random = new Random(SEED);
        List<String> out = new ArrayList<>();
        // Fixed odd cases first.
        out.addAll(List.of("", " ", "null", "[]", "{}", "\"text\"", "42", "true", "{\"data\":null}", "{\"data\":[]}",
                "{\"data\":{}}", "{\"data\":\"\"}", "{\"data\":[null,1,\"x\",[]]}", "<html><body>502 Bad Gateway</body></html>",
                "\uFEFF{\"data\":[]}", "{\"data\":[" + "[".repeat(5000) + "]".repeat(5000) + "]}",
                "{\"data\":\"" + "k".repeat(3 * 1024 * 1024) + "\"}", "{\"data\":[" + "{},".repeat(200_000) + "{}]}",
                "{\"data\":" + "9".repeat(5000) + "}", "{\"data\":{\"tokens\":[{\"token\":\"t\",\"expires\":-9223372036854775808}]}}",
                "{\"data\":[{\"id\":\"1\",\"created\":-9223372036854775808}]}", "{\"data\":{\"id\":\"1\",\"nodes\":1e400}}"));
        while (out.size() < GENERATED) {
            String shape = SHAPES.get(random.nextInt(SHAPES.size()));
            out.add(switch (random.nextInt(5)) {
                case 0 -> shape.substring(0, random.nextInt(shape.length())); // truncated
                case 1 -> replaceAValue(shape, random); // wrong type
                case 2 -> replaceAValue(replaceAValue(replaceAValue(shape, random), random), random);
                case 3 -> corrupt(shape, random); // random characters changed
                default -> randomJson(random, 0);
            });
        }
        return out;
    }

    /** Swaps one scalar value of the shape for an odd one. */
    private static String replaceAValue(String shape, Random random) {
        List<int[]> spans = new ArrayList<>();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile(":(\"[^\"]*\"|-?\\d+|true|false|null)").matcher(shape);
        while (m.find()) {
            spans.add(new int[] {m.start(1), m.end(1)});
        }
        if (spans.isEmpty()) {
            return shape;
        }
        int[] span = spans.get(random.nextInt(spans.size()));
        return shape.substring(0, span[0]) + ODD_VALUES.get(random.nextInt(ODD_VALUES.size())) + shape.substring(span[1]);
    }

    private static String corrupt(String shape, Random random) {
        char[] chars = shape.toCharArray();
        for (int i = 0; i < 1 + random.nextInt(4); i++) {
            String junk = "{}[]\",:\\x0 \u00e9";
            chars[random.nextInt(chars.length)] = junk.charAt(random.nextInt(junk.length()));
        }
        return new String(chars);
    }

    private static String randomJson(Random random, int depth) {
        int pick = depth > 4 ? random.nextInt(3) : random.nextInt(6);
        return switch (pick) {
            case 0 -> ODD_VALUES.get(random.nextInt(ODD_VALUES.size()));
            case 1 -> "\"s" + random.nextInt(1000) + "\"";
            case 2 -> String.valueOf(random.nextLong());
            case 3 -> {
                StringBuilder s = new StringBuilder("[");
                for (int i = 0, n = random.nextInt(4); i < n; i++) {
                    s.append(i > 0 ? "," : "").append(randomJson(random, depth + 1));
                }
                yield s.append(']').toString();
            }
            default -> {
                String[] names = {"data", "id", "token", "tokens", "expires", "created", "name", "status", "nodes", "origins", "error"};
                StringBuilder s = new StringBuilder("{");
                for (int i = 0, n = 1 + random.nextInt(4); i < n; i++) {
                    s.append(i > 0 ? "," : "").append('"').append(names[random.nextInt(names.length)]).append("\":")
                            .append(randomJson(random, depth + 1));
                }
                yield s.append('}').toString();
            }
        };
    }

    @FunctionalInterface
    private interface Read {
        Object from(JsonNode answer) throws ApiException;
    }

    @Test
    void theParsersGiveTypedErrorsOnly() {
        List<Read> reads = List.of(AcmWire::account, AcmWire::environments, a -> AcmWire.clusters(a, "101"),
                a -> AcmWire.cluster(AcmWire.data(a), null), AcmWire::secretData, AcmWire::signIn,
                AcmWire.ERRORS::read, AcmWire::origins, AcmWire::clusterStatus, AcmWire::nodeTypes, AcmWire::launchValidity);
        AtomicInteger parsed = new AtomicInteger();
        AtomicInteger refused = new AtomicInteger();
        assertTimeoutPreemptively(Duration.ofSeconds(120), () -> {
            for (String body : bodies()) {
                JsonNode answer;
                try {
                    answer = mapper.readTree(body);
                } catch (Exception notJson) {
                    continue; // the transport's part: covered over HTTP below
                }
                for (Read read : reads) {
                    try {
                        read.from(answer);
                        parsed.incrementAndGet();
                    } catch (ApiException expected) {
                        refused.incrementAndGet();
                    } catch (RuntimeException bug) {
                        fail("unchecked " + bug + " for body " + excerpt(body), bug);
                    }
                }
            }
        });
        assertTrue(parsed.get() > 50 && refused.get() > 200, "both outcomes are exercised: " + parsed + " parsed, " + refused + " refused");
    }

    @Test
    void everyClientReadGivesATypedErrorOverHttp() throws Exception {
        AtomicReference<Answer> current = new AtomicReference<>();
        HttpTransport http = new HttpTransport(HttpTransport.Settings.defaults()
                .withTimeouts(Duration.ofSeconds(5), Duration.ofSeconds(5), Duration.ofSeconds(15))
                .withRetries(3, Duration.ofMillis(1)));
        Random random = new Random(SEED);
        int[] statuses = {200, 200, 200, 200, 400, 401, 404, 409, 422, 500, 503};
        AtomicInteger typedErrors = new AtomicInteger();
        try (FixedServer server = new FixedServer(n -> current.get())) {
            HttpUrl base = Endpoints.parseBase(server.baseUrl());
            AcmClient client = new AcmClient(base, Secret.of("fuzz-key-0123456789"), http);
            List<Read> reads = List.of(a -> client.account(), a -> client.generateApiKey(), a -> client.createAnywhereToken(),
                    a -> client.environments(), a -> client.clusters("101"), a -> client.cluster("5"),
                    a -> AcmClient.login(base, "u@x.y", Secret.of("fuzz-password"), http));
            List<String> bodies = bodies();
            bodies.add("{\"data\":\"" + "x".repeat(5 * 1024 * 1024) + "\"}"); // over the 4 MB cap
            assertTimeoutPreemptively(Duration.ofSeconds(300), () -> {
                for (String body : bodies) {
                    current.set(Answer.json(statuses[random.nextInt(statuses.length)], body));
                    for (Read read : reads) {
                        try {
                            read.from(null);
                        } catch (ApiException expected) {
                            typedErrors.incrementAndGet();
                        } catch (RuntimeException bug) {
                            fail("unchecked " + bug + " for HTTP " + current.get().status() + " body " + excerpt(body), bug);
                        }
                    }
                }
            });
        }
        assertTrue(typedErrors.get() > GENERATED * 3, "most of " + GENERATED * 7 + " reads fail, each typed: " + typedErrors);
    }

    private static String excerpt(String body) {
        return body.length() > 200 ? body.substring(0, 200) + "… (" + body.length() + " chars)" : body;
    }
}
