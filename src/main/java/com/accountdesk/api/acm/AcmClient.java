package com.accountdesk.api.acm;

import com.accountdesk.api.ApiException;
import com.accountdesk.api.Endpoints;
import com.accountdesk.api.HeaderValues;
import com.accountdesk.api.HttpTransport;
import com.accountdesk.api.Reauthenticator;
import com.accountdesk.model.AccessRight;
import com.accountdesk.model.AccountDetails;
import com.accountdesk.model.AccountInfo;
import com.accountdesk.model.AccountRole;
import com.accountdesk.model.ApiKey;
import com.accountdesk.model.Cluster;
import com.accountdesk.model.ClusterBackup;
import com.accountdesk.model.ClusterStatus;
import com.accountdesk.model.ClusterUser;
import com.accountdesk.model.Environment;
import com.accountdesk.model.LaunchRequest;
import com.accountdesk.model.LaunchValidity;
import com.accountdesk.model.NodeType;
import com.accountdesk.model.ClickHouseVersion;
import com.accountdesk.model.Keeper;
import com.accountdesk.model.LoginAnswer;
import com.accountdesk.model.Secret;
import com.accountdesk.model.SignIn;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import okhttp3.HttpUrl;
import okhttp3.Request;
import okhttp3.RequestBody;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;

/**
 * The Altinity Cloud Manager API for one signed-in account. Every call carries {@code X-Auth-Token}
 * and goes through {@link HttpTransport}, which maps failures to {@link ApiException}. When the
 * session ends mid-work (401) and a {@link Reauthenticator} is set, the user is asked to sign in
 * again and the refused call is sent once more with the new token, so the action still completes.
 */
public final class AcmClient {
    public static final String AUTH_HEADER = "X-Auth-Token";
    public static final String DEFAULT_BASE = "https://acm.altinity.cloud/api/";

    private final HttpUrl base;
    private final AtomicReference<Secret> token;
    private final HttpTransport http;
    private volatile Reauthenticator reauthenticator;
    /** How this endpoint takes a launch: 26.1.59's form until its answers say otherwise. */
    private final AtomicReference<LaunchForm> launchForm = new AtomicReference<>(LaunchForm.PUBLISHED);

    /** @param base the API's base URL, e.g. https://acm.altinity.cloud/api/ (see {@link com.accountdesk.api.Endpoints}) */
    public AcmClient(HttpUrl base, Secret token, HttpTransport http) {
        this.base = Objects.requireNonNull(base, "base");
        this.token = new AtomicReference<>(Objects.requireNonNull(token, "token"));
        this.http = Objects.requireNonNull(http, "http");
    }

    /** Who to ask for a new token when the server answers 401; null: report the 401 as it is. */
    public void setReauthenticator(Reauthenticator reauthenticator) {
        this.reauthenticator = reauthenticator;
    }

    /**
     * {@code POST /login}: trades the account's user and password for a session token, or, where
     * the organisation enforces two-factor sign-in, for a request for the code ({@link #verify}).
     */
    public static LoginAnswer login(HttpUrl base, String login, Secret password, HttpTransport http) throws ApiException {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("login", login);
        body.put("password", password.reveal());
        Request request = new Request.Builder().url(url(base, "login")).post(http.json(body)).build();
        return AcmWire.loginAnswer(http.call(request, AcmWire.ERRORS, List.of(password)));
    }

    /** {@code POST /login/verify {code, user}}: completes a two-factor sign-in; a wrong code is UNAUTHORIZED. */
    public static SignIn verify(HttpUrl base, LoginAnswer.SecondFactorNeeded pending, String code, HttpTransport http)
            throws ApiException {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("code", code.trim());
        body.put("user", pending.user());
        Request request = new Request.Builder().url(url(base, "login/verify")).post(http.json(body)).build();
        return AcmWire.signIn(http.call(request, AcmWire.ERRORS));
    }

    public HttpUrl base() {
        return base;
    }

    /** The key or session token this client signs its calls with. */
    public Secret token() {
        return token.get();
    }

    /** {@code GET /account}: the account with its API keys and Allow Domains. */
    public AccountInfo account() throws ApiException {
        return AcmWire.account(get("account"));
    }

