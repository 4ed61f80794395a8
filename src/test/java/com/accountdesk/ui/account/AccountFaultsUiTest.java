package com.accountdesk.ui.account;

import com.accountdesk.app.AppContext;
import com.accountdesk.sandbox.http.FaultInjector;
import com.accountdesk.sandbox.http.FaultInjector.Fault;
import com.accountdesk.sandbox.SandboxServer;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import com.accountdesk.testing.AppExtension;
import com.accountdesk.testing.Fx;
import org.testfx.util.WaitForAsyncUtils;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static com.accountdesk.testing.UiTestSupport.labelText;
import static com.accountdesk.testing.UiTestSupport.sandbox;
import static com.accountdesk.testing.UiTestSupport.showing;
import static com.accountdesk.testing.UiTestSupport.signIn;
import static com.accountdesk.testing.UiTestSupport.waitUntil;
import static com.accountdesk.ui.account.MyAccountUi.busy;
import static com.accountdesk.ui.account.MyAccountUi.open;
import static com.accountdesk.ui.account.MyAccountUi.serverTokens;
import static com.accountdesk.ui.account.MyAccountUi.table;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * My Account's writes under injected faults: a clear error, the Allow Domains text kept, the
 * window responsive, and on the server no key lost or made twice (a write whose answer was lost
 * is not sent again by itself).
 */
@Tag("ui")
@ExtendWith(AppExtension.class)
class AccountFaultsUiTest {
    private static final String TYPED = "example.com\n10.0.0.0/8\n*.corp.example.org";
    private AppContext app;


    private static String typed(FxRobot robot) {
        return robot.lookup("#originsArea").queryAs(TextArea.class).getText();
    }

    @Test
    void allowDomainsSaveUnderEachFaultKeepsTheTextAndSaysWhatHappened(FxRobot robot) throws Exception {
        SandboxServer server = sandbox(app);
        signIn(robot);
        open(robot);
        robot.interact(() -> robot.lookup("#originsArea").queryAs(TextArea.class).setText(TYPED));
        String before = server.state().read(d -> d.acm.origins);
        Object[][] cases = {
                {Fault.ERROR_503, "The server had a problem (HTTP 503)", false},
                {Fault.ERROR_500, "The server had a problem (HTTP 500)", false},
                {Fault.DROP, "The connection broke before the server answered. If you were saving a change", true},
                {Fault.MALFORMED, "The server's answer could not be understood", true},
                {Fault.HUGE, "The server's answer could not be understood (the answer is larger than 4 MB)", true}};
        for (Object[] c : cases) {
            server.faults().script((Fault) c[0]);
            robot.clickOn("#saveOriginsButton");
            waitUntil(() -> showing(robot, "#keysErrorLabel") && !busy(robot));
            assertTrue(labelText(robot, "#keysErrorLabel").startsWith((String) c[1]), c[0] + ": " + labelText(robot, "#keysErrorLabel"));
            assertEquals(TYPED, typed(robot), "the typed Allow Domains stay: " + c[0]);
            String onServer = server.state().read(d -> d.acm.origins);
            // 500/503 are answered before anything is done; the others are done, then the answer is spoiled.
            assertEquals((boolean) c[2] ? TYPED : before, onServer, c[0].toString());
            if ((boolean) c[2]) {
                server.state().write(d -> d.acm.origins = before); // undo, so the next case starts the same
            }
        }
        // Under latency the window stays usable while the save is on its way.
        server.faults().setRates(FaultInjector.Rates.NONE.withLatency(Duration.ofMillis(1500)));
        Fx.IdlePing idle = Fx.idlePing();
        robot.clickOn("#saveOriginsButton");
        waitUntil(() -> busy(robot));
        Fx.assertAnswersWhile("the save of Allow Domains", () -> busy(robot), idle);
        waitUntil(() -> !busy(robot));
        assertEquals(TYPED, server.state().read(d -> d.acm.origins));
        assertEquals(TYPED, typed(robot));
    }

