package com.accountdesk.ui.main;

import com.accountdesk.api.Endpoints;
import com.accountdesk.api.HttpTransport;
import com.accountdesk.api.acm.AcmClient;
import com.accountdesk.app.AppConfig;
import com.accountdesk.app.AppContext;
import com.accountdesk.model.Cluster;
import com.accountdesk.model.Environment;
import com.accountdesk.model.LaunchRequest;
import com.accountdesk.model.Secret;
import com.accountdesk.model.SignIn;
import com.accountdesk.sandbox.state.DemoAccount;
import com.accountdesk.sandbox.SandboxServer;
import com.accountdesk.testing.AppExtension;
import com.accountdesk.testing.Fx;
import com.accountdesk.ui.common.Dialogs;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Spinner;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.Clipboard;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;

import java.time.Duration;

import static com.accountdesk.testing.UiTestSupport.environmentsTable;
import static com.accountdesk.testing.UiTestSupport.sandbox;
import static com.accountdesk.testing.UiTestSupport.showing;
import static com.accountdesk.testing.UiTestSupport.signIn;
import static com.accountdesk.testing.UiTestSupport.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A cluster stopped, resumed, rescaled and terminated from the Clusters pane, against the app's own sandbox. */
@Tag("ui")
@SuppressWarnings("unchecked")
@ExtendWith(AppExtension.class)
class ClusterLifeCycleUiTest implements AppExtension.Configured {
    private AppContext app;

    @Override
    public AppConfig appConfig() {
        return AppConfig.freshSandboxInMemory().withSandboxProvisioningDelay(Duration.ofSeconds(1));
    }

    @SuppressWarnings("unchecked")
    private static TableView<Cluster> clustersTable(FxRobot robot) {
        return robot.lookup("#clustersTable").queryAs(TableView.class);
    }

    private static Cluster row(FxRobot robot, String name) {
        return clustersTable(robot).getItems().stream().filter(c -> c.name().equals(name)).findFirst().orElse(null);
    }

    private static boolean enabled(FxRobot robot, String query) {
        return !robot.lookup(query).queryAs(Button.class).isDisabled();
    }

    private static void confirm(FxRobot robot) {
        waitUntil(() -> robot.lookup("#" + Dialogs.CONFIRM_OK_ID).tryQuery().isPresent());
        robot.clickOn("#" + Dialogs.CONFIRM_OK_ID);
    }

    /** A cluster launched by another client of the account (as the web console would). */
    private Cluster launchElsewhere(String name) throws Exception {
        return launchElsewhere(name, LaunchRequest.Extras.NONE);
    }

    private Cluster launchElsewhere(String name, LaunchRequest.Extras extras) throws Exception {
        SandboxServer sandbox = sandbox(app);
        HttpTransport http = new HttpTransport();
        okhttp3.HttpUrl base = Endpoints.parseBase(sandbox.acmBaseUrl());
        SignIn signIn = (SignIn) AcmClient.login(base, DemoAccount.LOGIN, Secret.of(DemoAccount.PASSWORD), http);
        return new AcmClient(base, signIn.token(), http).launchCluster("102", new LaunchRequest(name, "admin",
                Secret.of("s3cret-pass"), "", "n2d-standard-2", 1, 2, 2, 100, true, 8443, 9440, "", null,
                LaunchRequest.ROLE_DEVELOPMENT, extras));
    }

    private void showEnvironment(FxRobot robot, String name) {
        waitUntil(() -> environmentsTable(robot).getItems().size() == 2);
        robot.interact(() -> {
            TableView<Environment> table = environmentsTable(robot);
            table.getSelectionModel().select(table.getItems().stream().filter(e -> e.name().equals(name)).findFirst().orElseThrow());
        });
    }