    /**
     * {@code POST /account} with the full key list: it replaces the account's keys. {@code basis}
     * is the account the list was made from; one whose answer listed no keys is refused, since
     * writing a list then would replace keys that were never read.
     */
    public AccountInfo saveKeys(AccountInfo basis, List<ApiKey> keys) throws ApiException {
        if (!basis.keysListed()) {
            throw new IllegalStateException("refusing to write an API key list made without reading the account's keys");
        }
        return AcmWire.account(post("account", Map.of("tokens", AcmWire.tokens(keys))));
    }

    /** {@code POST /account} with the Allow Domains entries. */
    public AccountInfo saveOrigins(List<String> origins) throws ApiException {
        return AcmWire.account(post("account", Map.of("origins", List.copyOf(origins))));
    }

    /** {@code GET /account} as My Account's Common Information shows it: name, e-mail, role, last sign-in. */
    public AccountDetails accountDetails() throws ApiException {
        return AcmWire.accountDetails(get("account"));
    }

    /** {@code POST /account {name}}: the account's display name; a blank name is refused before sending. */
    public void rename(String name) throws ApiException {
        if (name == null || name.isBlank()) {
            throw new ApiException(ApiException.Kind.INVALID_INPUT, "the name is empty");
        }
        post("account", Map.of("name", name.strip()), List.of());
    }

    /**
     * {@code POST /account {password}}: the account's password. Sent once; the password is redacted
     * from anything the server echoes, and never kept. A server wanting a fresh sign-in answers 401,
     * which the {@link Reauthenticator} handles like any other (the call is then sent once more).
     */
    public void changePassword(Secret password) throws ApiException {
        post("account", Map.of("password", password.reveal()), List.of(password));
    }

    /** {@code GET /access-rights}: every right there is, with the web console's titles. */
    public List<AccessRight> accessRights() throws ApiException {
        return AcmWire.accessRights(get("access-rights"));
    }

    /** {@code GET /account-roles}: the account roles and the rights each grants. */
    public List<AccountRole> accountRoles() throws ApiException {
        return AcmWire.accountRoles(get("account-roles"));
    }

    /** {@code GET /account/token}: a new random key, not active until saved with {@link #saveKeys}. */
    public Secret generateApiKey() throws ApiException {
        return AcmWire.secretData(get("account/token"));
    }

    /** {@code GET /account/anywhere-token}: a new Anywhere token; the previous one stops working now. */
    public Secret createAnywhereToken() throws ApiException {
        return AcmWire.secretData(get("account/anywhere-token"));
    }

    public List<Environment> environments() throws ApiException {
        return AcmWire.environments(get("environments"));
    }

    /**
     * Launches a cluster: {@code POST /environment/{environment}/clusters/launch} with 26.1.59's body.
     * Never retried as such; only when the server's answer proves nothing was launched (a 404 for
     * the path, a 400 about {@code secure}) is it sent once more in the form that answer calls for
     * (see {@link LaunchForm#after}), and the form that worked is kept for this client's next launch.
     */
    public Cluster launchCluster(String environmentId, LaunchRequest request) throws ApiException {
        LaunchForm form = launchForm.get();
        try {
            return launch(form, environmentId, request);
        } catch (ApiException refused) {
            LaunchForm next = form.after(refused);
            if (next == null) {
                throw refused;
            }
            try {
                Cluster launched = launch(next, environmentId, request);
                launchForm.set(next);
                return launched;
            } catch (ApiException again) {
                // A 404 at the other path too says nothing about which form the server speaks
                // (the environment itself may be unknown): keep the form and report the first refusal.
                if (next == LaunchForm.GUIDE && again.kind() == ApiException.Kind.NOT_FOUND) {
                    throw refused;
                }
                launchForm.set(next);
                throw again;
            }
        }
    }

    private Cluster launch(LaunchForm form, String environmentId, LaunchRequest request) throws ApiException {
        JsonNode answer = post(form.path(segment(environmentId)), form.body(request));
        return AcmWire.cluster(AcmWire.data(answer), environmentId);
    }

    /** The form the next launch will be sent in. */
    public LaunchForm launchForm() {
        return launchForm.get();
    }

    /** The JSON body {@link #launchCluster} will send (in the current form), for review and "Copy as JSON". */
    public Map<String, Object> launchBody(LaunchRequest request) {
        return launchForm.get().body(request);
    }

