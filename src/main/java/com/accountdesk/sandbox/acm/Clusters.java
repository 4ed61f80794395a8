package com.accountdesk.sandbox.acm;

import com.accountdesk.sandbox.http.Reply;
import com.accountdesk.sandbox.http.SandboxError;
import com.accountdesk.sandbox.http.SandboxRequest;
import com.accountdesk.sandbox.state.SandboxState;
import com.accountdesk.sandbox.state.StateData;

import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static com.accountdesk.sandbox.acm.AcmApi.error;
import static com.accountdesk.sandbox.acm.AcmApi.errorBody;
import static com.accountdesk.sandbox.acm.AcmApi.invalid;
import static com.accountdesk.sandbox.acm.AcmApi.ok;

/**
 * An environment's clusters and their life cycle: list, one, status, stop, resume, restart,
 * rescale, upgrade and terminate (launch is {@link Launches}'). Each change runs as
 * {@link ClusterLife} says.
 */
final class Clusters {
    private final SandboxState state;
    private final Clock clock;
    private final Duration provisioningDelay;

    Clusters(SandboxState state, Clock clock, Duration provisioningDelay) {
        this.state = state;
        this.clock = clock;
        this.provisioningDelay = provisioningDelay;
    }

    Reply list(SandboxRequest request) throws SandboxError {
        String environmentId = request.param("environment");
        List<Map<String, Object>> list = state.read(d -> d.environments.stream().anyMatch(e -> e.id.equals(environmentId))
                ? d.clusters.stream().filter(c -> c.environmentId.equals(environmentId)).map(this::clusterView).toList()
                : null);
        if (list == null) {
            throw error(404, "No environment " + environmentId + ".");
        }
        return ok(list);
    }

    private Map<String, Object> cluster(String id) throws SandboxError {
        return clusterView(clusterData(id));
    }

    Reply one(SandboxRequest request) throws SandboxError {
        return ok(cluster(request.param("id")));
    }

    Reply status(SandboxRequest request) throws SandboxError {
        return ok(ClusterLife.statusAnswer(clusterData(request.param("id")), provisioningDelay, clock.millis()));
    }

    Reply stop(SandboxRequest request) throws SandboxError {
        return change(request, (c, now) -> {
            if (c.stopped) {
                throw invalid(null, "The cluster is already stopped.");
            }
            c.stopped = true;
            ClusterLife.begin(c, ClusterLife.STOP, now);
        });
    }

    Reply resume(SandboxRequest request) throws SandboxError {
        return change(request, (c, now) -> {
            if (!c.stopped) {
                throw invalid(null, "The cluster is not stopped.");
            }
            c.stopped = false;
            ClusterLife.begin(c, ClusterLife.RESUME, now);
        });
    }

    Reply restart(SandboxRequest request) throws SandboxError {
        return change(request, (c, now) -> {
            refuseWhileStopped(c);
            ClusterLife.begin(c, ClusterLife.RESTART, now);
        });
    }

    Reply rescale(SandboxRequest request) throws SandboxError {
        ClusterLaunchRules.Rescale rescale = ClusterLaunchRules.checkRescale(request.body());
        return change(request, (c, now) -> {
            refuseWhileStopped(c);
            if (!c.nodeType.equals(rescale.nodeType())
                    && Catalogue.nodeTypes(c.environmentId).stream().noneMatch(t -> t.code().equals(rescale.nodeType()))) {
                throw invalid("nodeType", "nodeType: " + rescale.nodeType() + " is not a node type of this environment.");
            }
            c.nodeType = rescale.nodeType();
            c.shards = rescale.shards();
            c.replicas = rescale.replicas();
            c.nodes = rescale.shards() * rescale.replicas();
            ClusterLife.begin(c, ClusterLife.RESCALE, now);
        });
    }

    Reply upgrade(SandboxRequest request) throws SandboxError {
        String version = ClusterLaunchRules.checkUpgrade(request.body());
        return change(request, (c, now) -> {
            refuseWhileStopped(c);
            c.version = version;
            ClusterLife.begin(c, ClusterLife.UPGRADE, now);
        });
    }