    @Test
    void stopResumeAndTerminateFromTheClustersPane(FxRobot robot) throws Exception {
        signIn(robot);
        Cluster launched = launchElsewhere("life-ui");
        showEnvironment(robot, DemoAccount.ENVIRONMENT_GCP);
        waitUntil(() -> row(robot, "life-ui") != null);
        robot.interact(() -> clustersTable(robot).getSelectionModel().select(row(robot, "life-ui")));

        // Progress while it is provisioning, then online; Stop waits for that.
        waitUntil(() -> row(robot, "life-ui").isRunning());
        waitUntil(() -> enabled(robot, "#clusterStopButton"));
        assertFalse(enabled(robot, "#clusterResumeButton"), "a running cluster cannot be resumed");

        // Connection details of the selected cluster, copied without a password.
        assertEquals("life-ui.demo-gcp.sandbox.altinity.cloud", robot.lookup("#connectionHost").queryAs(TextField.class).getText());
        robot.clickOn("#copyClientCommandButton");
        String copied = Fx.call(() -> Clipboard.getSystemClipboard().getString());
        assertEquals("clickhouse-client --host life-ui.demo-gcp.sandbox.altinity.cloud --port 9440 --secure --user admin --ask-password", copied);
        assertFalse(robot.lookup("#copyMysqlCommandButton").queryAs(Button.class).isVisible(), "no MySQL protocol, no mysql command");

        robot.clickOn("#clusterStopButton");
        confirm(robot);
        waitUntil(() -> "stopped".equals(row(robot, "life-ui").status()));
        waitUntil(() -> enabled(robot, "#clusterResumeButton"));
        assertFalse(enabled(robot, "#clusterStopButton"));

        robot.clickOn("#clusterResumeButton");
        confirm(robot);
        waitUntil(() -> row(robot, "life-ui").isRunning());

        // Rescale: the node type is chosen from the environment's list, read from the sandbox.
        waitUntil(() -> enabled(robot, "#clusterRescaleButton"));
        robot.clickOn("#clusterRescaleButton");
        waitUntil(() -> robot.lookup("#rescaleNodeTypes").tryQuery().isPresent());
        ComboBox<String> nodeTypes = robot.lookup("#rescaleNodeTypes").queryAs(ComboBox.class);
        waitUntil(() -> nodeTypes.getItems().size() > 1);
        String other = nodeTypes.getItems().stream().filter(t -> !t.equals("n2d-standard-2")).findFirst().orElseThrow();
        robot.interact(() -> nodeTypes.getSelectionModel().select(other));
        assertEquals(other, nodeTypes.getEditor().getText());
        robot.interact(() -> robot.lookup("#rescaleShards").queryAs(Spinner.class).getValueFactory().setValue(2));
        robot.clickOn("#" + Dialogs.CONFIRM_OK_ID);
        waitUntil(() -> row(robot, "life-ui").shards() == 2);
        String nodeType = sandbox(app).state().read(d -> d.clusters.stream().filter(c -> c.id.equals(launched.id()))
                .findFirst().orElseThrow().nodeType);
        assertEquals(other, nodeType, "the chosen node type reached the server");
        waitUntil(() -> row(robot, "life-ui").isRunning());

        robot.clickOn("#clusterTerminateButton");
        waitUntil(() -> robot.lookup("#terminateName").tryQuery().isPresent());
        assertTrue(robot.lookup("#" + Dialogs.CONFIRM_OK_ID).queryAs(Button.class).isDisabled(), "the name must be typed first");
        // The focus sat on Cancel: the name could be typed only after a click or two Shift+Tabs (Restore… starts in its field).
        waitUntil("the name field focused", () -> robot.lookup("#terminateName").queryAs(TextField.class).isFocused());
        robot.clickOn("#terminateName").write("life-ui");
        assertFalse(robot.lookup("#" + Dialogs.CONFIRM_OK_ID).queryAs(Button.class).isDisabled());
        robot.clickOn("#" + Dialogs.CONFIRM_OK_ID);
        waitUntil(() -> row(robot, "life-ui") == null);
        String message = robot.lookup("#clusterActionMessage").queryAs(Label.class).getText();
        assertTrue(message.contains("life-ui was terminated. Its data was deleted."), message);
        Boolean gone = sandbox(app).state().read(d -> d.clusters.stream().noneMatch(c -> c.id.equals(launched.id())));
        assertTrue(gone);
    }

    @Test
    void aLockedClusterWithMysqlHasNoActionsButAMysqlCommand(FxRobot robot) throws Exception {
        signIn(robot);
        Cluster launched = launchElsewhere("locked-ui", new LaunchRequest.Extras("", LaunchRequest.Uptime.ALWAYS,
                java.util.List.of(), "", 9004, java.util.List.of()));
        sandbox(app).state().write(d -> {
            d.clusters.stream().filter(c -> c.id.equals(launched.id())).forEach(c -> c.locked = true);
            return null;
        });
        showEnvironment(robot, DemoAccount.ENVIRONMENT_GCP);
        waitUntil(() -> row(robot, "locked-ui") != null && row(robot, "locked-ui").isRunning());
        robot.interact(() -> clustersTable(robot).getSelectionModel().select(row(robot, "locked-ui")));

        for (String button : java.util.List.of("#clusterStopButton", "#clusterResumeButton", "#clusterRestartButton",
                "#clusterRescaleButton", "#clusterUpgradeButton", "#clusterTerminateButton")) {
            assertFalse(enabled(robot, button), button);
        }
        assertEquals("locked-ui is locked in ACM: unlock it there to change it.",
                robot.lookup("#clusterLockedNote").queryAs(Label.class).getText());
        assertEquals("native protocol 9440 (TLS) · HTTPS 8443 · MySQL 9004", robot.lookup("#connectionPorts").queryAs(Label.class).getText());
        robot.clickOn("#copyMysqlCommandButton");
        assertEquals("mysql --host locked-ui.demo-gcp.sandbox.altinity.cloud --port 9004 --user admin --password",
                Fx.call(() -> Clipboard.getSystemClipboard().getString()));
    }

    @Test
    void aClusterWhoseHostIsNotAHostNameOffersNoCommandAndSaysWhy(FxRobot robot) throws Exception {
        signIn(robot);
        Cluster launched = launchElsewhere("hostile-ui", new LaunchRequest.Extras("", LaunchRequest.Uptime.ALWAYS,
                java.util.List.of(), "", 9004, java.util.List.of()));
        sandbox(app).state().write(d -> {
            String environment = d.clusters.stream().filter(c -> c.id.equals(launched.id())).findFirst().orElseThrow().environmentId;
            d.environments.stream().filter(e -> e.id.equals(environment)).forEach(e -> e.domain = "x.example;touch${IFS}PWNED;#");
            return null;
        });
        showEnvironment(robot, DemoAccount.ENVIRONMENT_GCP);
        waitUntil(() -> row(robot, "hostile-ui") != null);
        robot.interact(() -> clustersTable(robot).getSelectionModel().select(row(robot, "hostile-ui")));

        waitUntil(() -> robot.lookup("#connectionHint").queryAs(Label.class).getText().contains("not a host name or an IP address"));
        for (String button : java.util.List.of("#copyClientCommandButton", "#copyMysqlCommandButton", "#copyHttpUrlButton")) {
            assertTrue(robot.lookup(button).queryAs(Button.class).isDisabled(), button + " offers what the server chose");
        }
    }
}
