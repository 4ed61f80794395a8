package com.accountdesk.sandbox.acm;

import com.accountdesk.model.ClusterRules;
import com.accountdesk.model.LaunchOptionRules;
import com.accountdesk.sandbox.http.Reply;
import com.accountdesk.sandbox.http.SandboxError;
import com.accountdesk.sandbox.http.SandboxRequest;
import com.accountdesk.sandbox.state.Hashes;
import com.accountdesk.sandbox.state.SandboxState;
import com.accountdesk.sandbox.state.StateData;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.time.Clock;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import static com.accountdesk.sandbox.acm.AcmApi.error;
import static com.accountdesk.sandbox.acm.AcmApi.errorBody;
import static com.accountdesk.sandbox.acm.AcmApi.invalid;
import static com.accountdesk.sandbox.acm.AcmApi.ok;

/**
 * A cluster's launch, in both forms ACM has taken ({@link ClusterLaunchRules} checks the body), and
 * the undocumented launch-validity check.
 */
final class Launches {
    private final SandboxState state;
    private final Clock clock;
    private final Clusters clusters;
    /** Every cluster-launch request received, accepted or not: tests check a launch is sent once. */
    private final AtomicInteger requests = new AtomicInteger();

    Launches(SandboxState state, Clock clock, Clusters clusters) {
        this.state = state;
        this.clock = clock;
        this.clusters = clusters;
    }

    int requests() {
        return requests.get();
    }

    /**
     * {@code GET /environment/{id}/cluster-launch-validity} (answer undocumented): valid as
     * {@code {"data": {"valid": true}}}; a refusal as the reported 200 with {@code {"error", "code"}}.
     */
    Reply validity(SandboxRequest request) throws SandboxError {
        String environmentId = request.param("id");
        Integer count = state.read(d -> d.environments.stream().anyMatch(e -> e.id.equals(environmentId))
                ? (int) d.clusters.stream().filter(c -> c.environmentId.equals(environmentId)).count() : null);
        if (count == null) {
            throw error(404, "No environment " + environmentId + ".");
        }
        String full = ClusterLaunchRules.say(ClusterRules.environmentFull(count));
        if (full != null) {
            throw new SandboxError(200, errorBody(full, 403, null));
        }
        return ok(Map.of("valid", true));
    }

    /** How one form of launch body is checked and read. */
    @FunctionalInterface
    interface LaunchCheck {
        ClusterLaunchRules.Launch check(JsonNode body) throws SandboxError;
    }

    Reply launch(SandboxRequest request, LaunchCheck form, boolean withMetadata) throws SandboxError {
        requests.incrementAndGet();
        ClusterLaunchRules.Launch launch = form.check(request.body());
        String environmentId = request.param("environment");
        Map<String, Object> cluster = state.writeOrRefuse(d -> {
            if (d.environments.stream().noneMatch(e -> e.id.equals(environmentId))) {
                throw error(404, "No environment " + environmentId + ".");
            }
            String full = ClusterLaunchRules.say(ClusterRules.environmentFull((int) d.clusters.stream().filter(c -> c.environmentId.equals(environmentId)).count()));
            if (full != null) {
                throw error(403, full);
            }
            // What only the environment knows: its node types, Keepers, zones and storage classes (the wizard checks against the same lists).
            if (!launch.keeperName().isEmpty()) {
                LaunchOptionRules.Problem p = LaunchOptionRules.keeper(launch.keeperName(), false,
                        Catalogue.keepers(environmentId).stream().map(Catalogue.Keeper::name).toList());
                if (p != null) {
                    throw invalid("keeperName", "keeperName: " + ClusterLaunchRules.words(p));
                }
            }
            LaunchOptionRules.Problem zone = LaunchOptionRules.zones(launch.zones(), Catalogue.zones(environmentId));
            if (zone != null) {
                throw invalid("azlist", "azlist: " + ClusterLaunchRules.words(zone));
            }
            LaunchOptionRules.Problem storage = LaunchOptionRules.storageClass(launch.storageClass(),
                    Catalogue.nodeTypes(environmentId).stream().map(Catalogue.NodeType::storageClass).toList());
            if (storage != null) {
                throw invalid("storageClass", "storageClass: " + ClusterLaunchRules.words(storage));
            }
            if (Catalogue.nodeTypes(environmentId).stream().noneMatch(t -> t.code().equals(launch.nodeType()))) {
                String field = withMetadata ? "instanceType" : "nodeType"; // the guide's name for it, or 26.1.59's
                throw invalid(field, field + ": " + launch.nodeType() + " is not a node type of this environment.");
            }
            String taken = ClusterLaunchRules.say(ClusterRules.nameAvailable(launch.name(), d.clusters.stream()
                    .filter(c -> c.environmentId.equals(environmentId)).map(c -> c.name).toList()));
            if (taken != null) {
                throw invalid("name", taken);
            }
            StateData.AcmCluster c = new StateData.AcmCluster();
            c.id = String.valueOf(d.nextClusterId++);
            c.environmentId = environmentId;
            c.name = launch.name();
            c.nodes = launch.nodes();
            c.shards = launch.shards();
            c.replicas = launch.replicas();
            c.secure = launch.secure();
            c.nodeType = launch.nodeType();
            c.version = launch.version();
            c.request = withoutPassword(request.body());
            // Already checked by ClusterLaunchRules: a boolean or 0/1, and a valid port when on.
            JsonNode mysql = request.body().path("mysqlProtocol");
            c.mysqlProtocol = mysql.isBoolean() ? mysql.booleanValue() : mysql.asInt() == 1;
            c.mysqlPort = c.mysqlProtocol ? request.body().path("mysqlPort").asInt() : 0;
            c.launchedMillis = clock.millis();
            ClusterLife.begin(c, ClusterLife.LAUNCH, c.launchedMillis);
            ClusterUsers.addAdmin(d, c, AcmApi.text(request.body(), "adminUser"), c.request.path("adminPassSha256").asText(""));
            d.clusters.add(c);
            return clusters.clusterView(c);
        });
        return withMetadata ? Reply.ok(Map.of("metadata", Map.of("changed", true), "data", cluster)) : ok(cluster);
    }

    /**
     * The launch body as received, but the cluster's admin password kept only as its SHA-256
     * ("adminPassSha256"), like every other secret the server never has to show again.
     */
    static JsonNode withoutPassword(JsonNode body) {
        JsonNode copy = body.deepCopy();
        if (copy instanceof ObjectNode o && o.has("adminPass")) {
            String pass = o.remove("adminPass").asText();
            o.put("adminPassSha256", Hashes.sha256(pass));
        }
        return copy;
    }
}
