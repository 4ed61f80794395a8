package com.accountdesk.ui.main;

import com.accountdesk.api.Endpoints;
import com.accountdesk.api.HttpTransport;
import com.accountdesk.api.acm.AcmClient;
import com.accountdesk.app.AppConfig;
import com.accountdesk.app.AppContext;
import com.accountdesk.model.Cluster;
import com.accountdesk.model.Environment;
import com.accountdesk.model.Secret;
import com.accountdesk.model.SignIn;
import com.accountdesk.sandbox.SandboxServer;
import com.accountdesk.sandbox.state.DemoAccount;
import com.accountdesk.testing.AppExtension;
import com.accountdesk.testing.SandboxClusters;
import com.accountdesk.testing.SelectedClusterUi;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;

import static com.accountdesk.testing.UiTestSupport.environmentsTable;
import static com.accountdesk.testing.UiTestSupport.sandbox;
import static com.accountdesk.testing.UiTestSupport.signIn;
import static com.accountdesk.testing.UiTestSupport.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Down on a table with nothing selected selects its first row. The table's focus starts on row 0,
 * so Down went to row 1: the first environment was skipped, and a lone cluster could not be
 * selected at all (its actions stayed off).
 */
@Tag("ui")
@ExtendWith(AppExtension.class)
class TableArrowKeysUiTest implements AppExtension.Configured {
    private AppContext app;

    @Override
    public AppConfig appConfig() {
        return AppConfig.freshSandboxInMemory();
    }

    @Test
    void downOnATableWithNothingSelectedSelectsTheFirstRow(FxRobot robot) throws Exception {
        signIn(robot);
        SandboxServer sandbox = sandbox(app);
        HttpTransport http = new HttpTransport();
        okhttp3.HttpUrl base = Endpoints.parseBase(sandbox.acmBaseUrl());
        SignIn other = (SignIn) AcmClient.login(base, DemoAccount.LOGIN, Secret.of(DemoAccount.PASSWORD), http);
        SandboxClusters.launchSmall(new AcmClient(base, other.token(), http), "arrow-ui");

        TableView<Environment> environments = environmentsTable(robot);
        waitUntil("both environments listed", () -> environments.getItems().size() == 2);
        robot.interact(environments::requestFocus);
        robot.type(KeyCode.DOWN);
        assertEquals(environments.getItems().get(0), environments.getSelectionModel().getSelectedItem(), "the first environment");
        robot.type(KeyCode.DOWN);
        assertEquals(SandboxClusters.GCP_ENVIRONMENT, environments.getSelectionModel().getSelectedItem().id(), "then the second");

        TableView<Cluster> clusters = SelectedClusterUi.clustersTable(robot);
        waitUntil("the cluster listed", () -> clusters.getItems().size() == 1);
        robot.interact(clusters::requestFocus);
        robot.type(KeyCode.DOWN);
        assertEquals("arrow-ui", clusters.getSelectionModel().getSelectedItem() == null ? null
                : clusters.getSelectionModel().getSelectedItem().name(), "the lone cluster");
    }
}
