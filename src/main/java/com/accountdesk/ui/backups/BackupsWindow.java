package com.accountdesk.ui.backups;

import com.accountdesk.api.acm.AcmClient;
import com.accountdesk.model.Cluster;
import com.accountdesk.ui.common.DialogService;
import com.accountdesk.ui.common.KeyboardFocus;
import com.accountdesk.ui.common.Texts;
import com.accountdesk.ui.common.UiServices;
import com.accountdesk.ui.common.ScrollWhenShort;
import com.accountdesk.ui.keys.KeyWiring;
import javafx.scene.Scene;
import javafx.scene.layout.Region;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.stage.Stage;

import java.time.ZoneId;

/** Opens a cluster's Backups… window, owned by the main window. */
public final class BackupsWindow {
    private BackupsWindow() {
    }

    public static Stage open(AcmClient client, Cluster cluster, UiServices services) {
        Stage[] stage = new Stage[1];
        BackupsViewModel model = new BackupsViewModel(client, cluster.id(), cluster.name(), services.background(),
                DialogService.over(() -> stage[0]), ZoneId.systemDefault(), KeyWiring.fxLater());
        Scene scene = new Scene(new ScrollWhenShort((Region) new BackupsController(model).view(), "pane-scroll", "edge-to-edge"), 600, 420);
        stage[0] = services.windows().open(services.windows().main(), "clusterBackups",
                Texts.get("backups.window.title", cluster.name()), scene);
        KeyboardFocus.escapeCloses(scene, stage[0]::close);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.F5), model::load);
        stage[0].setOnHidden(e -> model.close());
        model.load();
        stage[0].show();
        return stage[0];
    }
}
