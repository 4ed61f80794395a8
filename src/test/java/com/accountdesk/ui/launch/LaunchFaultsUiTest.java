package com.accountdesk.ui.launch;

import com.accountdesk.app.AppConfig;
import com.accountdesk.app.AppContext;
import com.accountdesk.sandbox.state.DemoAccount;
import com.accountdesk.sandbox.http.FaultInjector;
import com.accountdesk.sandbox.http.FaultInjector.Fault;
import com.accountdesk.sandbox.SandboxServer;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import com.accountdesk.testing.AppExtension;
import com.accountdesk.testing.Fx;
import org.testfx.util.WaitForAsyncUtils;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.concurrent.TimeUnit;

import static com.accountdesk.testing.UiTestSupport.sandbox;
import static com.accountdesk.testing.UiTestSupport.showing;
import static com.accountdesk.testing.UiTestSupport.waitUntil;
import static com.accountdesk.ui.launch.LaunchWizardUiTest.fillFromClusterPage;
import static com.accountdesk.ui.launch.LaunchWizardUiTest.next;
import static com.accountdesk.ui.launch.LaunchWizardUiTest.openWizard;
import static com.accountdesk.ui.launch.LaunchWizardUiTest.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The wizard's launch under injected faults: a clear message, the typed fields kept, the window
 * responsive, and exactly one cluster on the server however the answer was spoiled.
 */
@Tag("ui")
@ExtendWith(AppExtension.class)
class LaunchFaultsUiTest implements AppExtension.Configured {
    private AppContext app;

    @Override
    public AppConfig appConfig() {
        return AppConfig.freshSandboxInMemory().withSandboxProvisioningDelay(Duration.ofSeconds(1));
    }

    private long clustersNamed(String name) throws Exception {
        return sandbox(app).state().read(d -> d.clusters.stream().filter(c -> c.name.equals(name)).count());
    }

    private void readyToLaunch(FxRobot robot, String name) {
        if (robot.lookup("#userMenu").tryQuery().isEmpty()) {
            openWizard(robot); // signs in first
        } else {
            robot.clickOn("#launchButton");
            waitUntil(() -> robot.lookup("#environmentChoice").tryQuery().isPresent()
                    && LaunchWizardUiTest.environmentChoice(robot).getValue() != null);
        }
        next(robot);
        fillFromClusterPage(robot, name);
    }

    @Test
    void anAnswerSpoiledAfterTheLaunchIsFoundByCheckingAndNotSentAgain(FxRobot robot) throws Exception {
        SandboxServer server = sandbox(app);
        int round = 0;
        for (Fault fault : new Fault[] {Fault.DROP, Fault.MALFORMED, Fault.HUGE}) {
            String cluster = "spoiled-" + (++round);
            if (round > 1) {
                robot.clickOn("#wizardCancel");
                waitUntil(() -> robot.lookup("#wizardCancel").tryQuery().isEmpty());
            }
            readyToLaunch(robot, cluster);
            int before = server.launchRequests();
            server.faults().script(fault);
            robot.clickOn("#wizardLaunch");
            waitUntil(() -> showing(robot, "#launchResult"));
            assertTrue(text(robot, "#launchMessage").contains("The answer to the launch was lost, but " + cluster + " exists"),
                    fault + ": " + text(robot, "#launchMessage"));
            assertEquals(before + 1, server.launchRequests(), fault + ": sent once");
            assertEquals(1, clustersNamed(cluster), fault + ": one cluster");
        }
    }

    @Test
    void aLaunchRefusedWith503IsNotMadeAndMayBeTriedAgainWithTheFieldsKept(FxRobot robot) throws Exception {
        SandboxServer server = sandbox(app);
        readyToLaunch(robot, "after-503");
        server.faults().script(Fault.ERROR_503);
        robot.clickOn("#wizardLaunch");
        waitUntil(() -> text(robot, "#launchMessage").contains("It is safe to launch again"));
        assertTrue(text(robot, "#launchMessage").startsWith("The server had a problem (HTTP 503)"), text(robot, "#launchMessage"));
        assertEquals(0, clustersNamed("after-503"));
        assertEquals(0, server.launchRequests(), "answered 503 before reaching the launch, and not retried by itself");
        assertTrue(text(robot, "#reviewJson").contains("after-503"), "what was typed is still what would be sent");
        robot.clickOn("#wizardLaunch"); // "Try again"
        waitUntil(() -> showing(robot, "#launchResult"));
        assertEquals(1, clustersNamed("after-503"));
        assertEquals(1, server.launchRequests());
    }

