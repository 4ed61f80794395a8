package com.accountdesk.ui.cratedb;

import com.accountdesk.api.cratedb.CrateCloudClient;
import com.accountdesk.api.cratedb.CrateCommands;
import com.accountdesk.model.CrateCluster;
import com.accountdesk.ui.common.Background;
import com.accountdesk.ui.common.DialogService;
import com.accountdesk.ui.common.Texts;
import com.accountdesk.ui.main.PollTimer;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Upgrade… for one cluster: a CrateDB version from {@code GET …/available-upgrades/}, the reason
 * when it cannot be done (suspended, busy, no upgrade available). Sent once through
 * {@link ClusterOperation}, then followed until {@code crate_version} shows the new version.
 */
public final class UpgradeViewModel extends ClusterChange {
    private final ObservableList<String> versions = FXCollections.observableArrayList();
    private final StringProperty version = new SimpleStringProperty();

    public UpgradeViewModel(CrateCloudClient client, Background background, DialogService dialogs, PollTimer timer, CrateCluster cluster) {
        super(client, background, dialogs, timer, cluster, null, "UPGRADE",
                CrateClustersViewModel.changeUnavailable(cluster, Texts.get("cratedb.upgrade.suspended", cluster.name())));
        sendableWhen(() -> version.get() != null && versions.contains(version.get()), version, versions);
    }

    /** Reads the versions the cluster may move to; the newest is chosen. */
    @Override
    public void load() {
        reading();
        background.run(() -> client.availableUpgrades(cluster.id()), loading, found -> {
            versions.setAll(found.stream().filter(v -> !v.equals(cluster.crateVersion())).toList());
            if (versions.isEmpty()) {
                refuse(Texts.get("cratedb.upgrade.none", cluster.name(), cluster.crateVersion()));
            } else if (version.get() == null || !versions.contains(version.get())) {
                version.set(versions.get(0));
            }
        }, this::readFailed);
    }


    /** Sends the version once; then watches the operation until the cluster runs it. */
    @Override
    public void send() {
        if (!canSendProperty().get()) {
            return;
        }
        String target = version.get();
        operation.send(() -> client.upgrade(cluster.id(), target), new ClusterOperation.Words(
                        Texts.get("cratedb.upgrade.progress.sending", target),
                        status -> Texts.get("cratedb.upgrade.progress.running", status),
                        now -> Texts.get("cratedb.upgrade.progress.done", cluster.name(), now.crateVersion()),
                        Texts.get("cratedb.upgrade.progress.failed", cluster.name(), cluster.crateVersion()),
                        Texts.get("cratedb.upgrade.uncertain.title"), Texts.get("cratedb.upgrade.uncertain", cluster.name())),
                now -> target.equals(now.crateVersion()));
    }

    /** The change as chosen, for croud and curl. */
    @Override
    public CrateCommands.Copy copy() {
        return new CrateCommands(client).upgrade(cluster.id(), version.get() == null ? "" : version.get());
    }


    // ---- properties


    /** The versions offered, as the service lists them (stable first). */
    public ObservableList<String> versions() {
        return versions;
    }

    public StringProperty versionProperty() {
        return version;
    }






}
