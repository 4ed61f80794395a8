package com.accountdesk.ui.backups;

import com.accountdesk.model.ClusterBackup;
import com.accountdesk.ui.common.Texts;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The question before a restore: which cluster's data is overwritten, from which backup and time,
 * and the cluster's name, which the user must type before Restore may be pressed. One question per
 * restore asked for; {@link BackupsViewModel#restore} sends only the question it handed out, once.
 */
public final class RestoreQuestion {
    private final String clusterName;
    private final ClusterBackup backup;
    private final String backupTime;
    private final StringProperty typedName = new SimpleStringProperty(this, "typedName", "");
    private final BooleanBinding confirmed;

    /** @param backupTime the backup's time as the list shows it ("" when not given) */
    RestoreQuestion(String clusterName, ClusterBackup backup, String backupTime) {
        this.clusterName = clusterName;
        this.backup = backup;
        this.backupTime = backupTime;
        // Exactly the name: a restore overwrites data, so no trimming or case folding makes it easier.
        confirmed = Bindings.createBooleanBinding(() -> clusterName.equals(typedName.get()), typedName);
    }

    public ClusterBackup backup() {
        return backup;
    }

    public String clusterName() {
        return clusterName;
    }

    /** What the user has typed; the question is confirmed when it is the cluster's name. */
    public StringProperty typedNameProperty() {
        return typedName;
    }

    public BooleanBinding confirmedBinding() {
        return confirmed;
    }

    public boolean confirmed() {
        return confirmed.get();
    }

    public String title() {
        return Texts.get("backups.restore.title", clusterName);
    }

    public String header() {
        return backupTime.isEmpty() ? Texts.get("backups.restore.headerNoTime", clusterName, backup.restoreTag())
                : Texts.get("backups.restore.header", clusterName, backupTime);
    }

    /** What is overwritten and what is lost, in plain words. */
    public String overwrites() {
        return backupTime.isEmpty() ? Texts.get("backups.restore.overwritesNoTime", clusterName, backup.restoreTag())
                : Texts.get("backups.restore.overwrites", clusterName, backup.restoreTag(), backupTime);
    }

    public String askName() {
        return Texts.get("backups.restore.typeName", clusterName);
    }

    /** That the request's shape is the app's reading of the description, not something a live client confirmed. */
    public String unconfirmedShape() {
        return Texts.get("backups.restore.unconfirmed", "{\"tag\": \"" + backup.restoreTag() + "\"}");
    }
}