    @Test
    void whenTheCheckFailsTooTheUserChecksAgainBeforeAnythingElse(FxRobot robot) throws Exception {
        SandboxServer server = sandbox(app);
        readyToLaunch(robot, "lost-twice");
        // The launch's answer is dropped, then all three tries of the check.
        server.faults().script(Fault.DROP, Fault.DROP, Fault.DROP, Fault.DROP);
        robot.clickOn("#wizardLaunch");
        waitUntil(() -> showing(robot, "#checkAgainButton"));
        assertTrue(text(robot, "#launchMessage").startsWith("Could not find out whether lost-twice was created"),
                text(robot, "#launchMessage"));
        assertTrue(robot.lookup("#wizardLaunch").queryButton().isDisabled(), "no launch until the check has an answer");
        robot.clickOn("#checkAgainButton");
        waitUntil(() -> showing(robot, "#launchResult"));
        assertEquals(1, clustersNamed("lost-twice"));
        assertEquals(1, server.launchRequests());
    }

    @Test
    void underLatencyTheWindowAnswersWhileTheLaunchIsOnItsWay(FxRobot robot) throws Exception {
        SandboxServer server = sandbox(app);
        readyToLaunch(robot, "slow-launch");
        server.faults().setRates(FaultInjector.Rates.NONE.withLatency(Duration.ofMillis(1500)));
        Fx.IdlePing idle = Fx.idlePing();
        robot.clickOn("#wizardLaunch");
        waitUntil(() -> text(robot, "#launchMessage").startsWith("Launching slow-launch"));
        Fx.assertAnswersWhile("the launch", () -> text(robot, "#launchMessage").startsWith("Launching slow-launch"), idle);
        waitUntil(() -> showing(robot, "#launchResult"));
        assertEquals(1, clustersNamed("slow-launch"));
    }

    @Test
    void theClusterPasswordIsNeitherLoggedNorShownNorKeptInTheClear(FxRobot robot) throws Exception {
        SandboxServer server = sandbox(app);
        try (com.accountdesk.testing.LogCapture log = new com.accountdesk.testing.LogCapture()) {
            readyToLaunch(robot, "hygiene-launch");
            server.faults().script(Fault.MALFORMED); // the server echoes nothing secret, but the body is cut mid-way
            robot.clickOn("#wizardLaunch");
            waitUntil(() -> showing(robot, "#launchResult"));
            StringBuilder screen = new StringBuilder();
            robot.interact(() -> Window.getWindows().forEach(w -> w.getScene().getRoot().lookupAll("*").forEach(n -> {
                if (n instanceof javafx.scene.control.Labeled l) {
                    screen.append(l.getText()).append('\n');
                }
            })));
            java.util.List<String> secret = java.util.List.of(LaunchWizardUiTest.PASSWORD);
            assertTrue(log.count() > 10, "DEBUG logging captured");
            com.accountdesk.testing.SecretScan.assertNoneIn("the log", log.text(), secret);
            com.accountdesk.testing.SecretScan.assertNoneIn("the screen", screen.toString(), secret);
            com.accountdesk.testing.SecretScan.assertNoneIn("the sandbox's state",
                    new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(server.state().read(d -> d.clusters)), secret);
        }
    }

    @Test
    void anExpiredSessionAtLaunchAsksToSignInThenLaunchesOnce(FxRobot robot) throws Exception {
        SandboxServer server = sandbox(app);
        readyToLaunch(robot, "after-sign-in");
        server.state().write(d -> {
            d.acm.sessions.forEach(s -> s.expires = Instant.now().getEpochSecond() - 1);
            return null;
        });
        robot.clickOn("#wizardLaunch");
        waitUntil(() -> showing(robot, "#reauthSecretField"));
        robot.clickOn("#reauthSecretField").write(DemoAccount.PASSWORD).type(KeyCode.ENTER);
        waitUntil(() -> showing(robot, "#launchResult"));
        assertEquals(1, clustersNamed("after-sign-in"));
        assertEquals(1, server.launchRequests(), "the refused one never reached the launch (401); the one after signing in did");
    }
}
