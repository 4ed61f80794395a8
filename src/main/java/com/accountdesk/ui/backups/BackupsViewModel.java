package com.accountdesk.ui.backups;

import com.accountdesk.api.acm.AcmClient;
import com.accountdesk.model.ClusterBackup;
import com.accountdesk.ui.common.Background;
import com.accountdesk.ui.common.DialogService;
import com.accountdesk.ui.common.ErrorMessages;
import com.accountdesk.ui.common.Texts;
import com.accountdesk.ui.common.TimeFormats;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.time.ZoneId;
import java.util.Locale;
import java.util.Objects;

/**
 * A cluster's backups (Clusters pane → Backups…): the list with time, size and status where the
 * answer gives them, and Back up now, asked first and sent once. 26.1.59 leaves both answers untyped,
 * which the window says.
 */
public final class BackupsViewModel {
    private final AcmClient client;
    private final String clusterId;
    private final String clusterName;
    private final Background background;
    private final DialogService dialogs;
    private final ZoneId zone;
    private final ObservableList<ClusterBackup> backups = FXCollections.observableArrayList();
    private final BooleanProperty busy = new SimpleBooleanProperty(this, "busy");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");

    public BackupsViewModel(AcmClient client, String clusterId, String clusterName, Background background,
                            DialogService dialogs, ZoneId zone) {
        this.client = Objects.requireNonNull(client, "client");
        this.clusterId = clusterId;
        this.clusterName = clusterName;
        this.background = background;
        this.dialogs = dialogs;
        this.zone = zone;
    }

    public void load() {
        error.set("");
        background.run(() -> client.backups(clusterId), busy, backups::setAll, this::fail);
    }

    /** Asks, then sends {@code POST /cluster/{id}/backup} once and reads the list again. */
    public void backUpNow() {
        boolean yes = dialogs.confirm(new DialogService.Confirmation(Texts.get("backups.now.title"),
                Texts.get("backups.now.header", clusterName), Texts.get("backups.now.text"), Texts.get("backups.now.action")));
        if (!yes) {
            return;
        }
        error.set("");
        background.run(() -> {
            client.backUp(clusterId);
            return client.backups(clusterId);
        }, busy, list -> {
            backups.setAll(list);
            status.set(Texts.get("backups.started", clusterName));
        }, this::fail);
    }

    private void fail(Throwable failure) {
        status.set("");
        error.set(ErrorMessages.describe(failure));
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

    public ReadOnlyBooleanProperty busyProperty() {
        return busy;
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }
}