    /** {@link #launchBody} as the text that goes on the wire (same writer as the request). */
    public String launchJson(LaunchRequest request) {
        try {
            return http.mapper().writeValueAsString(launchBody(request));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("cannot write the launch body", e);
        }
    }

    /** Where {@link #launchCluster} will post to, for "Copy as curl". */
    public HttpUrl launchUrl(String environmentId) {
        return url(base, launchForm.get().path(segment(environmentId)));
    }

    public List<Cluster> clusters(String environmentId) throws ApiException {
        return AcmWire.clusters(get("environment/" + segment(environmentId) + "/clusters"), environmentId);
    }

    public Cluster cluster(String clusterId) throws ApiException {
        return AcmWire.cluster(AcmWire.data(get("cluster/" + segment(clusterId))), null);
    }

    /** {@code GET /environment/{environment}/nodetypes?scope=clickhouse}: the node types a ClickHouse cluster may use. */
    public List<NodeType> nodeTypes(String environmentId) throws ApiException {
        return AcmWire.nodeTypes(get("environment/" + segment(environmentId) + "/nodetypes?scope=clickhouse"));
    }

    /**
     * {@code GET /cloud/{environment}/options?type=versions&platform=<type>}: the ClickHouse versions
     * the environment offers. The answer's shape is unconfirmed; see {@link AcmWire#versions}.
     * @param platform the environment's type ("kubernetes"); without it ACM is reported to answer an older list
     */
    public List<ClickHouseVersion> versions(String environmentId, String platform) throws ApiException {
        return AcmWire.versions(get(options(environmentId, "versions", platform)));
    }

    /** {@code GET /cloud/{environment}/options?type=zones}: the availability zones a cluster may be spread over. */
    public List<String> zones(String environmentId, String platform) throws ApiException {
        return AcmWire.zones(get(options(environmentId, "zones", platform)));
    }

    private static String options(String environmentId, String type, String platform) {
        String path = "cloud/" + segment(environmentId) + "/options?type=" + type;
        return platform == null || platform.isBlank() ? path
                : path + "&platform=" + URLEncoder.encode(platform, StandardCharsets.UTF_8);
    }

    /** {@code GET /environment/{environment}/keepers}: the ClickHouse Keepers a cluster may use. */
    public List<Keeper> keepers(String environmentId) throws ApiException {
        return AcmWire.keepers(get("environment/" + segment(environmentId) + "/keepers"));
    }

    /**
     * {@code GET /environment/{id}/cluster-launch-validity}: whether a launch may go ahead. A refusal
     * (an error answer naming a reason, or an answer saying not valid) is {@code REFUSED} with the
     * server's words; an answer that could not be had (network, 404 of an older server, 5xx) is
     * {@code UNKNOWN}, since the launch itself is still checked by the server.
     */
    public LaunchValidity launchValidity(String environmentId) throws ApiException {
        try {
            return AcmWire.launchValidity(get("environment/" + segment(environmentId) + "/cluster-launch-validity"));
        } catch (ApiException e) {
            return switch (e.kind()) {
                case UNAUTHORIZED -> throw e;
                case FORBIDDEN, INVALID_INPUT, CONFLICT, BUSY -> LaunchValidity.refused(e.serverMessage());
                default -> LaunchValidity.unknown(e.getMessage());
            };
        }
    }

    /** {@code GET /cluster/{cluster}/status}: the operation under way, its progress and health checks. */
    public ClusterStatus clusterStatus(String clusterId) throws ApiException {
        return AcmWire.clusterStatus(get("cluster/" + segment(clusterId) + "/status"));
    }

    /*
     * The life-cycle calls below are PUTs and a DELETE: sent once, never retried (HttpTransport
     * retries only GETs), so an action whose answer is lost is not repeated behind the user's back.
     */

    /** {@code PUT /cluster/{id}/stop}: suspends the cluster and all its nodes. */
    public void stopCluster(String clusterId) throws ApiException {
        put("cluster/" + segment(clusterId) + "/stop", null);
    }

    /** {@code PUT /cluster/{id}/resume}: starts a stopped cluster again as it was. */
    public void resumeCluster(String clusterId) throws ApiException {
        put("cluster/" + segment(clusterId) + "/resume", Map.of());
    }

    /** {@code PUT /cluster/{id}/restart}: restarts the cluster's nodes (the server's default method). */
    public void restartCluster(String clusterId) throws ApiException {
        put("cluster/" + segment(clusterId) + "/restart", Map.of());
    }

