package com.accountdesk.testing;

import com.accountdesk.api.Endpoints;
import com.accountdesk.api.HttpTransport;
import com.accountdesk.api.acm.AcmClient;
import com.accountdesk.app.AppContext;
import com.accountdesk.model.Cluster;
import com.accountdesk.model.Environment;
import com.accountdesk.model.Secret;
import com.accountdesk.model.SignIn;
import com.accountdesk.sandbox.SandboxServer;
import com.accountdesk.sandbox.state.DemoAccount;
import javafx.scene.control.Button;
import javafx.scene.control.TableView;
import org.testfx.api.FxRobot;

import static com.accountdesk.testing.UiTestSupport.environmentsTable;
import static com.accountdesk.testing.UiTestSupport.sandbox;
import static com.accountdesk.testing.UiTestSupport.signIn;
import static com.accountdesk.testing.UiTestSupport.waitUntil;

/**
 * The set-up the UI tests of a cluster's windows (Users…, Backups…) share: signed in on the app's
 * sandbox as the demo user, a small cluster launched by another client of the account, its
 * environment chosen and the cluster selected in the Clusters pane.
 */
public final class SelectedClusterUi {
    private SelectedClusterUi() {
    }

    /** Signs in, launches {@code clusterName} in the sandbox's GCP environment and selects it; the app's sandbox. */
    public static SandboxServer signInAndSelect(FxRobot robot, AppContext app, String clusterName) throws Exception {
        signIn(robot);
        SandboxServer sandbox = sandbox(app);
        HttpTransport http = new HttpTransport();
        okhttp3.HttpUrl base = Endpoints.parseBase(sandbox.acmBaseUrl());
        SignIn other = (SignIn) AcmClient.login(base, DemoAccount.LOGIN, Secret.of(DemoAccount.PASSWORD), http);
        SandboxClusters.launchSmall(new AcmClient(base, other.token(), http), clusterName);
        TableView<Environment> environments = environmentsTable(robot);
        waitUntil("both environments listed", () -> environments.getItems().size() == 2);
        robot.interact(() -> environments.getSelectionModel().select(environments.getItems().stream()
                .filter(e -> e.id().equals(SandboxClusters.GCP_ENVIRONMENT)).findFirst().orElseThrow()));
        TableView<Cluster> clusters = clustersTable(robot);
        waitUntil("the launched cluster listed", () -> clusters.getItems().stream().anyMatch(c -> c.name().equals(clusterName)));
        robot.interact(() -> clusters.getSelectionModel().select(clusters.getItems().stream()
                .filter(c -> c.name().equals(clusterName)).findFirst().orElseThrow()));
        return sandbox;
    }

    /** Presses a button of the selected cluster ({@code #clusterUsersButton}, {@code #clusterBackupsButton}) once it is enabled. */
    public static void press(FxRobot robot, String buttonQuery) {
        waitUntil(buttonQuery + " enabled", () -> !robot.lookup(buttonQuery).queryAs(Button.class).isDisabled());
        robot.clickOn(buttonQuery);
    }

    @SuppressWarnings("unchecked")
    public static TableView<Cluster> clustersTable(FxRobot robot) {
        return robot.lookup("#clustersTable").queryAs(TableView.class);
    }
}
