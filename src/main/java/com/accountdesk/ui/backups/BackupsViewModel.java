package com.accountdesk.ui.backups;

import com.accountdesk.api.acm.AcmClient;
import com.accountdesk.model.ClusterBackup;
import com.accountdesk.model.ClusterStatus;
import com.accountdesk.ui.common.Background;
import com.accountdesk.ui.common.DialogService;
import com.accountdesk.ui.common.ErrorMessages;
import com.accountdesk.ui.common.Texts;
import com.accountdesk.ui.common.TimeFormats;
import com.accountdesk.ui.common.WorkState;
import com.accountdesk.ui.keys.OneShotTimer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.time.Duration;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Objects;

/**
 * A cluster's backups (Clusters pane → Backups…): the list with time, size and status where the
 * answer gives them; Back up now, asked first and sent once; and Restore from a backup, behind a
 * {@link RestoreQuestion} that says what is overwritten and wants the cluster's name typed, sent once,
 * then watched through the cluster's status until it is done. 26.1.59 leaves the answers untyped and
 * the restore's body unexplained, which the window says.
 */
public final class BackupsViewModel {
    /** How soon after its acceptance a restore is first looked at, and how often after that. */
    static final Duration FIRST_LOOK = Duration.ofSeconds(1);
    static final Duration WATCH_EVERY = Duration.ofSeconds(3);
    /** Idle answers in a row, the restore never seen under way, after which the window stops watching. */
    static final int IDLE_BEFORE_SEEN = 3;

    private final AcmClient client;
    private final String clusterId;
    private final String clusterName;
    private final Background background;
    private final DialogService dialogs;
    private final ZoneId zone;
    private final OneShotTimer timer;
    private final ObservableList<ClusterBackup> backups = FXCollections.observableArrayList();
    private final WorkState work = new WorkState();
    private final BooleanProperty restoring = new SimpleBooleanProperty(this, "restoring");
    /** The one restore question handed out and not yet answered; null when none. */
    private RestoreQuestion asked;
    private boolean closed;
    /** Whether the status has shown the restore under way, and how many idle answers came before that. */
    private boolean seenRunning;
    private int idleUnseen;

    /** @param timer when to look at a restore under way again (on the thread this model lives on) */
    public BackupsViewModel(AcmClient client, String clusterId, String clusterName, Background background,
                            DialogService dialogs, ZoneId zone, OneShotTimer timer) {
        this.client = Objects.requireNonNull(client, "client");
        this.clusterId = clusterId;
        this.clusterName = clusterName;
        this.background = background;
        this.dialogs = dialogs;
        this.zone = zone;
        this.timer = timer;
    }

    /** The cluster's name, as the window words it. */
    public String clusterName() {
        return clusterName;
    }

    public void load() {
        work.begin();
        background.run(() -> client.backups(clusterId), work.busyFlag(), backups::setAll, work::fail);
    }

    /** Asks, then sends {@code POST /cluster/{id}/backup} once and reads the list again. */
    public void backUpNow() {
        if (work.isBusy() || restoring.get()) {
            return;
        }
        boolean yes = dialogs.confirm(new DialogService.Confirmation(Texts.get("backups.now.title"),
                Texts.get("backups.now.header", clusterName), Texts.get("backups.now.text"), Texts.get("backups.now.action")));
        if (!yes) {
            return;
        }
        work.begin();
        background.run(() -> {
            client.backUp(clusterId);
            return client.backups(clusterId);
        }, work.busyFlag(), list -> {
            backups.setAll(list);
            work.status(Texts.get("backups.started", clusterName));
        }, work::fail);
    }

    /** Whether a restore from {@code backup} may be asked for now. */
    public boolean mayRestore(ClusterBackup backup) {
        return backup != null && backup.restorable() && !work.isBusy() && !restoring.get() && !closed;
    }

