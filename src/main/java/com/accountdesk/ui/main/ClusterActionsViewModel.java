package com.accountdesk.ui.main;

import com.accountdesk.api.ApiException;
import com.accountdesk.api.acm.AcmClient;
import com.accountdesk.model.Cluster;
import com.accountdesk.model.ClusterStatus;
import com.accountdesk.ui.common.Background;
import com.accountdesk.ui.common.DialogService;
import com.accountdesk.ui.common.ErrorMessages;
import com.accountdesk.ui.common.Texts;
import javafx.beans.InvalidationListener;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.ObservableList;
import javafx.collections.ObservableMap;

import java.util.List;
import java.util.Map;

/**
 * Life-cycle actions on one cluster (stop, resume, restart, rescale, upgrade, terminate), asked for
 * by the user after a confirmation: stop, resume and restart are asked here through the
 * {@link DialogService}; rescale, upgrade and terminate come as a {@link Request} from their own
 * dialogs (they need more than yes or no). Each is sent once: a refusal because another operation is in
 * progress says so and keeps the action for "Try again", which only the user presses; an answer
 * that never came is checked by listing the environment, never by sending again.
 */
public final class ClusterActionsViewModel {
    /** What can be done. */
    public enum Action {
        STOP, RESUME, RESTART, RESCALE, UPGRADE, TERMINATE;

        /** The verb on the action's button and in a failure, e.g. "Stop". */
        public String verb() {
            return switch (this) {
                case STOP -> Texts.get("clusters.action.stop");
                case RESUME -> Texts.get("clusters.action.resume");
                case RESTART -> Texts.get("clusters.action.restart");
                case RESCALE -> Texts.get("clusters.action.rescale");
                case UPGRADE -> Texts.get("clusters.action.upgrade");
                case TERMINATE -> Texts.get("clusters.action.terminate");
            };
        }

        /** "Stopping {0}…": shown while the action is sent. */
        String sending(String cluster) {
            return switch (this) {
                case STOP -> Texts.get("clusters.sending.stop", cluster);
                case RESUME -> Texts.get("clusters.sending.resume", cluster);
                case RESTART -> Texts.get("clusters.sending.restart", cluster);
                case RESCALE -> Texts.get("clusters.sending.rescale", cluster);
                case UPGRADE -> Texts.get("clusters.sending.upgrade", cluster);
                case TERMINATE -> Texts.get("clusters.sending.terminate", cluster);
            };
        }