    @Test
    void anExpiredSessionDuringASaveAsksToSignInThenSavesWhatWasTyped(FxRobot robot) throws Exception {
        SandboxServer server = sandbox(app);
        signIn(robot);
        open(robot);
        robot.interact(() -> robot.lookup("#originsArea").queryAs(TextArea.class).setText(TYPED));
        server.state().write(d -> {
            d.acm.sessions.forEach(x -> x.expires = java.time.Instant.now().getEpochSecond() - 1);
            return null;
        });
        robot.clickOn("#saveOriginsButton");
        waitUntil(() -> showing(robot, "#reauthSecretField"));
        robot.clickOn("#reauthSecretField").write(com.accountdesk.sandbox.state.DemoAccount.PASSWORD).type(KeyCode.ENTER);
        waitUntil(() -> TYPED.equals(server.state().read(d -> d.acm.origins)) && !busy(robot));
        assertEquals(TYPED, typed(robot));
        assertTrue(labelText(robot, "#keysErrorLabel").isEmpty(), labelText(robot, "#keysErrorLabel"));
    }

    /**
     * Seen by hand at 1440x900 with the sandbox dropping connections: the keys table (held at 120 px)
     * was too short for its placeholder's error, whose title was drawn over the column headers.
     */
    @Test
    void aFailedFirstReadsWordsStayBelowTheKeysHeaders(FxRobot robot) throws Exception {
        SandboxServer server = sandbox(app);
        signIn(robot);
        server.faults().setRates(com.accountdesk.sandbox.http.FaultInjector.Rates.NONE.withDropRate(1.0));
        try {
            robot.clickOn("#userMenu").clickOn("My Account…");
            waitUntil(() -> robot.lookup("#keyTable #placeholderTitle").tryQuery().isPresent()
                    && !labelText(robot, "#keyTable #placeholderDetail").isEmpty() && !busy(robot));
        } finally {
            server.faults().setRates(com.accountdesk.sandbox.http.FaultInjector.Rates.NONE);
        }
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.Node title = robot.lookup("#keyTable #placeholderTitle").query();
        javafx.scene.Node headers = robot.lookup("#keyTable .column-header-background").query();
        javafx.scene.Node retry = robot.lookup("#keyTable #retryButton").query();
        javafx.scene.Node table = robot.lookup("#keyTable").query();
        double[] y = com.accountdesk.testing.Fx.call(() -> new double[] {
                title.localToScene(title.getLayoutBounds()).getMinY(),
                headers.localToScene(headers.getLayoutBounds()).getMaxY(),
                retry.localToScene(retry.getLayoutBounds()).getMaxY(),
                table.localToScene(table.getLayoutBounds()).getMaxY()});
        assertTrue(y[0] >= y[1], "the title starts at " + y[0] + ", above the headers' end at " + y[1]);
        assertTrue(y[2] <= y[3], "Try again ends at " + y[2] + ", below the table's end at " + y[3]);
    }

    @Test
    void aKeyWhoseSaveAnswerIsLostIsAddedOnceAndNotAgain(FxRobot robot) throws Exception {
        SandboxServer server = sandbox(app);
        signIn(robot);
        open(robot);
        List<String> before = serverTokens(app);
        // Adding reads a new key, reads the account, then writes: the write's answer is dropped.
        server.faults().script(Fault.NONE, Fault.NONE, Fault.DROP);
        robot.clickOn("#addButton");
        waitUntil(() -> showing(robot, "#expiryOkButton"));
        robot.type(KeyCode.ENTER);
        waitUntil(() -> showing(robot, "#keysErrorLabel") && !busy(robot));
        assertTrue(labelText(robot, "#keysErrorLabel").startsWith("The connection broke before the server answered. If you were saving a change"), labelText(robot, "#keysErrorLabel"));
        List<String> after = serverTokens(app);
        assertEquals(before.size() + 1, after.size(), "done once by the server, not repeated by the client");
        assertTrue(after.containsAll(before), "no key lost");
        assertEquals(after.size(), after.stream().distinct().count(), "no key twice");
        robot.clickOn("#refreshKeysButton");
        waitUntil(() -> !busy(robot) && table(robot).getItems().size() == after.size());

        // A 503 on the write: nothing done, nothing lost.
        server.faults().script(Fault.NONE, Fault.NONE, Fault.ERROR_503);
        robot.clickOn("#addButton");
        waitUntil(() -> showing(robot, "#expiryOkButton"));
        robot.type(KeyCode.ENTER);
        waitUntil(() -> showing(robot, "#keysErrorLabel") && !busy(robot)
                && labelText(robot, "#keysErrorLabel").contains("503"));
        assertEquals(after, serverTokens(app));
    }
}