    /**
     * The question to put before restoring from {@code backup}; null when that may not be asked now.
     * Only the question handed out last can be sent.
     */
    public RestoreQuestion askRestore(ClusterBackup backup) {
        if (!mayRestore(backup)) {
            return null;
        }
        asked = new RestoreQuestion(clusterName, backup, backup.time() == null ? "" : TimeFormats.utc(backup.time()));
        return asked;
    }

    /** The user closed the question without restoring. */
    public void cancelRestore(RestoreQuestion question) {
        if (asked == question) {
            asked = null;
        }
    }

    /**
     * Sends {@code POST /cluster/{id}/restore} once, if {@code question} is the one handed out and the
     * cluster's name was typed; then watches the cluster's status until the restore is done. A
     * refusal (a backup or restore already running) is shown, and the user may ask again; an answer
     * that never came is never followed by another restore.
     */
    public void restore(RestoreQuestion question) {
        if (question == null || question != asked || !question.confirmed() || work.isBusy() || restoring.get()) {
            return;
        }
        asked = null; // sent once: the same question can never be sent again
        String tag = question.backup().restoreTag();
        work.begin();
        work.status(Texts.get("backups.restore.sending", clusterName));
        background.run(() -> {
            client.restore(clusterId, tag);
            return Boolean.TRUE;
        }, work.busyFlag(), accepted -> {
            restoring.set(true);
            seenRunning = false;
            idleUnseen = 0;
            work.status(Texts.get("backups.restore.started", clusterName, tag));
            watchRestore(FIRST_LOOK);
        }, work::fail);
    }

    private void watchRestore(Duration in) {
        timer.after(in, () -> {
            if (closed || !restoring.get()) {
                return;
            }
            background.run(() -> client.clusterStatus(clusterId), null, this::restoreProgress, failure -> {
                restoring.set(false);
                work.fail(Texts.get("backups.restore.watchFailed", clusterName, ErrorMessages.describe(failure)));
            });
        });
    }

    private void restoreProgress(ClusterStatus status) {
        if (closed || !restoring.get()) {
            return;
        }
        if (status.idle()) {
            // ACM may not show the restore at once: idle is "done" only once it was seen under way.
            if (seenRunning || ++idleUnseen >= IDLE_BEFORE_SEEN) {
                restoring.set(false);
                work.status(seenRunning ? Texts.get("backups.restore.done", clusterName)
                        : Texts.get("backups.restore.notSeen", clusterName));
                return;
            }
            watchRestore(WATCH_EVERY);
            return;
        }
        seenRunning = true;
        work.status(status.percent() == null ? Texts.get("backups.restore.running", clusterName)
                : Texts.get("backups.restore.percent", clusterName, status.percent()));
        watchRestore(WATCH_EVERY);
    }

    /** The window closed: nothing more is watched (a restore under way goes on at ACM). */
    public void close() {
        closed = true;
        asked = null;
    }

    /** One line of the list: time (GMT/UTC and local), size and status, each where given. */
    public String describe(ClusterBackup b) {
        String time = b.time() == null ? Texts.get("backups.noTime") : TimeFormats.utcAndLocal(b.time(), zone);
        String size = b.sizeBytes() == null ? Texts.get("backups.noSize") : size(b.sizeBytes());
        String state = b.status() == null || b.status().isBlank() ? Texts.get("backups.noStatus") : b.status();
        return Texts.get("backups.row", time, size, state);
    }

    /** Bytes as people read them: 1.2 GiB. */
    static String size(long bytes) {
        String[] units = {"B", "KiB", "MiB", "GiB", "TiB"};
        double v = bytes;
        int u = 0;
        while (v >= 1024 && u < units.length - 1) {
            v /= 1024;
            u++;
        }
        return u == 0 ? bytes + " B" : String.format(Locale.ROOT, "%.1f %s", v, units[u]);
    }

    public ObservableList<ClusterBackup> backups() {
        return backups;
    }

    /** True from a restore's acceptance until its end is seen. */
    public ReadOnlyBooleanProperty restoringProperty() {
        return restoring;
    }

    /** Busy, the status line and the error line. */
    public WorkState work() {
        return work;
    }
}