        /** "{0} was not stopped: another operation is in progress…": a busy refusal. */
        String refusedBusy(String cluster) {
            return switch (this) {
                case STOP -> Texts.get("clusters.busy.stop", cluster);
                case RESUME -> Texts.get("clusters.busy.resume", cluster);
                case RESTART -> Texts.get("clusters.busy.restart", cluster);
                case RESCALE -> Texts.get("clusters.busy.rescale", cluster);
                case UPGRADE -> Texts.get("clusters.busy.upgrade", cluster);
                case TERMINATE -> Texts.get("clusters.busy.terminate", cluster);
            };
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
    private final Background background;
    private final DialogService dialogs;
    private final Runnable changed;
    private final BooleanProperty running = new SimpleBooleanProperty(false);
    private final StringProperty message = new SimpleStringProperty("");
    private final BooleanProperty failed = new SimpleBooleanProperty(false);
    private final ObjectProperty<Request> retryLater = new SimpleObjectProperty<>();
    /** The action ACM accepted whose sentence stays until the list shows it done; null when none. */
    private Request underWay;
    private boolean seenUnderWay;

    /** @param changed told after an action was accepted (or may have been), so the list is read again */
    public ClusterActionsViewModel(AcmClient client, Background background, DialogService dialogs, Runnable changed) {
        this.client = client;
        this.background = background;
        this.dialogs = dialogs;
        this.changed = changed;
    }

    /** Stops {@code cluster} once the user agrees: it stops serving queries until resumed. */
    public void stop(Cluster cluster) {
        if (mayAsk(cluster) && dialogs.confirm(new DialogService.Confirmation(Texts.get("clusters.stop.title"),
                Texts.get("clusters.stop.header", cluster.name()), Texts.get("clusters.stop.text"), Action.STOP.verb()))) {
            run(Request.of(Action.STOP, cluster));
        }
    }

    /** Resumes a stopped {@code cluster} once the user agrees. */
    public void resume(Cluster cluster) {
        if (mayAsk(cluster) && dialogs.confirm(new DialogService.Confirmation(Texts.get("clusters.resume.title"),
                Texts.get("clusters.resume.header", cluster.name()), Texts.get("clusters.resume.text"), Action.RESUME.verb()))) {
            run(Request.of(Action.RESUME, cluster));
        }
    }

    /** Restarts {@code cluster} once the user agrees: running queries are interrupted. */
    public void restart(Cluster cluster) {
        if (mayAsk(cluster) && dialogs.confirm(new DialogService.Confirmation(Texts.get("clusters.restart.title"),
                Texts.get("clusters.restart.header", cluster.name()), Texts.get("clusters.restart.text"), Action.RESTART.verb()))) {
            run(Request.of(Action.RESTART, cluster));
        }
    }

    /** A question only about a cluster, and not while another action is being sent. */
    private boolean mayAsk(Cluster cluster) {
        return cluster != null && !running.get() && !refusedLocked(cluster);
    }

    /** A locked cluster: says so instead of asking or sending (ACM refuses any change to it). */
    private boolean refusedLocked(Cluster cluster) {
        if (!cluster.locked()) {
            return false;
        }
        failed.set(true);
        message.set(lockedNote(cluster));
        return true;
    }

    /** Why the actions are off for a locked cluster, or "" when it is not locked (or none is selected). */
    public static String lockedNote(Cluster cluster) {
        return cluster != null && cluster.locked() ? Texts.get("clusters.locked", cluster.name()) : "";
    }

    /**
     * Whether {@code action} makes sense for {@code cluster} now: stop, restart, rescale and upgrade
     * for a running cluster with no operation under way, resume for a stopped one, terminate for any
     * (ACM says when it is busy); none for a cluster locked in ACM.
     */
    public static boolean allowed(Action action, Cluster cluster, ClusterStatus status) {
        if (cluster == null || cluster.locked()) {
            return false;
        }
        boolean idle = status == null || status.idle();
        return switch (action) {
            case STOP, RESTART, RESCALE, UPGRADE -> cluster.isRunning() && idle;
            case RESUME -> cluster.isStopped() && idle;
            case TERMINATE -> true;
        };
    }

    /**
     * Ends an accepted action's sentence ("Stopping …") once {@code clusters} and {@code statuses},
     * as the Clusters pane reads them, show it done; it then says where the cluster stands.
     */
    public void follow(ObservableList<Cluster> clusters, ObservableMap<String, ClusterStatus> statuses) {
        InvalidationListener look = changed -> seen(clusters, statuses);
        clusters.addListener(look);
        statuses.addListener(look);
    }

    private void seen(List<Cluster> clusters, Map<String, ClusterStatus> statuses) {
        Request r = underWay;
        if (r == null || running.get()) {
            return;
        }
        Cluster now = clusters.stream().filter(c -> c.id().equals(r.cluster().id())).findFirst().orElse(null);
        if (now == null) {
            return; // another environment shown, or gone: a terminate says for itself that it leaves the list
        }
        boolean idleAndRunning = now.isRunning() && (statuses.get(now.id()) == null || statuses.get(now.id()).idle());
        seenUnderWay |= !idleAndRunning && !now.isStopped();
        String name = now.name();
        switch (r.action()) {
            case STOP -> {
                if (now.isStopped()) {
                    settled(Texts.get("clusters.done.stop", name));
                }
            }
            case RESUME -> {
                if (idleAndRunning) {
                    settled(Texts.get("clusters.done.resume", name));
                }
            }
            // Running and idle before and after: done only once the operation was seen under way.
            case RESTART, RESCALE, UPGRADE -> {
                if (idleAndRunning && seenUnderWay) {
                    settled(switch (r.action()) {
                        case RESCALE -> Texts.get("clusters.done.rescale", name, now.shards(), now.replicas());
                        case UPGRADE -> Texts.get("clusters.done.upgrade", name, r.version());
                        default -> Texts.get("clusters.done.restart", name);
                    });
                }
            }
            case TERMINATE -> { }
        }
    }

    private void settled(String sentence) {
        underWay = null;
        message.set(sentence);
    }

    /** Sends the action once (nothing while another action of this pane is being sent). */
    public void run(Request request) {
        if (running.get() || refusedLocked(request.cluster())) {
            return;
        }
        retryLater.set(null);
        failed.set(false);
        underWay = null;
        seenUnderWay = false;
        String name = request.cluster().name();
        message.set(request.action().sending(name));
        background.run(() -> send(request), running, said -> {
            message.set(said);
            underWay = request;
            changed.run();
        }, failure -> {
            failed.set(true);
            if (failure instanceof ApiException api && api.kind() == ApiException.Kind.BUSY) {
                message.set(request.action().refusedBusy(name));
                retryLater.set(request);
            } else {
                message.set(Texts.get("clusters.failed", request.action().verb(), name, ErrorMessages.describe(failure)));
                changed.run();
            }
        });
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
            case STOP -> Texts.get("clusters.sent.stop", c.name());
            case RESUME -> Texts.get("clusters.sent.resume", c.name());
            case RESTART -> Texts.get("clusters.sent.restart", c.name());
            case RESCALE -> Texts.get("clusters.sent.rescale", c.name(), r.shards(), r.replicas(), r.nodeType());
            case UPGRADE -> Texts.get("clusters.sent.upgrade", c.name(), r.version());
            case TERMINATE -> throw new IllegalStateException("terminate answers for itself");
        };
    }

    /**
     * Terminates, then looks at the environment's list (not {@code GET /cluster/{id}}, which may answer
     * 403 for a deleted cluster). An answer that never came is settled by the same look, never by
     * sending the DELETE again.
     */
    private String terminate(Request r) throws ApiException {
        Cluster c = r.cluster();
        String terminated = r.deleteData() ? Texts.get("clusters.terminated.dataDeleted", c.name())
                : Texts.get("clusters.terminated.dataKept", c.name());
        try {
            client.terminateCluster(c.id(), r.deleteData());
        } catch (ApiException lost) {
            if (lost.kind() != ApiException.Kind.NETWORK && lost.kind() != ApiException.Kind.TIMEOUT) {
                throw lost;
            }
            if (gone(c)) {
                return terminated;
            }
            throw lost;
        }
        return gone(c) ? terminated : Texts.get("clusters.terminating", c.name());
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
