package com.accountdesk.ui.main;

import com.accountdesk.model.Cluster;
import com.accountdesk.model.ClusterStatus;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** When the Clusters pane looks again, and which answers it takes. */
class PollPlanTest {
    private static Cluster cluster(String id, String status) {
        return new Cluster(id, "c" + id, status, "102", 2, 1, 2);
    }

    private static final ClusterStatus IDLE = new ClusterStatus("Completed", 100, 2, 2);
    private static final ClusterStatus STOPPING = new ClusterStatus("Stop", 40, 1, 2);

    @Test
    void aFewSecondsWhileAnOperationRuns() {
        assertEquals(Optional.of(PollPlan.ACTIVE), PollPlan.next(List.of(cluster("1", "provisioning")), Map.of(), true, 0));
        // The list may still say online while the status already names the operation.
        assertEquals(Optional.of(PollPlan.ACTIVE), PollPlan.next(List.of(cluster("1", "online")), Map.of("1", STOPPING), true, 0));
    }

    @Test
    void fifteenSecondsWhenAllIsIdle() {
        assertEquals(Optional.of(Duration.ofSeconds(15)),
                PollPlan.next(List.of(cluster("1", "online"), cluster("2", "stopped")), Map.of("1", IDLE), true, 0));
    }

    @Test
    void noneForStoppedClustersAHiddenWindowOrNoClusters() {
        assertEquals(Optional.empty(), PollPlan.next(List.of(cluster("1", "stopped")), Map.of(), true, 0));
        assertEquals(Optional.empty(), PollPlan.next(List.of(cluster("1", "provisioning")), Map.of(), false, 0));
        assertEquals(Optional.empty(), PollPlan.next(List.of(), Map.of(), true, 0));
        // Stopping is not stopped: watched until it is.
        assertEquals(Optional.of(PollPlan.ACTIVE), PollPlan.next(List.of(cluster("1", "stopping")), Map.of(), true, 0));
    }

    @Test
    void failuresBackOffUpToTheCap() {
        List<Cluster> list = List.of(cluster("1", "provisioning"));
        assertEquals(Optional.of(Duration.ofSeconds(15)), PollPlan.next(list, Map.of(), true, 1));
        assertEquals(Optional.of(Duration.ofSeconds(30)), PollPlan.next(list, Map.of(), true, 2));
        assertEquals(Optional.of(Duration.ofSeconds(60)), PollPlan.next(list, Map.of(), true, 3));
        assertEquals(Optional.of(PollPlan.MAX), PollPlan.next(list, Map.of(), true, 4));
        assertEquals(Optional.of(PollPlan.MAX), PollPlan.next(list, Map.of(), true, 40));
        assertEquals(Optional.empty(), PollPlan.next(list, Map.of(), false, 3), "hidden: no looks, failures or not");
    }

    @Test
    void aLateAnswerNeverOverwritesANewerOne() {
        PollPlan.Sequence sequence = new PollPlan.Sequence();
        long poll = sequence.issue();      // the periodic look, slow to answer
        long afterStop = sequence.issue(); // the look right after the user's Stop
        assertTrue(sequence.isLatest(afterStop));
        assertFalse(sequence.isLatest(poll), "only the latest look plans the next");
        assertTrue(sequence.accept(afterStop));
        assertFalse(sequence.accept(poll), "the older answer arrives late and is dropped");
        long next = sequence.issue();
        assertTrue(sequence.accept(next));
    }

    @Test
    void answersInOrderAreAllTaken() {
        PollPlan.Sequence sequence = new PollPlan.Sequence();
        long first = sequence.issue();
        long second = sequence.issue();
        assertTrue(sequence.accept(first));
        assertTrue(sequence.accept(second));
    }

    @Test
    void aStatusIsIdleOnlyWhenItsActionIsCompletedOrMissing() {
        assertTrue(ClusterStatus.UNKNOWN.idle());
        assertTrue(IDLE.idle());
        assertFalse(STOPPING.idle());
        assertFalse(new ClusterStatus("Upgrade", null, null, null).idle());
        assertTrue(new ClusterStatus(" completed ", 100, 2, 2).idle(), "ACM's word, in any case and spacing");
    }
}
