package com.accountdesk.testing;

import com.accountdesk.app.AppConfig;
import com.accountdesk.app.AppContext;
import com.accountdesk.model.Environment;
import com.accountdesk.sandbox.state.DemoAccount;
import com.accountdesk.sandbox.SandboxServer;
import javafx.scene.Node;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.Tooltip;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** Starts the real app on a fresh in-memory sandbox and drives its sign-in, for TestFX tests. */
public final class UiTestSupport {
    private UiTestSupport() {
    }

    /** The app as a user starts it with no endpoint configured, on a sandbox of its own. */
    public static AppContext startApp(Stage stage) {
        return startApp(stage, AppConfig.freshSandboxInMemory());
    }

    /** The app with a config of the test's own (e.g. a short sandbox provisioning delay). */
    public static AppContext startApp(Stage stage, AppConfig config) {
        AppContext app = AppContext.create(config);
        app.show(stage);
        return app;
    }

    public static SandboxServer sandbox(AppContext app) throws Exception {
        try {
            return app.sandbox().get(20, TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            throw new AssertionError("waited 20 s in vain for the app's sandbox to start", e);
        }
    }

    /**
     * Waits (up to 20 s) until the condition holds, checking on the FX thread. A timeout says what
     * was waited for: the calling line of the test's source.
     */
    public static void waitUntil(Callable<Boolean> condition) {
        waitUntil(CallSite.ofCaller(), condition);
    }

    /** Waits (up to 20 s) until the condition holds, checking on the FX thread; {@code what} names it on a timeout. */
    public static void waitUntil(String what, Callable<Boolean> condition) {
        try {
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(condition).get());
        } catch (TimeoutException e) {
            throw new AssertionError("waited 20 s in vain for " + what, e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Types into a field as a user would: click, select all, type. */
    public static void type(FxRobot robot, String query, String text) {
        robot.clickOn(query);
        robot.interact(() -> robot.lookup(query).queryAs(TextInputControl.class).clear());
        robot.write(text);
    }

    /** Signs in with the demo account's user and password and waits for the main window. */
    public static void signIn(FxRobot robot) {
        waitUntil(() -> !robot.lookup("#endpointField").queryAs(TextInputControl.class).getText().isEmpty());
        type(robot, "#loginField", DemoAccount.LOGIN);
        type(robot, "#passwordField", DemoAccount.PASSWORD);
        robot.clickOn("#connectButton");
        waitUntil(() -> robot.lookup("#userMenu").tryQuery().isPresent());
    }

    /** Chooses CrateDB Cloud on the connect screen, waits for the sandbox's CrateDB endpoint, and fills in a key. */
    public static void fillCrate(FxRobot robot, String key, String secret) {
        waitUntil(() -> !robot.lookup("#endpointField").queryAs(TextInputControl.class).getText().isEmpty());
        robot.clickOn("#crateChoice");
        waitUntil(() -> robot.lookup("#endpointField").queryAs(TextInputControl.class).getText().contains("/cratedb"));
        type(robot, "#crateKeyField", key);
        type(robot, "#crateSecretField", secret);
    }

    /** Signs in to the sandbox's CrateDB Cloud API with the demo key pair and waits for the main window. */
    public static void signInCrate(FxRobot robot) {
        fillCrate(robot, DemoAccount.CRATE_KEY, DemoAccount.CRATE_SECRET);
        robot.clickOn("#connectButton");
        waitUntil(() -> robot.lookup("#userMenu").tryQuery().isPresent());
    }

    public static boolean showing(FxRobot robot, String query) {
        return robot.lookup(query).tryQuery().map(UiTestSupport::visibleWithItsParents).orElse(false);
    }

    /** Visible, and so is every parent: what a part of a view hidden as a whole (a box of parts) is not. */
    private static boolean visibleWithItsParents(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return true;
    }

    /** The main window's environments table. */
    @SuppressWarnings("unchecked")
    public static TableView<Environment> environmentsTable(FxRobot robot) {
        return robot.lookup("#table").queryAs(TableView.class);
    }

    /** The text of the label the query finds. */
    public static String labelText(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }

    /** Opens a section of the Settings window (open already) by clicking its name in the section list. */
    public static void settingsSection(FxRobot robot, String title) {
        waitUntil("the Settings section list", () -> robot.lookup(".settings-sections").tryQuery().isPresent());
        Node cell = robot.lookup(".settings-sections .list-cell").match(
                (javafx.scene.control.ListCell<?> c) -> title.equals(c.getText())).query();
        robot.clickOn(cell);
        waitUntil("the section " + title + " shown", () -> robot.lookup(".settings-page .section-title").match(
                (javafx.scene.control.Label l) -> title.equals(l.getText()) && l.getScene() != null).tryQuery().isPresent());
    }

    /** Runs {@code steps} with {@code stage} at {@code width} × {@code height}, then gives it its size back (the primary stage is the next test's too). */
    public static void atSize(FxRobot robot, Stage stage, double width, double height, Runnable steps) {
        double[] was = Fx.call(() -> new double[] {stage.getWidth(), stage.getHeight()});
        try {
            robot.interact(() -> {
                stage.setWidth(width);
                stage.setHeight(height);
            });
            steps.run();
        } finally {
            robot.interact(() -> {
                stage.setWidth(was[0]);
                stage.setHeight(was[1]);
            });
        }
    }

    /** What the tooltip says that the pointer over {@code control} brings, worded as it shows (as HoverTooltip does). */
    public static String hoverTooltipText(FxRobot robot, Control control) {
        robot.moveTo(control).moveBy(2, 0);
        waitUntil("a tooltip on " + control, () -> control.getTooltip() != null);
        Tooltip tip = control.getTooltip();
        robot.interact(() -> tip.getOnShowing().handle(new WindowEvent(tip, WindowEvent.WINDOW_SHOWING)));
        return tip.getText();
    }
}
