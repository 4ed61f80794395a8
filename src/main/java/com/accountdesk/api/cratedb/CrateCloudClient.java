package com.accountdesk.api.cratedb;

import com.accountdesk.api.ApiException;
import com.accountdesk.api.Endpoints;
import com.accountdesk.api.HeaderValues;
import com.accountdesk.api.HttpTransport;
import com.accountdesk.model.CrateApiKey;
import com.accountdesk.model.CrateUser;
import com.accountdesk.model.CreatedCrateKey;
import com.accountdesk.model.Secret;
import com.fasterxml.jackson.databind.JsonNode;
import okhttp3.Credentials;
import okhttp3.HttpUrl;
import okhttp3.Request;
import okhttp3.RequestBody;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The CrateDB Cloud API for one API key: HTTP basic auth with key and secret on every call, and
 * the optional {@code X-Region} header. Calls go through {@link HttpTransport}, which maps failures
 * to {@link ApiException}.
 */
public final class CrateCloudClient {
    public static final String REGION_HEADER = "X-Region";
    private static final String KEYS = "api/v2/users/me/api-keys/";

    private final HttpUrl base;
    private final String key;
    private final Secret secret;
    private final String region;
    private final HttpTransport http;
    private final String authorization;

    /**
     * @param base   e.g. https://console.cratedb.cloud/ (see {@link com.accountdesk.api.Endpoints})
     * @param region sent as X-Region when not blank
     */
    public CrateCloudClient(HttpUrl base, String key, Secret secret, String region, HttpTransport http) {
        this.base = Objects.requireNonNull(base, "base");
        this.key = Objects.requireNonNull(key, "key");
        this.secret = Objects.requireNonNull(secret, "secret");
        this.region = region == null || region.isBlank() ? null : region.trim();
        this.http = Objects.requireNonNull(http, "http");
        this.authorization = Credentials.basic(key, secret.reveal(), StandardCharsets.UTF_8);
    }

    public HttpUrl base() {
        return base;
    }

    /** The key this client signs its calls with (its public part). */
    public String key() {
        return key;
    }

    public Secret secret() {
        return secret;
    }

    /** The region sent as X-Region, or null. */
    public String region() {
        return region;
    }

    /** {@code GET /api/v2/users/me/}. */
    public CrateUser me() throws ApiException {
        return CrateWire.user(call("GET", "api/v2/users/me/", null));
    }

    /** {@code GET /api/v2/users/me/api-keys/}: the user's keys, never their secrets. */
    public List<CrateApiKey> keys() throws ApiException {
        return CrateWire.keys(call("GET", KEYS, null));
    }

    /** {@code GET /api/v2/users/me/api-keys/{key}/}. */
    public CrateApiKey key(String apiKey) throws ApiException {
        return CrateWire.key(call("GET", keyPath(apiKey), null));
    }

    /** {@code POST /api/v2/users/me/api-keys/}: a new key with its secret, which is never shown again. */
    public CreatedCrateKey createKey() throws ApiException {
        return CrateWire.created(call("POST", KEYS, RequestBody.create(new byte[0], null)));
    }

    /** {@code PATCH /api/v2/users/me/api-keys/{key}/} with {"active": ...}. */
    public CrateApiKey setActive(String apiKey, boolean active) throws ApiException {
        return CrateWire.key(call("PATCH", keyPath(apiKey), http.json(Map.of("active", active))));
    }

    /** {@code DELETE /api/v2/users/me/api-keys/{key}/}. */
    public void deleteKey(String apiKey) throws ApiException {
        call("DELETE", keyPath(apiKey), null);
    }

    private JsonNode call(String method, String path, RequestBody body) throws ApiException {
        HttpUrl url = base.resolve(path);
        if (url == null) {
            throw new IllegalArgumentException("bad path " + path);
        }
        Request.Builder request = new Request.Builder().url(url).header("Authorization", authorization)
                .method(method, body);
        if (region != null) {
            request.header(REGION_HEADER, HeaderValues.require("The region", region));
        }
        return http.call(request.build(), CrateWire.ERRORS);
    }

    /** The key as one escaped path segment, so it can never climb out of its place in the path. */
    private static String keyPath(String apiKey) {
        return KEYS + Endpoints.pathSegment(apiKey) + "/";
    }

    @Override
    public String toString() {
        return "CrateCloudClient[" + base + (region == null ? "" : ", region " + region) + "]";
    }
}
