package com.accountdesk.ui.main;

import com.accountdesk.api.ApiException;
import com.accountdesk.api.acm.AcmClient;
import com.accountdesk.model.Cluster;
import com.accountdesk.model.ClusterStatus;
import com.accountdesk.ui.common.ErrorMessages;
import com.accountdesk.ui.common.Tasks;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import java.util.concurrent.Executor;

/**
 * Life-cycle actions on one cluster (stop, resume, restart, rescale, upgrade, terminate), asked for
 * by the user after a confirmation. Each is sent once: a refusal because another operation is in
 * progress says so and keeps the action for "Try again", which only the user presses; an answer
 * that never came is checked by listing the environment, never by sending again.
 */
public final class ClusterActionsViewModel {
    /** What can be done, with the words the pane uses. */
    public enum Action {
        STOP("Stop", "Stopping", "stopped"), RESUME("Resume", "Resuming", "resumed"),
        RESTART("Restart", "Restarting", "restarted"), RESCALE("Rescale", "Rescaling", "rescaled"),
        UPGRADE("Upgrade", "Upgrading", "upgraded"), TERMINATE("Terminate", "Terminating", "terminated");

        private final String verb;
        private final String progressive;
        private final String done;

        Action(String verb, String progressive, String done) {
            this.verb = verb;
            this.progressive = progressive;
            this.done = done;
        }

        public String verb() {
            return verb;
        }
    }

    /** One action as asked: sent by {@link #run}, kept for {@link #tryAgain} after a busy refusal. */
    public record Request(Action action, Cluster cluster, String environmentId, String nodeType, int shards, int replicas,
                          String version, boolean deleteData) {
        public static Request of(Action action, Cluster cluster) {
            return new Request(action, cluster, cluster.environmentId(), null, 0, 0, null, false);
        }

        public static Request rescale(Cluster cluster, String nodeType, int shards, int replicas) {
            return new Request(Action.RESCALE, cluster, cluster.environmentId(), nodeType, shards, replicas, null, false);
        }

        public static Request upgrade(Cluster cluster, String version) {
            return new Request(Action.UPGRADE, cluster, cluster.environmentId(), null, 0, 0, version, false);
        }

        public static Request terminate(Cluster cluster, boolean deleteData) {
            return new Request(Action.TERMINATE, cluster, cluster.environmentId(), null, 0, 0, null, deleteData);
        }
    }

    private final AcmClient client;
    private final Executor executor;
    private final Runnable changed;
    private final BooleanProperty running = new SimpleBooleanProperty(false);
    private final StringProperty message = new SimpleStringProperty("");
    private final BooleanProperty failed = new SimpleBooleanProperty(false);
    private final ObjectProperty<Request> retryLater = new SimpleObjectProperty<>();

    /** @param changed told after an action was accepted (or may have been), so the list is read again */
    public ClusterActionsViewModel(AcmClient client, Executor executor, Runnable changed) {
        this.client = client;
        this.executor = executor;
        this.changed = changed;
    }

    /**
     * Whether {@code action} makes sense for {@code cluster} now: stop, restart, rescale and upgrade
     * for a running cluster with no operation under way, resume for a stopped one, terminate for any
     * (ACM says when it is busy).
     */
    public static boolean allowed(Action action, Cluster cluster, ClusterStatus status) {
        if (cluster == null) {
            return false;
        }
        boolean idle = status == null || status.idle();
        return switch (action) {
            case STOP, RESTART, RESCALE, UPGRADE -> cluster.isRunning() && idle;
            case RESUME -> cluster.isStopped() && idle;
            case TERMINATE -> true;
        };
    }

    /** Sends the action once (nothing while another action of this pane is being sent). */
    public void run(Request request) {
        if (running.get()) {
            return;
        }
        retryLater.set(null);
        failed.set(false);
        message.set(request.action().progressive + " " + request.cluster().name() + "…");
        Tasks.create(() -> send(request))
                .busy(running)
                .onSuccess(said -> {
                    message.set(said);
                    changed.run();
                })
                .onError(failure -> {
                    failed.set(true);
                    if (failure instanceof ApiException api && api.kind() == ApiException.Kind.BUSY) {
                        message.set(request.cluster().name() + " was not " + request.action().done
                                + ": another operation is in progress on it. Try again once that has finished.");
                        retryLater.set(request);
                    } else {
                        message.set(request.action().verb() + " " + request.cluster().name() + ": " + ErrorMessages.describe(failure));
                        changed.run();
                    }
                })
                .runOn(executor);
    }

    /** The user's "Try again" after a busy refusal: the same action, sent once more. */
    public void tryAgain() {
        Request request = retryLater.get();
        if (request != null) {
            run(request);
        }
    }

    private String send(Request r) throws ApiException {
        Cluster c = r.cluster();
        switch (r.action()) {
            case STOP -> client.stopCluster(c.id());
            case RESUME -> client.resumeCluster(c.id());
            case RESTART -> client.restartCluster(c.id());
            case RESCALE -> client.rescaleCluster(c.id(), r.nodeType(), r.shards(), r.replicas());
            case UPGRADE -> client.upgradeCluster(c.id(), r.version());
            case TERMINATE -> {
                return terminate(r);
            }
        }
        return switch (r.action()) {
            case STOP -> "Stopping " + c.name() + ": it stops serving queries; Resume starts it again.";
            case RESUME -> "Resuming " + c.name() + ".";
            case RESTART -> "Restarting " + c.name() + ".";
            case RESCALE -> "Rescaling " + c.name() + " to " + r.shards() + " × " + r.replicas() + " on " + r.nodeType() + ".";
            case UPGRADE -> "Upgrading " + c.name() + " to " + r.version() + ".";
            case TERMINATE -> throw new IllegalStateException();
        };
    }

    /**
     * Terminates, then looks at the environment's list (not {@code GET /cluster/{id}}, which may answer
     * 403 for a deleted cluster). An answer that never came is settled by the same look, never by
     * sending the DELETE again.
     */
    private String terminate(Request r) throws ApiException {
        Cluster c = r.cluster();
        String data = r.deleteData() ? " Its data was deleted." : " Its data was kept.";
        try {
            client.terminateCluster(c.id(), r.deleteData());
        } catch (ApiException lost) {
            if (lost.kind() != ApiException.Kind.NETWORK && lost.kind() != ApiException.Kind.TIMEOUT) {
                throw lost;
            }
            if (gone(c)) {
                return c.name() + " was terminated." + data;
            }
            throw lost;
        }
        return gone(c) ? c.name() + " was terminated." + data
                : c.name() + " is being terminated; it leaves the list once ACM has removed it.";
    }

    private boolean gone(Cluster c) throws ApiException {
        return client.clusters(c.environmentId()).stream().noneMatch(x -> x.id().equals(c.id()));
    }

    /** True while an action is being sent. */
    public BooleanProperty runningProperty() {
        return running;
    }

    /** What the last action did or why it did not. */
    public StringProperty messageProperty() {
        return message;
    }

    public BooleanProperty failedProperty() {
        return failed;
    }

    /** The action refused because another operation was in progress, offered for "Try again"; null otherwise. */
    public ObjectProperty<Request> retryLaterProperty() {
        return retryLater;
    }
}