    /** A life-cycle change of one cluster: refused while another operation runs, as ACM does. */
    @FunctionalInterface
    private interface Change {
        void apply(StateData.AcmCluster cluster, long nowMillis) throws SandboxError;
    }

    private Reply change(SandboxRequest request, Change change) throws SandboxError {
        String id = request.param("id");
        return ok(state.writeOrRefuse(d -> {
            StateData.AcmCluster c = d.clusters.stream().filter(x -> x.id.equals(id)).findFirst().orElse(null);
            if (c == null) {
                throw error(404, "No cluster " + id + ".");
            }
            long now = clock.millis();
            if (ClusterLife.busy(c, provisioningDelay, now)) {
                throw busy();
            }
            change.apply(c, now);
            return clusterView(c);
        }));
    }

    /** ACM's refusal of a change while another runs: HTTP 200 with the error inside, as live clients report. */
    private static SandboxError busy() {
        return new SandboxError(200, errorBody(ClusterLife.BUSY, 409, null));
    }

    private static void refuseWhileStopped(StateData.AcmCluster c) throws SandboxError {
        if (c.stopped) {
            throw invalid(null, "The cluster is stopped: resume it first.");
        }
    }

    /** {@code DELETE /cluster/{id}/{terminate}}: 1 deletes the data too, 0 keeps it; any other word 404s (reported). */
    Reply terminate(SandboxRequest request) throws SandboxError {
        String terminate = request.param("terminate");
        if (!terminate.equals("0") && !terminate.equals("1")) {
            throw error(404, "Not found");
        }
        String id = request.param("id");
        state.writeOrRefuse(d -> {
            StateData.AcmCluster c = d.clusters.stream().filter(x -> x.id.equals(id)).findFirst().orElse(null);
            if (c == null) {
                throw error(404, "No cluster " + id + ".");
            }
            if (ClusterLife.busy(c, provisioningDelay, clock.millis())) {
                throw busy();
            }
            d.clusters.remove(c);
            return null;
        });
        return ok(Map.of("terminated", terminate.equals("1")));
    }

    private StateData.AcmCluster clusterData(String id) throws SandboxError {
        StateData.AcmCluster c = state.read(d -> d.clusters.stream().filter(x -> x.id.equals(id)).findFirst().orElse(null));
        if (c == null) {
            throw error(404, "No cluster " + id + ".");
        }
        return c;
    }

    Map<String, Object> clusterView(StateData.AcmCluster c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", c.id);
        m.put("name", c.name);
        m.put("id_environment", c.environmentId);
        m.put("status", status(c));
        // Counts as strings, as the OpenAPI description types them.
        m.put("nodes", String.valueOf(c.nodes));
        m.put("shards", String.valueOf(c.shards));
        m.put("replicas", String.valueOf(c.replicas));
        m.put("secure", c.secure ? "1" : "0");
        String host = endpoint(c);
        m.put("endpoint", host);
        m.put("endpointHTTP", (c.secure ? "https://" : "http://") + host + ":" + (c.secure ? 8443 : 8123));
        if (c.version != null && !c.version.isEmpty()) {
            m.put("systemVersion", c.version);
        }
        // Typed as the OpenAPI description has them: booleans and an integer.
        m.put("locked", c.locked);
        m.put("mysqlProtocol", c.mysqlProtocol);
        if (c.mysqlProtocol) {
            m.put("mysqlPort", c.mysqlPort);
        }
        Backups.latestTime(c, provisioningDelay, clock.millis()).ifPresent(t -> m.put("latestBackupTime", t));
        return m;
    }

    /** The cluster's host as ACM names it: cluster name under the environment's domain. */
    private String endpoint(StateData.AcmCluster c) {
        String domain = state.read(d -> d.environments.stream().filter(e -> e.id.equals(c.environmentId))
                .map(e -> e.domain).findFirst().orElse("sandbox.altinity.cloud"));
        return c.name + "." + domain;
    }

    private String status(StateData.AcmCluster c) {
        if (c.operation == null) {
            // A cluster saved before the life cycle was served: launched is all that is known.
            long age = clock.millis() - c.launchedMillis;
            return age >= provisioningDelay.toMillis() ? "online" : "provisioning";
        }
        return ClusterLife.status(c, provisioningDelay, clock.millis());
    }
}