    /** {@code PUT /cluster/{id}/rescale}: node type and topology, counts as strings as published. */
    public void rescaleCluster(String clusterId, String nodeType, int shards, int replicas) throws ApiException {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("nodeType", nodeType);
        body.put("shards", String.valueOf(shards));
        body.put("replicas", String.valueOf(replicas));
        put("cluster/" + segment(clusterId) + "/rescale", body);
    }

    /** {@code PUT /cluster/{id}/upgrade}: moves the cluster to another ClickHouse version. */
    public void upgradeCluster(String clusterId, String version) throws ApiException {
        put("cluster/" + segment(clusterId) + "/upgrade", Map.of("version", version));
    }

    /**
     * {@code DELETE /cluster/{id}/{terminate}} with {@code 1} (the cluster's data is deleted too) or
     * {@code 0}; live clients report that the literal word 404s.
     */
    public void terminateCluster(String clusterId, boolean deleteData) throws ApiException {
        String path = "cluster/" + segment(clusterId) + "/" + (deleteData ? "1" : "0");
        callSigned(t -> authorized(path, t).delete().build());
    }

    /** {@code GET /cluster/{cluster}/users}: the cluster's ClickHouse users. */
    public List<ClusterUser> clusterUsers(String clusterId) throws ApiException {
        return AcmWire.clusterUsers(get("cluster/" + segment(clusterId) + "/users"));
    }

    /**
     * {@code POST /cluster/{cluster}/users {login, password, databases[], accessManagement}}: sent once;
     * the password is redacted from anything echoed and never kept. The cluster has it once published.
     */
    public ClusterUser addClusterUser(String clusterId, String login, Secret password, List<String> databases,
                                      boolean accessManagement) throws ApiException {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("login", login);
        body.put("password", password.reveal());
        body.put("databases", List.copyOf(databases)); // a list: reported that a plain string breaks ACM's SQL
        body.put("accessManagement", accessManagement ? 1 : 0);
        JsonNode answer = post("cluster/" + segment(clusterId) + "/users", body, List.of(password));
        ClusterUser added = AcmWire.clusterUser(AcmWire.data(answer));
        return added != null ? added : new ClusterUser("", login, databases, accessManagement);
    }

    /**
     * {@code POST /cluster/{cluster}/user/{id}} (26.1.59's DbuserEditSql): a user's new password and
     * databases, by its id or, where it has none, its login (as removal). The body carries the user's
     * login, the new password only when there is one ({@code null}: kept), the databases as a list (as
     * when adding) and {@code accessManagement} only when the user has it (1): gorgias-oss's provider
     * leaves a 0 out so ACM emits no stray REVOKE. The password is redacted from anything echoed and
     * never kept. Sent once. Live clients report this path refuses the cluster's admin user (ACM's
     * console changes it through {@code /user/{id}}), so the app never sends it for that user.
     */
    public ClusterUser changeClusterUser(String clusterId, ClusterUser user, Secret newPassword, List<String> databases)
            throws ApiException {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("login", user.login());
        if (newPassword != null) {
            body.put("password", newPassword.reveal());
        }
        body.put("databases", List.copyOf(databases));
        if (user.accessManagement()) {
            body.put("accessManagement", 1);
        }
        JsonNode answer = post("cluster/" + segment(clusterId) + "/user/" + segment(user.reference()), body,
                newPassword == null ? List.of() : List.of(newPassword));
        ClusterUser changed = AcmWire.clusterUser(AcmWire.data(answer));
        return changed != null ? changed : new ClusterUser(user.id(), user.login(), databases, user.accessManagement());
    }

    /**
     * {@code DELETE /cluster/{cluster}/user/{id}} (26.1.59's DbuserRemoveSql; the bare {@code /user/{id}}
     * is reported to answer 404 live), by the user's id or, where it has none, its login.
     */
    public void removeClusterUser(String clusterId, ClusterUser user) throws ApiException {
        String path = "cluster/" + segment(clusterId) + "/user/" + segment(user.reference());
        callSigned(t -> authorized(path, t).delete().build());
    }

    /** {@code POST /cluster/{id}/push}: publishes the cluster's configuration changes (its users among them) to its nodes. */
    public void publish(String clusterId) throws ApiException {
        post("cluster/" + segment(clusterId) + "/push", Map.of());
    }

