package com.accountdesk.ui.users;

import com.accountdesk.api.acm.AcmClient;
import com.accountdesk.model.Cluster;
import com.accountdesk.ui.common.DialogService;
import com.accountdesk.ui.common.KeyboardFocus;
import com.accountdesk.ui.common.Texts;
import com.accountdesk.ui.common.UiServices;
import com.accountdesk.ui.common.ScrollWhenShort;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.layout.Region;
import javafx.stage.Stage;

import java.security.SecureRandom;

/** Opens a cluster's Users… window (owned by the main window); a shown password goes with it. */
public final class ClusterUsersWindow {
    private ClusterUsersWindow() {
    }

    public static Stage open(AcmClient client, Cluster cluster, UiServices services) {
        Stage[] stage = new Stage[1];
        ClusterUsersViewModel model = new ClusterUsersViewModel(client, cluster.id(), cluster.name(), "admin",
                services.background(), DialogService.over(() -> stage[0]), services.clipboard()::copy, new SecureRandom());
        Scene scene = new Scene(new ScrollWhenShort((Region) new ClusterUsersController(model).view(), "pane-scroll", "edge-to-edge"), 640, 520);
        stage[0] = services.windows().open(services.windows().main(), "clusterUsers",
                Texts.get("users.window.title", cluster.name()), scene);
        KeyboardFocus.escapeCloses(scene, stage[0]::close);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.F5), () -> {
            if (!model.work().isBusy()) {
                model.load();
            }
        });
        stage[0].setOnHidden(e -> model.forgetPassword());
        model.load();
        stage[0].show();
        return stage[0];
    }
}
