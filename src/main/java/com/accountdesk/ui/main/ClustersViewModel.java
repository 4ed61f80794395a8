package com.accountdesk.ui.main;

import com.accountdesk.api.ApiException;
import com.accountdesk.api.acm.AcmClient;
import com.accountdesk.model.Cluster;
import com.accountdesk.model.ClusterConnection;
import com.accountdesk.model.DisplayText;
import com.accountdesk.model.ClusterStatus;
import com.accountdesk.model.Environment;
import com.accountdesk.ui.common.Background;
import com.accountdesk.ui.common.ErrorMessages;
import com.accountdesk.ui.common.ListRefresh;
import com.accountdesk.ui.common.Texts;
import com.accountdesk.ui.common.TimeFormats;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableMap;

import java.time.Duration;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Consumer;

/**
 * The clusters of one environment, from {@code GET /environment/{id}/clusters}, each with its
 * progress from {@code GET /cluster/{cluster}/status} (not asked for a stopped cluster). Looks are
 * repeated as {@link PollPlan} says (often while an operation runs, every 15 s otherwise, never
 * while the window is hidden or every cluster is stopped), as {@link Background} runs work; each
 * look is numbered and a late answer never overwrites a newer one. The next look is planned on a
 * {@link PollTimer}, so a test drives the polling by hand.
 */
public final class ClustersViewModel {
    private final AcmClient client;
    private final Background background;
    private final PollTimer timer;
    private final ObservableList<Cluster> clusters = FXCollections.observableArrayList();
    private final ObservableMap<String, ClusterStatus> statuses = FXCollections.observableHashMap();
    private final ObjectProperty<Environment> environment = new SimpleObjectProperty<>();
    private final BooleanProperty loading = new SimpleBooleanProperty(false);
    private final BooleanProperty polling = new SimpleBooleanProperty(false);
    private final BooleanProperty visible = new SimpleBooleanProperty(true);
    private final ObjectProperty<Duration> nextLook = new SimpleObjectProperty<>();
    private final StringProperty error = new SimpleStringProperty("");
    private final PollPlan.Sequence sequence = new PollPlan.Sequence();
    /** Bumped on every change of environment or stop, so a late answer for an old one is dropped. */
    private long generation;
    private int failures;
    private Consumer<Cluster> becameRunning = cluster -> { };

    /** What one look found: the list, and the status of each cluster that was asked. */
    record Snapshot(List<Cluster> clusters, Map<String, ClusterStatus> statuses) {
    }

    public ClustersViewModel(AcmClient client, Background background, PollTimer timer) {
        this.client = client;
        this.background = background;
        this.timer = timer;
        // Hidden: no looks; shown again: one look now, which plans the next.
        visible.addListener((obs, was, now) -> {
            if (!now) {
                timer.cancel();
                nextLook.set(null);
                polling.set(false);
            } else if (environment.get() != null) {
                lookNow();
            }
        });
    }

    /** Shows (and starts watching) the clusters of {@code env}; null shows none. */
    public void show(Environment env) {
        stop();
        environment.set(env);
        clusters.clear();
        statuses.clear();
        error.set("");
        failures = 0;
        if (env != null) {
            load(generation);
        }
    }

    /** Fetches the list again now, keeping what is shown until the answer comes. */
    public void refresh() {
        if (environment.get() == null) {
            return;
        }
        lookNow();
    }

    private void lookNow() {
        timer.cancel();
        load(generation);
    }

    /** Stops watching; the list stays as it is. */
    public void stop() {
        generation++;
        timer.cancel();
        nextLook.set(null);
        polling.set(false);
    }

    private void load(long asked) {
        Environment env = environment.get();
        if (env == null || asked != generation) {
            return;
        }
        long number = sequence.issue();
        Map<String, ClusterStatus> known = Map.copyOf(statuses);
        try {
            background.run(() -> look(env.id(), known), loading, found -> {
                if (asked != generation) {
                    return;
                }
                if (sequence.accept(number)) {
                    failures = 0;
                    tellWhichStarted(found.clusters());
                    applySelectionSafely(found);
                    error.set("");
                }
                if (sequence.isLatest(number)) {
                    planNext();
                }
            }, failure -> {
                if (asked != generation) {
                    return;
                }
                if (sequence.isLatest(number)) {
                    failures++;
                    error.set(ErrorMessages.describe(failure));
                    planNext();
                }
            });
        } catch (RejectedExecutionException closing) {
            loading.set(false);
            stop(); // the app is closing: its workers take nothing more
        }
    }

    /** The list, then the status of every cluster that is not stopped; a status that cannot be read keeps the last one. */
    private Snapshot look(String environmentId, Map<String, ClusterStatus> known) throws ApiException {
        List<Cluster> list = client.clusters(environmentId);
        Map<String, ClusterStatus> found = new LinkedHashMap<>();
        for (Cluster c : list) {
            if (c.isStopped()) {
                continue;
            }
            try {
                found.put(c.id(), client.clusterStatus(c.id()));
            } catch (ApiException e) {
                if (e.kind() == ApiException.Kind.UNAUTHORIZED) {
                    throw e;
                }
                if (known.containsKey(c.id())) {
                    found.put(c.id(), known.get(c.id()));
                }
            }
        }
        return new Snapshot(list, found);
    }

