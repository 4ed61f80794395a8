package com.accountdesk.ui.metrics;

import com.accountdesk.api.cratedb.CrateCloudClient;
import com.accountdesk.model.CrateCluster;
import com.accountdesk.ui.common.ScrollWhenShort;
import com.accountdesk.ui.common.Texts;
import com.accountdesk.ui.common.UiServices;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.layout.Region;
import javafx.stage.Stage;

import java.time.Clock;

/** Opens a CrateDB Cloud cluster's Charts… window, owned by the main window. */
public final class MetricsWindow {
    private MetricsWindow() {
    }

    public static Stage open(CrateCloudClient client, CrateCluster cluster, UiServices services) {
        MetricsViewModel model = new MetricsViewModel(client, cluster, services.background(), Clock.systemUTC());
        Scene scene = new Scene(new ScrollWhenShort((Region) new MetricsController(model).view(), "pane-scroll", "edge-to-edge"), 780, 640);
        Stage stage = services.windows().open(services.windows().main(), "clusterCharts",
                Texts.get("metrics.window.title", cluster.name()), scene);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.ESCAPE), stage::close);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.F5), model::load);
        model.load();
        stage.show();
        return stage;
    }
}
