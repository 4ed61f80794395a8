package com.accountdesk.bench;

import com.accountdesk.api.Endpoints;
import com.accountdesk.api.HttpTransport;
import com.accountdesk.api.acm.AcmClient;
import com.accountdesk.model.Environment;
import com.accountdesk.model.Secret;
import com.accountdesk.sandbox.SandboxOptions;
import com.accountdesk.sandbox.SandboxServer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * What the app's client adds to an API call: {@code AcmClient.environments()} (HttpTransport's
 * retry policy, size cap, error mapping, loose-typed reading into records) against a bare OkHttp
 * GET of the same sandbox endpoint parsed to a Jackson tree.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 2)
public class ApiCallBench {
    private static final String TOKEN = "bench-token-0123456789";

    private SandboxServer sandbox;
    private AcmClient client;
    private OkHttpClient bare;
    private ObjectMapper mapper;
    private Request request;

    @Setup
    public void start() throws Exception {
        sandbox = SandboxServer.start(SandboxOptions.inMemory().withExtraApiKey(TOKEN));
        HttpUrl base = Endpoints.parseBase(sandbox.acmBaseUrl());
        client = new AcmClient(base, Secret.of(TOKEN), new HttpTransport());
        bare = new OkHttpClient();
        mapper = new ObjectMapper();
        request = new Request.Builder().url(base.resolve("environments")).header(AcmClient.AUTH_HEADER, TOKEN).build();
    }

    @TearDown
    public void stop() {
        sandbox.close();
        bare.dispatcher().executorService().shutdown();
        bare.connectionPool().evictAll();
    }

    @Benchmark
    public List<Environment> appClient() throws Exception {
        return client.environments();
    }

    @Benchmark
    public JsonNode bareOkHttp() throws IOException {
        try (Response response = bare.newCall(request).execute()) {
            if (!response.isSuccessful()) {
                throw new IOException("HTTP " + response.code());
            }
            return mapper.readTree(response.body().byteStream());
        }
    }
}
