package com.accountdesk.api.cratedb;

import com.accountdesk.api.ApiException;
import com.accountdesk.api.Endpoints;
import com.accountdesk.api.HeaderValues;
import com.accountdesk.api.HttpTransport;
import com.accountdesk.model.CrateApiKey;
import com.accountdesk.model.CrateCluster;
import com.accountdesk.model.CrateMetric;
import com.accountdesk.model.CrateOperation;
import com.accountdesk.model.CrateOrganization;
import com.accountdesk.model.CratePrice;
import com.accountdesk.model.CrateProduct;
import com.accountdesk.model.CrateProject;
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
    private static final String CLUSTERS = "api/v2/clusters/";

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

    // ---- organizations, projects, clusters (CrateClusterWire reads them)

    /** {@code GET /api/v2/organizations/}. */
    public List<CrateOrganization> organizations() throws ApiException {
        return CrateClusterWire.list(call("GET", "api/v2/organizations/", null), "organizations", CrateClusterWire::organization);
    }

    /** {@code GET /api/v2/projects/}: every project the user sees. */
    public List<CrateProject> projects() throws ApiException {
        return CrateClusterWire.list(call("GET", "api/v2/projects/", null), "projects", CrateClusterWire::project);
    }

    /** {@code GET /api/v2/clusters/}, or {@code ?project_id=} when a project is given. */
    public List<CrateCluster> clusters(String projectId) throws ApiException {
        HttpUrl.Builder url = url(CLUSTERS).newBuilder();
        if (projectId != null) {
            url.addQueryParameter("project_id", projectId);
        }
        return CrateClusterWire.list(call("GET", url.build(), null), "clusters", CrateClusterWire::cluster);
    }

    /** {@code GET /api/v2/clusters/{id}/}. */
    public CrateCluster cluster(String clusterId) throws ApiException {
        return CrateClusterWire.oneCluster(call("GET", clusterPath(clusterId, ""), null));
    }

    /** {@code GET /api/v2/products/}. */
    public List<CrateProduct> products() throws ApiException {
        return CrateClusterWire.list(call("GET", "api/v2/products/", null), "products", CrateClusterWire::product);
    }

    /**
     * {@code GET /api/v2/products/clusters/price?product_name&product_tier&product_unit&region&storage_bytes}:
     * the monthly price of the product with {@code storageBytes} a node.
     */
    public CratePrice price(String productName, String productTier, int productUnit, String region, long storageBytes)
            throws ApiException {
        HttpUrl url = url("api/v2/products/clusters/price").newBuilder()
                .addQueryParameter("product_name", productName).addQueryParameter("product_tier", productTier)
                .addQueryParameter("product_unit", String.valueOf(productUnit)).addQueryParameter("region", region)
                .addQueryParameter("storage_bytes", String.valueOf(storageBytes)).build();
        return CrateClusterWire.price(call("GET", url, null));
    }

    /**
     * {@code GET /api/v2/clusters/{id}/metrics/{metric_id}/?minutes_ago=}: the last minutes of a
     * metric, empty when the service has no data (204). See {@link CrateClusterWire#metric} for the
     * shapes read.
     */
    public CrateMetric metric(String clusterId, String metricId, long minutesAgo) throws ApiException {
        HttpUrl url = url(clusterPath(clusterId, "metrics/" + Endpoints.pathSegment(metricId) + "/")).newBuilder()
                .addQueryParameter("minutes_ago", String.valueOf(minutesAgo)).build();
        return CrateClusterWire.metric(call("GET", url, null));
    }

    /** {@code GET /api/v2/clusters/{id}/operations/}: newest first, as the service lists them. */
    public List<CrateOperation> operations(String clusterId) throws ApiException {
        return CrateClusterWire.operations(call("GET", clusterPath(clusterId, "operations/"), null));
    }

    /**
     * {@code PUT /api/v2/clusters/{id}/storage/ {"disk_size_per_node_bytes"}}, sent once; the size
     * shows on the cluster when the operation has finished.
     */
    public CrateCluster expandStorage(String clusterId, long diskSizePerNodeBytes) throws ApiException {
        return CrateClusterWire.oneCluster(call("PUT", clusterPath(clusterId, "storage/"),
                http.json(Map.of("disk_size_per_node_bytes", diskSizePerNodeBytes))));
    }

    /** {@code PUT /api/v2/clusters/{id}/scale/ {"product_unit"}} (nodes − 1), sent once. */
    public CrateCluster scale(String clusterId, int productUnit) throws ApiException {
        return CrateClusterWire.oneCluster(call("PUT", clusterPath(clusterId, "scale/"), http.json(Map.of("product_unit", productUnit))));
    }

    /** {@code PUT /api/v2/clusters/{id}/suspend/ {"suspended"}}, sent once. */
    public CrateCluster setSuspended(String clusterId, boolean suspended) throws ApiException {
        return CrateClusterWire.oneCluster(call("PUT", clusterPath(clusterId, "suspend/"), http.json(Map.of("suspended", suspended))));
    }

    /**
     * {@code GET /api/v2/clusters/{id}/available-upgrades/}: the versions the cluster may move to
     * (see {@link CrateClusterWire#upgradeVersions} for the shape read); empty when there is none.
     */
    public List<String> availableUpgrades(String clusterId) throws ApiException {
        return CrateClusterWire.upgradeVersions(call("GET", clusterPath(clusterId, "available-upgrades/"), null));
    }

    /** {@code PUT /api/v2/clusters/{id}/upgrade/ {"crate_version"}}, sent once; the version shows when the operation has finished. */
    public CrateCluster upgrade(String clusterId, String crateVersion) throws ApiException {
        return CrateClusterWire.oneCluster(call("PUT", clusterPath(clusterId, "upgrade/"), http.json(Map.of("crate_version", crateVersion))));
    }

    private static String clusterPath(String clusterId, String rest) {
        return CLUSTERS + Endpoints.pathSegment(clusterId) + "/" + rest;
    }

    private HttpUrl url(String path) {
        HttpUrl url = base.resolve(path);
        if (url == null) {
            throw new IllegalArgumentException("bad path " + path);
        }
        return url;
    }

    private JsonNode call(String method, String path, RequestBody body) throws ApiException {
        return call(method, url(path), body);
    }

    private JsonNode call(String method, HttpUrl url, RequestBody body) throws ApiException {
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
