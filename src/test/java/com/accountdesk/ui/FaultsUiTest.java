package com.accountdesk.ui;

import com.accountdesk.app.AppContext;
import com.accountdesk.sandbox.state.DemoAccount;
import com.accountdesk.sandbox.http.FaultInjector;
import com.accountdesk.sandbox.http.FaultInjector.Fault;
import com.accountdesk.sandbox.SandboxServer;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import com.accountdesk.testing.AppExtension;
import com.accountdesk.testing.Fx;
import org.testfx.util.WaitForAsyncUtils;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

import static com.accountdesk.testing.UiTestSupport.settingsSection;
import static com.accountdesk.testing.UiTestSupport.environmentsTable;
import static com.accountdesk.testing.UiTestSupport.labelText;
import static com.accountdesk.testing.UiTestSupport.sandbox;
import static com.accountdesk.testing.UiTestSupport.showing;
import static com.accountdesk.testing.UiTestSupport.signIn;
import static com.accountdesk.testing.UiTestSupport.type;
import static com.accountdesk.testing.UiTestSupport.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The main flows under each injected fault: the window stays responsive, a clear sentence says
 * what happened, what was typed stays, and the sandbox holds no lost or doubled item.
 */
@Tag("ui")
@ExtendWith(AppExtension.class)
class FaultsUiTest {
    private AppContext app;


    private int sandboxCounts(SandboxServer server) {
        return server.state().read(d -> d.environments.size() * 1000 + d.acm.tokens.size() * 10 + d.clusters.size());
    }

    private void typeDemoSignIn(FxRobot robot) {
        waitUntil(() -> !robot.lookup("#endpointField").queryAs(TextField.class).getText().isEmpty());
        type(robot, "#loginField", DemoAccount.LOGIN);
        type(robot, "#passwordField", DemoAccount.PASSWORD);
    }

    @Test
    void signInUnderEachFaultSaysWhatHappenedAndKeepsWhatWasTyped(FxRobot robot) throws Exception {
        SandboxServer server = sandbox(app);
        typeDemoSignIn(robot);
        String[][] cases = {
                {"ERROR_503", "The server had a problem (HTTP 503)"},
                {"ERROR_500", "The server had a problem (HTTP 500)"},
                {"DROP", "The connection broke before the server answered: you are not signed in. Try again."},
                {"MALFORMED", "The server's answer could not be understood"},
                {"HUGE", "The server's answer could not be understood (the answer is larger than 4 MB)"}};
        for (String[] c : cases) {
            server.faults().script(Fault.valueOf(c[0])); // POST /login is sent once: one fault decides it
            robot.clickOn("#connectButton");
            waitUntil(() -> showing(robot, "#errorLabel") && !robot.lookup("#connectButton").queryButton().isDisabled());
            assertTrue(labelText(robot, "#errorLabel").startsWith(c[1]), c[0] + ": " + labelText(robot, "#errorLabel"));
            assertEquals(DemoAccount.LOGIN, robot.lookup("#loginField").queryAs(TextField.class).getText(), c[0]);
            assertEquals(DemoAccount.PASSWORD, robot.lookup("#passwordField").queryAs(TextField.class).getText(), c[0]);
            assertTrue(robot.lookup("#userMenu").tryQuery().isEmpty(), "still on the connect screen");
        }
        // Under latency the window answers while the sign-in is on its way, then it succeeds.
        server.faults().setRates(FaultInjector.Rates.NONE.withLatency(Duration.ofMillis(1500)));
        Fx.IdlePing idle = Fx.idlePing();
        robot.clickOn("#connectButton");
        waitUntil(() -> robot.lookup("#connectButton").tryQuery().map(b -> b.isDisabled()).orElse(false));
        Fx.assertAnswersWhile("the sign-in", () -> robot.lookup("#connectButton").tryQuery().map(b -> b.isDisabled()).orElse(false),
                idle);
        waitUntil(() -> robot.lookup("#userMenu").tryQuery().isPresent());
    }