    /** {@code GET /cluster/{id}/backups}: the cluster's backups (answer untyped by 26.1.59: read tolerantly). */
    public List<ClusterBackup> backups(String clusterId) throws ApiException {
        return AcmWire.backups(get("cluster/" + segment(clusterId) + "/backups"));
    }

    /**
     * {@code POST /cluster/{id}/backup} without a body, as 26.1.59 describes it ("Creates a data backup").
     * Sent once; a backup already running is refused by the server.
     */
    public void backUp(String clusterId) throws ApiException {
        String path = "cluster/" + segment(clusterId) + "/backup";
        callSigned(t -> authorized(path, t).post(RequestBody.create(new byte[0], null)).build());
    }

    /**
     * {@code POST /cluster/{id}/restore {"tag": …}}: restores the cluster's data from one of its
     * backups, overwriting what it holds now. 26.1.59 lists the body's members (type, provider,
     * accessKey, …, tag, table, …) without saying which a restore needs; no live client we know of
     * confirms it (acmctl's archived command passes them all through as flags). So the one member
     * that names a backup of the cluster is sent, its {@code tag}, and nothing else. Sent once.
     */
    public void restore(String clusterId, String backupTag) throws ApiException {
        if (backupTag == null || backupTag.isBlank()) {
            throw new ApiException(ApiException.Kind.INVALID_INPUT, "the backup has no tag to restore from");
        }
        post("cluster/" + segment(clusterId) + "/restore", Map.of("tag", backupTag));
    }

    private JsonNode put(String path, Object body) throws ApiException {
        RequestBody sent = body == null ? RequestBody.create(new byte[0], null) : http.json(body);
        return callSigned(t -> authorized(path, t).put(sent).build());
    }

    private JsonNode get(String path) throws ApiException {
        return callSigned(t -> authorized(path, t).get().build());
    }

    private JsonNode post(String path, Object body) throws ApiException {
        return post(path, body, List.of());
    }

    /** @param bodySecrets secrets in the body, redacted from whatever the server's answer echoes */
    private JsonNode post(String path, Object body, List<Secret> bodySecrets) throws ApiException {
        RequestBody json = http.json(body);
        return callSigned(t -> authorized(path, t).post(json).build(), bodySecrets);
    }

    private JsonNode callSigned(Function<Secret, Request> request) throws ApiException {
        return callSigned(request, List.of());
    }

    /** Sends with the current token; after a 401, at most once more with a renewed one. */
    private JsonNode callSigned(Function<Secret, Request> request, List<Secret> bodySecrets) throws ApiException {
        Secret used = token.get();
        HeaderValues.require("The API key", used.reveal());
        try {
            return http.call(request.apply(used), AcmWire.ERRORS, bodySecrets);
        } catch (ApiException refused) {
            if (refused.kind() != ApiException.Kind.UNAUTHORIZED || reauthenticator == null) {
                throw refused;
            }
            Secret renewed = renew(used, refused);
            HeaderValues.require("The API key", renewed.reveal());
            return http.call(request.apply(renewed), AcmWire.ERRORS, bodySecrets);
        }
    }

    /**
     * One sign-in for all the calls refused together: a call that finds the token already
     * replaced (another call asked the user meanwhile) just uses the new one.
     */
    private synchronized Secret renew(Secret used, ApiException refused) throws ApiException {
        Secret current = token.get();
        if (current != used) {
            return current;
        }
        Optional<Secret> renewed;
        try {
            renewed = reauthenticator.renew(refused);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw refused;
        }
        if (renewed.isEmpty()) {
            throw refused;
        }
        token.set(renewed.get());
        return renewed.get();
    }

    private Request.Builder authorized(String path, Secret with) {
        return new Request.Builder().url(url(base, path)).header(AUTH_HEADER, with.reveal());
    }

    private static HttpUrl url(HttpUrl base, String path) {
        HttpUrl url = base.resolve(path);
        if (url == null) {
            throw new IllegalArgumentException("bad path " + path);
        }
        return url;
    }

    /** One path segment, escaped, so an id can never climb out of its place in the path. */
    private static String segment(String value) {
        return Endpoints.pathSegment(value);
    }

    @Override
    public String toString() {
        return "AcmClient[" + base + "]";
    }
}
