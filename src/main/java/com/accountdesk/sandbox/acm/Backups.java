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
import static com.accountdesk.sandbox.acm.AcmApi.ok;

/**
 * A cluster's backups: {@code GET /cluster/{id}/backups} and {@code POST /cluster/{id}/backup}.
 * 26.1.59 describes neither answer; the sandbox's {@code {id, time, size, status}} is ours. A backup
 * runs for the provisioning delay; asking for another meanwhile is refused as ACM refuses (HTTP 200
 * with {@code {"error", "code"}}).
 */
final class Backups {
    static final String IN_PROGRESS = "in progress";
    static final String COMPLETED = "completed";
    private static final long BYTES_PER_NODE = 1_288_490_189L;

    private final SandboxState state;
    private final Clock clock;
    private final Duration delay;

    Backups(SandboxState state, Clock clock, Duration delay) {
        this.state = state;
        this.clock = clock;
        this.delay = delay;
    }

    private static StateData.AcmCluster cluster(StateData d, String id) throws SandboxError {
        return d.clusters.stream().filter(x -> x.id.equals(id)).findFirst()
                .orElseThrow(() -> error(404, "No cluster " + id + "."));
    }

    private boolean running(StateData.Backup b, long now) {
        return now - b.startedMillis < delay.toMillis();
    }

    private Map<String, Object> view(StateData.Backup b, long now) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", b.id);
        m.put("time", AcmApi.format(b.startedMillis / 1000));
        boolean running = running(b, now);
        if (!running) {
            m.put("size", b.sizeBytes);
        }
        m.put("status", running ? IN_PROGRESS : COMPLETED);
        return m;
    }

    Reply list(SandboxRequest request) throws SandboxError {
        String id = request.param("id");
        long now = clock.millis();
        return ok(state.writeOrRefuse(d -> { // a read: nothing changes, nothing is written
            StateData.AcmCluster c = cluster(d, id);
            List<Map<String, Object>> out = c.backups.stream().map(b -> view(b, now)).toList();
            return out;
        }));
    }

    Reply create(SandboxRequest request) throws SandboxError {
        String id = request.param("id");
        long now = clock.millis();
        return ok(state.writeOrRefuse(d -> {
            StateData.AcmCluster c = cluster(d, id);
            if (c.backups.stream().anyMatch(b -> running(b, now))) {
                throw new SandboxError(200, errorBody("A backup of this cluster is already running.", 409, null));
            }
            if (c.stopped) {
                throw AcmApi.invalid(null, "The cluster is stopped: resume it first.");
            }
            StateData.Backup b = new StateData.Backup();
            b.id = c.id + "-" + (c.backups.size() + 1);
            b.startedMillis = now;
            b.sizeBytes = BYTES_PER_NODE * Math.max(1, c.nodes);
            c.backups.add(b);
            return view(b, now);
        }));
    }
}
