package com.accountdesk.ui.main;

import com.accountdesk.model.Cluster;
import com.accountdesk.model.ClusterStatus;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * When the Clusters pane asks again: every {@link #ACTIVE} while an operation runs on some
 * cluster, every {@link #IDLE} otherwise (acmctl polls every 15 s), not at all while the window is
 * hidden or when every cluster is stopped; after failures the pause doubles up to {@link #MAX}.
 */
public final class PollPlan {
    public static final Duration ACTIVE = Duration.ofSeconds(3);
    public static final Duration IDLE = Duration.ofSeconds(15);
    public static final Duration MAX = Duration.ofSeconds(120);

    private PollPlan() {
    }

    /** Whether some cluster is on its way somewhere: not yet running, or its status names an operation. */
    public static boolean operationUnderWay(List<Cluster> clusters, Map<String, ClusterStatus> statuses) {
        return clusters.stream().anyMatch(c -> {
            ClusterStatus s = statuses.get(c.id());
            return (!c.isRunning() && !c.isStopped()) || (s != null && !s.idle());
        });
    }

    /**
     * The pause before the next look, or empty for none.
     *
     * @param failures looks that failed in a row since the last success
     */
    public static Optional<Duration> next(List<Cluster> clusters, Map<String, ClusterStatus> statuses,
                                          boolean visible, int failures) {
        if (!visible) {
            return Optional.empty();
        }
        if (failures > 0) {
            long seconds = IDLE.getSeconds() << Math.min(failures - 1, 6);
            return Optional.of(Duration.ofSeconds(Math.min(MAX.getSeconds(), seconds)));
        }
        if (clusters.isEmpty() || clusters.stream().allMatch(c -> c.isStopped() && idle(statuses.get(c.id())))) {
            return Optional.empty();
        }
        return Optional.of(operationUnderWay(clusters, statuses) ? ACTIVE : IDLE);
    }

    private static boolean idle(ClusterStatus s) {
        return s == null || s.idle();
    }

    /**
     * Numbers the looks in the order they are asked, so an answer is taken only when nothing asked
     * later has been taken already: a slow answer never overwrites a newer one.
     */
    public static final class Sequence {
        private long issued;
        private long applied;

        /** The number of a look about to be asked. */
        public synchronized long issue() {
            return ++issued;
        }

        /** True (and remembered) when {@code number} is newer than every answer taken so far. */
        public synchronized boolean accept(long number) {
            if (number <= applied) {
                return false;
            }
            applied = number;
            return true;
        }

        /** Whether {@code number} is the last look asked (only its answer plans the next one). */
        public synchronized boolean isLatest(long number) {
            return number == issued;
        }
    }
}
