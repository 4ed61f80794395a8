package com.accountdesk.ui.users;

import com.accountdesk.api.Endpoints;
import com.accountdesk.api.HttpTransport;
import com.accountdesk.api.acm.AcmClient;
import com.accountdesk.app.AppContext;
import com.accountdesk.model.Cluster;
import com.accountdesk.model.ClusterUser;
import com.accountdesk.model.Environment;
import com.accountdesk.model.Secret;
import com.accountdesk.model.SignIn;
import com.accountdesk.sandbox.SandboxServer;
import com.accountdesk.sandbox.state.DemoAccount;
import com.accountdesk.sandbox.state.Hashes;
import com.accountdesk.testing.AppExtension;
import com.accountdesk.testing.SandboxClusters;
import com.accountdesk.ui.common.Dialogs;
import javafx.scene.control.Button;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;

import static com.accountdesk.testing.UiTestSupport.environmentsTable;
import static com.accountdesk.testing.UiTestSupport.sandbox;
import static com.accountdesk.testing.UiTestSupport.showing;
import static com.accountdesk.testing.UiTestSupport.signIn;
import static com.accountdesk.testing.UiTestSupport.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Clusters pane → Users…: add a user with a generated password, publish, remove, publish; on the app's sandbox. */
@Tag("ui")
@ExtendWith(AppExtension.class)
class ClusterUsersUiTest {
    private AppContext app;

    @SuppressWarnings("unchecked")
    private static TableView<Cluster> clustersTable(FxRobot robot) {
        return robot.lookup("#clustersTable").queryAs(TableView.class);
    }

    @SuppressWarnings("unchecked")
    private static ListView<ClusterUser> usersList(FxRobot robot) {
        return robot.lookup("#usersList").queryAs(ListView.class);
    }

    private static boolean enabled(FxRobot robot, String query) {
        return !robot.lookup(query).queryAs(Button.class).isDisabled();
    }

    private boolean serverUnpublished() throws Exception {
        return sandbox(app).state().read(d -> d.clusters.get(0).unpublished);
    }

    @Test
    void addPublishRemovePublish(FxRobot robot) throws Exception {
        signIn(robot);
        SandboxServer sandbox = sandbox(app);
        HttpTransport http = new HttpTransport();
        okhttp3.HttpUrl base = Endpoints.parseBase(sandbox.acmBaseUrl());
        SignIn other = (SignIn) AcmClient.login(base, DemoAccount.LOGIN, Secret.of(DemoAccount.PASSWORD), http);
        SandboxClusters.launchSmall(new AcmClient(base, other.token(), http), "with-users");
        waitUntil(() -> environmentsTable(robot).getItems().size() == 2);
        robot.interact(() -> {
            TableView<Environment> table = environmentsTable(robot);
            table.getSelectionModel().select(table.getItems().stream()
                    .filter(e -> e.name().equals(DemoAccount.ENVIRONMENT_GCP)).findFirst().orElseThrow());
        });
        waitUntil(() -> !clustersTable(robot).getItems().isEmpty());
        robot.interact(() -> clustersTable(robot).getSelectionModel().select(0));
        waitUntil(() -> enabled(robot, "#clusterUsersButton"));
        robot.clickOn("#clusterUsersButton");
        waitUntil(() -> robot.lookup("#usersList").tryQuery().isPresent() && usersList(robot).getItems().size() == 1);
        robot.interact(() -> usersList(robot).getSelectionModel().select(0));
        assertFalse(enabled(robot, "#removeUserButton"), "the admin user cannot be removed");
        assertFalse(enabled(robot, "#publishButton"), "nothing to publish");

        robot.clickOn("#loginField").write("reporting");
        robot.clickOn("#addUserButton");
        waitUntil(() -> usersList(robot).getItems().size() == 2);
        String password = robot.lookup("#passwordField").queryAs(TextField.class).getText();
        assertEquals(Hashes.sha256(password), sandbox.state().read(d -> d.clusters.get(0).users.get(1).passwordHash),
                "the password shown is the one the cluster has");
        assertTrue(showing(robot, "#unpublishedLabel"));
        assertTrue(serverUnpublished());

        robot.clickOn("#publishButton");
        waitUntil(() -> !serverUnpublished());
        waitUntil(() -> !showing(robot, "#unpublishedLabel"));

        robot.interact(() -> usersList(robot).getSelectionModel().select(1));
        robot.clickOn("#removeUserButton");
        waitUntil(() -> robot.lookup("#" + Dialogs.CONFIRM_OK_ID).tryQuery().isPresent());
        robot.clickOn("#" + Dialogs.CONFIRM_OK_ID);
        waitUntil(() -> usersList(robot).getItems().size() == 1);
        assertTrue(serverUnpublished());
        waitUntil(() -> enabled(robot, "#publishButton"));
        robot.clickOn("#publishButton");
        waitUntil(() -> !serverUnpublished());
    }
}
