package com.accountdesk.ui.main;

import com.accountdesk.api.acm.AcmClient;
import com.accountdesk.model.Cluster;
import com.accountdesk.model.Environment;
import com.accountdesk.ui.common.ErrorMessages;
import com.accountdesk.ui.common.Tasks;
import javafx.animation.PauseTransition;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.util.Duration;

import java.util.List;
import java.util.concurrent.Executor;
import java.util.function.Consumer;

/**
 * The clusters of one environment, from {@code GET /environment/{id}/clusters}. While any of them
 * is not running yet the list is fetched again every {@link #POLL_INTERVAL}, off the FX thread,
 * until all are running, another environment is shown or {@link #stop()} is called.
 */
public final class ClustersViewModel {
    public static final Duration POLL_INTERVAL = Duration.seconds(2);

    private final AcmClient client;
    private final Executor executor;
    private final ObservableList<Cluster> clusters = FXCollections.observableArrayList();
    private final ObjectProperty<Environment> environment = new SimpleObjectProperty<>();
    private final BooleanProperty loading = new SimpleBooleanProperty(false);
    private final BooleanProperty polling = new SimpleBooleanProperty(false);
    private final StringProperty error = new SimpleStringProperty("");
    private final PauseTransition nextPoll = new PauseTransition(POLL_INTERVAL);
    /** Bumped on every change of environment or stop, so a late answer for an old one is dropped. */
    private long generation;
    private Consumer<Cluster> becameRunning = cluster -> { };

    public ClustersViewModel(AcmClient client, Executor executor) {
        this.client = client;
        this.executor = executor;
        nextPoll.setOnFinished(e -> load(generation));
    }

    /** Shows (and starts watching) the clusters of {@code env}; null shows none. */
    public void show(Environment env) {
        stop();
        environment.set(env);
        clusters.clear();
        error.set("");
        if (env != null) {
            load(generation);
        }
    }

    /** Fetches the list again now (e.g. right after a launch). */
    public void refresh() {
        show(environment.get());
    }

    /** Stops watching; the list stays as it is. */
    public void stop() {
        generation++;
        nextPoll.stop();
        polling.set(false);
    }

    private void load(long asked) {
        Environment env = environment.get();
        if (env == null || asked != generation) {
            return;
        }
        if (executor instanceof java.util.concurrent.ExecutorService service && service.isShutdown()) {
            stop(); // the app is closing
            return;
        }
        Tasks.create(() -> client.clusters(env.id()))
                .busy(loading)
                .onSuccess(list -> {
                    if (asked == generation) {
                        tellWhichStarted(list);
                        clusters.setAll(list);
                        error.set("");
                        pollIfNeeded(list);
                    }
                })
                .onError(failure -> {
                    if (asked == generation) {
                        error.set(ErrorMessages.describe(failure));
                        polling.set(false);
                    }
                })
                .runOn(executor);
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

    /** Told of each watched cluster that has just become running. */
    public void onBecameRunning(Consumer<Cluster> listener) {
        this.becameRunning = listener;
    }

    private void pollIfNeeded(List<Cluster> list) {
        boolean pending = list.stream().anyMatch(c -> !c.isRunning());
        polling.set(pending);
        if (pending) {
            nextPoll.playFromStart();
        }
    }

    public ObservableList<Cluster> clusters() {
        return clusters;
    }

    public ObjectProperty<Environment> environmentProperty() {
        return environment;
    }

    public BooleanProperty loadingProperty() {
        return loading;
    }

    /** True while some cluster is still on its way to running and the list is being re-fetched. */
    public BooleanProperty pollingProperty() {
        return polling;
    }

    public StringProperty errorProperty() {
        return error;
    }
}
