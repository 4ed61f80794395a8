package com.accountdesk.ui.cratedb;

import com.accountdesk.api.ApiException;
import com.accountdesk.api.cratedb.CrateCloudClient;
import com.accountdesk.model.CrateCluster;
import com.accountdesk.model.CrateOperation;
import com.accountdesk.ui.common.Background;
import com.accountdesk.ui.common.DialogService;
import com.accountdesk.ui.common.ErrorMessages;
import com.accountdesk.ui.common.Texts;
import com.accountdesk.ui.main.PollTimer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * One change to a CrateDB cluster (expand storage, scale, upgrade) as its dialog sends it: sent
 * once; a refusal (nothing was done) is shown and lets the user ask again, any other failure may
 * have been done, so it is said and never sent again from here; once accepted, the cluster's
 * operations list and the cluster are looked at every {@link #POLL} until the cluster shows the
 * change (the description: the field changes when the operation has finished) or the operation
 * failed. What the dialogs of these changes share; each view-model says what to send and what
 * "done" looks like.
 */
final class ClusterOperation {
    static final Duration POLL = Duration.ofSeconds(3);

    /** The sentences of one kind of change. */
    record Words(String sending, Function<String, String> running, Function<CrateCluster, String> done, String failed,
                 String uncertainTitle, String uncertain) {
    }

    private final CrateCloudClient client;
    private final Background background;
    private final DialogService dialogs;
    private final PollTimer timer;
    private final CrateCluster cluster;
    /** The operation's type on the operations list: EXPAND_STORAGE, SCALE, UPGRADE. */
    private final String type;
    private final ReadOnlyStringWrapper progress = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final BooleanProperty sending = new SimpleBooleanProperty(false);
    /** Sent, and not refused: it may have been done, so it is never sent again from here. */
    private final BooleanProperty sent = new SimpleBooleanProperty(false);
    private final BooleanProperty done = new SimpleBooleanProperty(false);
    private Words words;
    private Predicate<CrateCluster> shows;

    ClusterOperation(CrateCloudClient client, Background background, DialogService dialogs, PollTimer timer,
                     CrateCluster cluster, String type) {
        this.client = client;
        this.background = background;
        this.dialogs = dialogs;
        this.timer = timer;
        this.cluster = cluster;
        this.type = type;
    }

    /** Sends {@code call} once (nothing while one is out or after one was accepted), then follows it until {@code shows}. */
    void send(Callable<?> call, Words said, Predicate<CrateCluster> showsDone) {
        if (sending.get() || sent.get()) {
            return;
        }
        words = said;
        shows = showsDone;
        sent.set(true);
        error.set("");
        progress.set(said.sending());
        background.run(call, sending, answer -> {
            progress.set(Texts.get("cratedb.operation.sent"));
            timer.schedule(POLL, this::look);
        }, failure -> {
            progress.set("");
            error.set(ErrorMessages.describe(failure));
            if (failure instanceof ApiException api && refused(api.kind())) {
                sent.set(false); // the service said no: nothing was done, so it may be asked again
            } else {
                dialogs.error(said.uncertainTitle(), said.uncertain());
            }
        });
    }

    /** Answers that say the change was not made. */
    static boolean refused(ApiException.Kind kind) {
        return kind == ApiException.Kind.INVALID_INPUT || kind == ApiException.Kind.FORBIDDEN
                || kind == ApiException.Kind.CONFLICT || kind == ApiException.Kind.BUSY || kind == ApiException.Kind.NOT_FOUND
                || kind == ApiException.Kind.UNAUTHORIZED;
    }

    private void look() {
        background.run(() -> new Look(client.operations(cluster.id()), client.cluster(cluster.id())), null, look -> {
            if (shows.test(look.cluster())) {
                done.set(true);
                progress.set(words.done().apply(look.cluster()));
                return;
            }
            CrateOperation op = look.operations().stream().filter(o -> o.type().equals(type)).findFirst().orElse(null);
            if (op != null && op.failed()) {
                progress.set("");
                error.set(words.failed());
                return;
            }
            progress.set(words.running().apply(op == null ? "SENT" : op.status()));
            timer.schedule(POLL, this::look);
        }, failure -> {
            // A look that failed is only a look: the next one may see it.
            progress.set(Texts.get("cratedb.operation.lookFailed", ErrorMessages.describe(failure)));
            timer.schedule(POLL, this::look);
        });
    }

    private record Look(List<CrateOperation> operations, CrateCluster cluster) {
    }

    /** Stops watching (the dialog closed); the operation goes on at the service. */
    void close() {
        timer.cancel();
    }

    ReadOnlyStringProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** An error of the view-model's own (a price or limit that could not be read), shown where the operation's are. */
    void sayError(String text) {
        error.set(text);
    }

    BooleanProperty sendingProperty() {
        return sending;
    }

    BooleanProperty sentProperty() {
        return sent;
    }

    BooleanProperty doneProperty() {
        return done;
    }
}
