package com.accountdesk.sandbox.acm;

import com.accountdesk.sandbox.state.StateData;
import java.time.Duration;
import java.util.Map;

/**
 * The sandbox's cluster life cycle: each operation (launch, stop, resume, restart, rescale,
 * upgrade, restore from a backup) runs for the provisioning delay with progress that moves, then the cluster is idle
 * again: online, or stopped after a stop. While one runs, the cluster refuses another.
 */
final class ClusterLife {
    static final String LAUNCH = "launch";
    static final String STOP = "stop";
    static final String RESUME = "resume";
    static final String RESTART = "restart";
    static final String RESCALE = "rescale";
    static final String UPGRADE = "upgrade";
    static final String RESTORE = "restore";
    /** ACM's words for a refused change while another runs (the client types them as BUSY). */
    static final String BUSY = "Another operation is in progress on this cluster; try again when it has finished.";

    /** The status word while each operation runs, and the action name the status call reports. */
    private static final Map<String, String[]> WORDS = Map.of(
            LAUNCH, new String[] {"provisioning", "Launch"},
            STOP, new String[] {"stopping", "Stop"},
            RESUME, new String[] {"resuming", "Resume"},
            RESTART, new String[] {"restarting", "Restart"},
            RESCALE, new String[] {"rescaling", "Rescale"},
            UPGRADE, new String[] {"upgrading", "Upgrade"},
            RESTORE, new String[] {"restoring", "Restore"});

    private ClusterLife() {
    }

    /** Whether an operation is still running at {@code nowMillis}. */
    static boolean busy(StateData.AcmCluster c, Duration delay, long nowMillis) {
        return c.operation != null && nowMillis - c.operationStartedMillis < delay.toMillis();
    }

    /** Starts an operation now. */
    static void begin(StateData.AcmCluster c, String operation, long nowMillis) {
        c.operation = operation;
        c.operationStartedMillis = nowMillis;
    }

    static String status(StateData.AcmCluster c, Duration delay, long nowMillis) {
        if (busy(c, delay, nowMillis)) {
            return WORDS.getOrDefault(c.operation, new String[] {"updating", "Update"})[0];
        }
        return stoppedAt(c, delay, nowMillis) ? "stopped" : "online";
    }

    /** Stopped once a stop has run to its end (and no resume since). */
    static boolean stoppedAt(StateData.AcmCluster c, Duration delay, long nowMillis) {
        return c.stopped && !busy(c, delay, nowMillis);
    }

    /** The answer of {@code GET /cluster/{cluster}/status}, in the shape live clients report. */
    static Map<String, Object> statusAnswer(StateData.AcmCluster c, Duration delay, long nowMillis) {
        boolean busy = busy(c, delay, nowMillis);
        long millis = Math.max(1, delay.toMillis());
        int percent = busy ? (int) Math.min(99, (nowMillis - c.operationStartedMillis) * 100 / millis) : 100;
        String action = busy ? WORDS.getOrDefault(c.operation, new String[] {"updating", "Update"})[1] : "Completed";
        int passed;
        if (stoppedAt(c, delay, nowMillis)) {
            passed = 0;
        } else if (busy) {
            passed = (int) ((long) c.nodes * percent / 100);
        } else {
            passed = c.nodes;
        }
        return Map.of("action", action, "actionProgress", Map.of("percent", percent),
                "health", Map.of("total", c.nodes, "passed", passed));
    }
}
