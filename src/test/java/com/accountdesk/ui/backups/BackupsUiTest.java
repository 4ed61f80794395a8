package com.accountdesk.ui.backups;

import com.accountdesk.api.Endpoints;
import com.accountdesk.api.HttpTransport;
import com.accountdesk.api.acm.AcmClient;
import com.accountdesk.app.AppContext;
import com.accountdesk.model.Cluster;
import com.accountdesk.model.ClusterBackup;
import com.accountdesk.model.Environment;
import com.accountdesk.model.Secret;
import com.accountdesk.model.SignIn;
import com.accountdesk.sandbox.SandboxServer;
import com.accountdesk.sandbox.state.DemoAccount;
import com.accountdesk.testing.AppExtension;
import com.accountdesk.testing.SandboxClusters;
import com.accountdesk.ui.common.Dialogs;
import javafx.scene.control.Button;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;

import static com.accountdesk.testing.UiTestSupport.environmentsTable;
import static com.accountdesk.testing.UiTestSupport.sandbox;
import static com.accountdesk.testing.UiTestSupport.signIn;
import static com.accountdesk.testing.UiTestSupport.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Clusters pane → Backups…: Back up now, asked first, and the backup listed; on the app's sandbox. */
@Tag("ui")
@ExtendWith(AppExtension.class)
class BackupsUiTest {
    private AppContext app;

    @Test
    void backUpNowAndSeeItListed(FxRobot robot) throws Exception {
        signIn(robot);
        SandboxServer sandbox = sandbox(app);
        HttpTransport http = new HttpTransport();
        okhttp3.HttpUrl base = Endpoints.parseBase(sandbox.acmBaseUrl());
        SignIn other = (SignIn) AcmClient.login(base, DemoAccount.LOGIN, Secret.of(DemoAccount.PASSWORD), http);
        SandboxClusters.launchSmall(new AcmClient(base, other.token(), http), "with-backups");
        waitUntil(() -> environmentsTable(robot).getItems().size() == 2);
        robot.interact(() -> {
            TableView<Environment> table = environmentsTable(robot);
            table.getSelectionModel().select(table.getItems().stream()
                    .filter(e -> e.name().equals(DemoAccount.ENVIRONMENT_GCP)).findFirst().orElseThrow());
        });
        @SuppressWarnings("unchecked")
        TableView<Cluster> clusters = robot.lookup("#clustersTable").queryAs(TableView.class);
        waitUntil(() -> !clusters.getItems().isEmpty());
        robot.interact(() -> clusters.getSelectionModel().select(0));
        waitUntil(() -> !robot.lookup("#clusterBackupsButton").queryAs(Button.class).isDisabled());
        robot.clickOn("#clusterBackupsButton");
        waitUntil(() -> robot.lookup("#backupsList").tryQuery().isPresent()
                && !robot.lookup("#backUpNowButton").queryAs(Button.class).isDisabled());
        @SuppressWarnings("unchecked")
        ListView<ClusterBackup> list = robot.lookup("#backupsList").queryAs(ListView.class);
        assertEquals(0, list.getItems().size());

        robot.clickOn("#backUpNowButton");
        waitUntil(() -> robot.lookup("#" + Dialogs.CONFIRM_OK_ID).tryQuery().isPresent());
        robot.clickOn("#" + Dialogs.CONFIRM_OK_ID);
        waitUntil(() -> list.getItems().size() == 1);
        assertEquals(1, (int) sandbox.state().read(d -> d.clusters.get(0).backups.size()), "sent once");
    }
}