    /** Replaces rows in place where the cluster is the same, so the table keeps its selection. */
    private void applySelectionSafely(Snapshot found) {
        statuses.keySet().retainAll(found.statuses().keySet());
        statuses.putAll(found.statuses());
        ListRefresh.into(clusters, found.clusters(), Cluster::id);
    }

    private void planNext() {
        timer.cancel();
        Optional<Duration> pause = PollPlan.next(clusters, statuses, visible.get(), failures);
        polling.set(pause.isPresent() && PollPlan.operationUnderWay(clusters, statuses));
        nextLook.set(pause.orElse(null));
        long planned = generation;
        pause.ifPresent(d -> timer.schedule(d, () -> load(planned)));
    }

    /** A cluster seen on its way up that is running now: the end of work the user may have looked away from. */
    private void tellWhichStarted(List<Cluster> fresh) {
        for (Cluster now : fresh) {
            clusters.stream()
                    .filter(before -> before.id().equals(now.id()) && !before.isRunning() && now.isRunning())
                    .findFirst()
                    .ifPresent(before -> becameRunning.accept(now));
        }
    }

    /**
     * The Progress column: the operation under way with its percent, and the health checks passed,
     * e.g. "Stop 40% · health 1/2"; empty for no status. The action is ACM's own word; at 100% an
     * action not yet "Completed" is "finishing".
     */
    public static String progress(ClusterStatus status) {
        if (status == null) {
            return "";
        }
        String action = "";
        if (!status.idle() && status.percent() == null) {
            action = status.action().trim();
        } else if (!status.idle() && status.percent() >= 100) {
            // ACM's percent can read 100 while the action still runs: only "Completed" means done.
            action = Texts.get("clusters.progress.finishing", status.action().trim());
        } else if (!status.idle()) {
            action = Texts.get("clusters.progress.percent", status.action().trim(), Math.max(0, status.percent()));
        }
        String health = "";
        if (status.healthTotal() != null && status.healthTotal() > 0) {
            health = Texts.get("clusters.progress.health",
                    status.healthPassed() == null ? "?" : String.valueOf(status.healthPassed()), status.healthTotal());
        }
        if (action.isEmpty() || health.isEmpty()) {
            return action + health;
        }
        return Texts.get("clusters.progress.both", action, health);
    }

    /** The topology column, e.g. "4 nodes: 2 × 2". */
    public static String topology(Cluster cluster) {
        return Texts.get("clusters.topology", cluster.nodes(), cluster.shards(), cluster.replicas());
    }

    /** The ports line of the connection details, e.g. "native protocol 9440 (TLS) · HTTPS 8443". */
    public static String ports(ClusterConnection connection) {
        String ports = connection.secure()
                ? Texts.get("clusters.ports.secure", String.valueOf(connection.tcpPort()), String.valueOf(connection.httpPort()))
                : Texts.get("clusters.ports.plain", String.valueOf(connection.tcpPort()), String.valueOf(connection.httpPort()));
        return connection.hasMysql() ? Texts.get("clusters.ports.withMysql", ports, String.valueOf(connection.mysqlPort())) : ports;
    }

    /**
     * When the cluster's newest backup was made, GMT/UTC with the local time beside it where that
     * differs; "" when the answer did not carry {@code latestBackupTime} (the description does not
     * say that its absence means "no backup yet", so nothing is claimed).
     */
    public static String latestBackup(Cluster cluster, ZoneId zone) {
        return cluster == null || cluster.latestBackupTime() == null ? ""
                : TimeFormats.utcAndLocal(cluster.latestBackupTime(), zone).replace("\n", " · ");
    }

    /**
     * The line under the connection details: that no copy holds a password, or, when the server
     * named something other than a host name or an IP address as the host, why no command is offered.
     */
    public static String connectionHint(ClusterConnection connection) {
        return connection == null || connection.hostIsUsable() ? Texts.get("clusters.connectionHint")
                : Texts.get("clusters.hostRefused", DisplayText.neutralise(connection.host()));
    }

    /** Told of each watched cluster that has just become running. */
    public void onBecameRunning(Consumer<Cluster> listener) {
        this.becameRunning = listener;
    }

    public ObservableList<Cluster> clusters() {
        return clusters;
    }

    /** The last status read for each cluster that is not stopped, by cluster id. */
    public ObservableMap<String, ClusterStatus> statuses() {
        return statuses;
    }

    public ObjectProperty<Environment> environmentProperty() {
        return environment;
    }

    public BooleanProperty loadingProperty() {
        return loading;
    }

    /** True while an operation runs on some cluster and the pane looks again every few seconds. */
    public BooleanProperty pollingProperty() {
        return polling;
    }

    /** Whether the pane can be seen (its window showing, not minimised); while false nothing is asked. */
    public BooleanProperty visibleProperty() {
        return visible;
    }

    /** The pause before the next look; null when none is planned. */
    public ObjectProperty<Duration> nextLookProperty() {
        return nextLook;
    }

    public StringProperty errorProperty() {
        return error;
    }
}