    @Test
    void plainHttpToAnotherComputerIsRefusedBeforeAnythingIsSent(FxRobot robot) {
        typeDemoSignIn(robot);
        type(robot, "#endpointField", "http://acm.example.com/api");
        robot.clickOn("#connectButton");
        waitUntil(() -> showing(robot, "#errorLabel"));
        assertEquals("Plain HTTP is only allowed to this computer (127.0.0.1, ::1, localhost); use https:// for acm.example.com.",
                labelText(robot, "#errorLabel"));
        assertEquals(DemoAccount.PASSWORD, robot.lookup("#passwordField").queryAs(TextField.class).getText());
    }

    @Test
    void refreshingUnderEachFaultKeepsTheListAndTheSearch(FxRobot robot) throws Exception {
        SandboxServer server = sandbox(app);
        signIn(robot);
        waitUntil(() -> environmentsTable(robot).getItems().size() == 2);
        type(robot, "#searchField", "demo");
        int before = sandboxCounts(server);
        Object[][] cases = {
                {new Fault[] {Fault.ERROR_503, Fault.ERROR_503, Fault.ERROR_503}, "The server had a problem (HTTP 503)"},
                {new Fault[] {Fault.ERROR_500}, "The server had a problem (HTTP 500)"},
                {new Fault[] {Fault.DROP, Fault.DROP, Fault.DROP}, "The connection broke before the server answered. If you were saving a change"},
                {new Fault[] {Fault.MALFORMED}, "The server's answer could not be understood (the answer is not valid JSON)"},
                {new Fault[] {Fault.HUGE}, "The server's answer could not be understood (the answer is larger than 4 MB)"}};
        for (Object[] c : cases) {
            server.faults().script((Fault[]) c[0]);
            robot.clickOn("#refreshButton");
            waitUntil(() -> showing(robot, "#errorLabel") && !robot.lookup("#refreshButton").queryButton().isDisabled());
            assertTrue(labelText(robot, "#errorLabel").startsWith((String) c[1]), labelText(robot, "#errorLabel"));
            assertEquals(2, environmentsTable(robot).getItems().size(), "the list loaded before stays");
            assertEquals("demo", robot.lookup("#searchField").queryAs(TextField.class).getText());
        }
        // One failure of a GET is retried away: the user sees the list, no error.
        server.faults().script(Fault.DROP, Fault.ERROR_503);
        robot.clickOn("#refreshButton");
        waitUntil(() -> !showing(robot, "#errorLabel") && !robot.lookup("#refreshButton").queryButton().isDisabled());
        assertEquals(2, environmentsTable(robot).getItems().size());
        assertEquals(before, sandboxCounts(server), "no environment, key or cluster lost or made");
    }

    @Test
    void latencySetInTheSettingsWindowAppliesAtOnceAndTheWindowStaysResponsive(FxRobot robot) throws Exception {
        SandboxServer server = sandbox(app);
        signIn(robot);
        waitUntil(() -> environmentsTable(robot).getItems().size() == 2);
        robot.clickOn("#userMenu").clickOn("Settings…");
        settingsSection(robot, "Sandbox faults");
        waitUntil(() -> robot.lookup("#latencySpinner").tryQuery().isPresent());
        @SuppressWarnings("unchecked")
        Spinner<Integer> latency = robot.lookup("#latencySpinner").queryAs(Spinner.class);
        robot.interact(() -> latency.getValueFactory().setValue(2000));
        assertEquals(Duration.ofMillis(2000), server.faults().rates().latency());
        robot.interact(() -> robot.lookup("#latencySpinner").queryAs(Spinner.class).getScene().getWindow().hide());

        Fx.IdlePing idle = Fx.idlePing();
        robot.clickOn("#refreshButton");
        waitUntil(() -> robot.lookup("#refreshButton").queryButton().isDisabled());
        Fx.assertAnswersWhile("the refresh", () -> robot.lookup("#refreshButton").queryButton().isDisabled(), idle);
        type(robot, "#searchField", "gcp"); // typing works while the refresh waits
        assertEquals("gcp", robot.lookup("#searchField").queryAs(TextField.class).getText());
        waitUntil(() -> !robot.lookup("#refreshButton").queryButton().isDisabled());
        assertEquals(1, environmentsTable(robot).getItems().size());
        assertEquals("", labelText(robot, "#errorLabel"));
    }
}
