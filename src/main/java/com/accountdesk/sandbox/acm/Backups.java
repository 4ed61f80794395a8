package com.accountdesk.sandbox.acm;

import com.accountdesk.sandbox.http.Reply;
import com.accountdesk.sandbox.http.SandboxError;
import com.accountdesk.sandbox.http.SandboxRequest;
import com.accountdesk.sandbox.state.SandboxState;
import com.accountdesk.sandbox.state.StateData;
import com.fasterxml.jackson.databind.JsonNode;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static com.accountdesk.sandbox.acm.AcmApi.error;
import static com.accountdesk.sandbox.acm.AcmApi.errorBody;
import static com.accountdesk.sandbox.acm.AcmApi.invalid;
import static com.accountdesk.sandbox.acm.AcmApi.ok;
import static com.accountdesk.sandbox.acm.AcmApi.text;

/**
 * A cluster's backups: {@code GET /cluster/{id}/backups}, {@code POST /cluster/{id}/backup} and
 * {@code POST /cluster/{id}/restore}. 26.1.59 describes none of the answers; the sandbox's
 * {@code {id, tag, time, size, status}} is ours, and so is what a restore needs: the {@code tag} of a
 * finished backup of the cluster (the description lists {@code tag} among many members without
 * saying which are needed). A backup runs for the provisioning delay, and a restore runs as a
 * cluster operation ({@link ClusterLife#RESTORE}) for as long. While either runs, another backup or
 * restore is refused as ACM refuses (HTTP 200 with {@code {"error", "code"}}).
 */
final class Backups {
    static final String IN_PROGRESS = "in progress";
    static final String COMPLETED = "completed";
    static final String BACKUP_RUNNING = "A backup of this cluster is already running.";
    static final String RESTORE_RUNNING = "A restore of this cluster is already running.";
    private static final long BYTES_PER_NODE = 1_288_490_189L;
    private static final DateTimeFormatter TAG_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH-mm-ss");

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

    private static String tag(StateData.Backup b) {
        return b.tag != null ? b.tag : b.id;
    }

    private Map<String, Object> view(StateData.Backup b, long now) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", b.id);
        m.put("tag", tag(b));
        m.put("time", AcmApi.format(b.startedMillis / 1000));
        boolean running = running(b, now);
        if (!running) {
            m.put("size", b.sizeBytes);
        }
        m.put("status", running ? IN_PROGRESS : COMPLETED);
        return m;
    }

    /**
     * The start of the cluster's newest finished backup (GMT/UTC, as ACM writes times), as a cluster
     * answer's {@code latestBackupTime}; empty when it has none (the member is then left out).
     */
    static Optional<String> latestTime(StateData.AcmCluster c, Duration delay, long nowMillis) {
        return c.backups.stream().filter(b -> nowMillis - b.startedMillis >= delay.toMillis()).map(b -> b.startedMillis)
                .max(Comparator.naturalOrder()).map(ms -> AcmApi.format(ms / 1000));
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
            refuseWhileRunning(c, now, false);
            if (c.stopped) {
                throw invalid(null, "The cluster is stopped: resume it first.");
            }
            StateData.Backup b = new StateData.Backup();
            b.id = c.id + "-" + (c.backups.size() + 1);
            b.tag = "backup-" + TAG_TIME.format(LocalDateTime.ofEpochSecond(now / 1000, 0, ZoneOffset.UTC)) + "-" + (c.backups.size() + 1);
            b.startedMillis = now;
            b.sizeBytes = BYTES_PER_NODE * Math.max(1, c.nodes);
            c.backups.add(b);
            return view(b, now);
        }));
    }

    /**
     * {@code POST /cluster/{id}/restore {tag}}: the cluster's data replaced by a finished backup's. A
     * body without a tag, or naming no backup of this cluster, is a 400 naming {@code tag}.
     */
    Reply restore(SandboxRequest request) throws SandboxError {
        JsonNode body = request.body();
        if (body == null || !body.isObject()) {
            throw invalid(null, "The body must be a JSON object.");
        }
        String tag = text(body, "tag");
        if (tag == null || tag.isBlank()) {
            throw invalid("tag", "tag: name the backup to restore from.");
        }
        String id = request.param("id");
        long now = clock.millis();
        return ok(state.writeOrRefuse(d -> {
            StateData.AcmCluster c = cluster(d, id);
            StateData.Backup from = c.backups.stream().filter(b -> tag(b).equals(tag) || b.id.equals(tag)).findFirst()
                    .orElseThrow(() -> invalid("tag", "tag: this cluster has no backup " + tag + "."));
            refuseWhileRunning(c, now, true);
            if (c.stopped) {
                throw invalid(null, "The cluster is stopped: resume it first.");
            }
            c.restoredFrom = tag(from);
            c.restores++;
            ClusterLife.begin(c, ClusterLife.RESTORE, now);
            Map<String, Object> answer = new LinkedHashMap<>();
            answer.put("id", c.id);
            answer.put("tag", tag(from));
            return answer;
        }));
    }

    /**
     * A backup or a restore under way refuses another of either, in HTTP 200 as ACM does; with
     * {@code anyOperation} (a restore), any other operation under way refuses it as busy too.
     */
    private void refuseWhileRunning(StateData.AcmCluster c, long now, boolean anyOperation) throws SandboxError {
        if (c.backups.stream().anyMatch(b -> running(b, now))) {
            throw new SandboxError(200, errorBody(BACKUP_RUNNING, 409, null));
        }
        boolean restoring = ClusterLife.RESTORE.equals(c.operation) && ClusterLife.busy(c, delay, now);
        if (restoring) {
            throw new SandboxError(200, errorBody(RESTORE_RUNNING, 409, null));
        }
        if (anyOperation && ClusterLife.busy(c, delay, now)) {
            throw new SandboxError(200, errorBody(ClusterLife.BUSY, 409, null));
        }
    }
}
