package com.accountdesk.ui.cratedb;

import com.accountdesk.sandbox.crate.CrateCatalogue;
import com.accountdesk.testing.Fx;
import com.accountdesk.app.AppContext;
import com.accountdesk.sandbox.SandboxServer;
import com.accountdesk.testing.AppExtension;
import com.accountdesk.ui.common.Texts;
import javafx.scene.control.Button;
import javafx.scene.control.MenuButton;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TableView;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;

import java.util.List;

import static com.accountdesk.testing.UiTestSupport.atSize;
import static com.accountdesk.testing.UiTestSupport.hoverTooltipText;
import static com.accountdesk.testing.UiTestSupport.labelText;
import static com.accountdesk.testing.UiTestSupport.sandbox;
import static com.accountdesk.testing.UiTestSupport.signInCrate;
import static com.accountdesk.testing.UiTestSupport.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The CrateDB Clusters tab, Expand Storage… and Scale…, driven as a user would, against the app's own sandbox. */
@Tag("ui")
@ExtendWith(AppExtension.class)
class CrateClustersUiTest {
    private static final long GIB = 1024L * 1024 * 1024;
    private AppContext app;

    @SuppressWarnings("unchecked")
    private static TableView<CrateClustersViewModel.Row> table(FxRobot robot) {
        return robot.lookup("#clustersTable").queryAs(TableView.class);
    }

    private static void openClustersTab(FxRobot robot) {
        robot.clickOn(robot.lookup(".tab-label").match((Label l) -> "Clusters".equals(l.getText())).queryAs(Label.class));
        waitUntil(() -> table(robot).getItems().size() == 4);
    }

    @Test
    void noTwoShownControlsAnswerTheSameAltLetter(FxRobot robot) {
        signInCrate(robot);
        assertEquals(List.of(), com.accountdesk.testing.Accessibility.sharedMnemonics(app.stage().getScene().getRoot()), "API keys");
        openClustersTab(robot);
        select(robot, "orders-prod");
        assertEquals(List.of(), com.accountdesk.testing.Accessibility.sharedMnemonics(app.stage().getScene().getRoot()), "Clusters");
    }

    private static boolean isInside(javafx.scene.Node node, javafx.scene.Node ancestor) {
        for (javafx.scene.Node n = node; n != null; n = n.getParent()) {
            if (n == ancestor) {
                return true;
            }
        }
        return false;
    }

    private static void select(FxRobot robot, String name) {
        waitUntil(() -> table(robot).getItems().stream().anyMatch(r -> r.cluster().name().equals(name)));
        int index = table(robot).getItems().stream().map(r -> r.cluster().name()).toList().indexOf(name);
        robot.interact(() -> table(robot).scrollTo(index));
        robot.clickOn(robot.lookup("#clustersTable .table-cell").match((javafx.scene.control.TableCell<?, ?> c) ->
                name.equals(c.getText())).queryAs(javafx.scene.Node.class));
    }

    @Test
    void everyClustersDiskAtAGlanceAndWhyExpandIsOff(FxRobot robot) {
        signInCrate(robot);
        openClustersTab(robot);
        waitUntil(() -> robot.lookup("#clustersTable .disk-amber").queryAll().size() == 1);
        assertTrue(robot.lookup("#clustersTable .label").queryAllAs(Label.class).stream()
                .anyMatch(l -> l.getText() != null && l.getText().matches("7[6-9] % of 512 GiB")), "orders-prod's disk in words");
        assertTrue(robot.lookup("Suspended").tryQuery().isPresent(), "archive-2023 has no figure");
        // Its tooltip, made when the mouse moves over the cell, gives the used and whole size as it shows
        // (shown by hand: a tooltip waits for its window to have the focus, which this window may not).
        javafx.scene.Node gauge = robot.lookup("#clustersTable .disk-amber").queryAs(javafx.scene.Node.class);
        javafx.scene.control.Control cell = (javafx.scene.control.Control) gauge.getParent().getParent();
        assertEquals(null, cell.getTooltip(), "a tooltip made before the mouse came");
        List<Object> under = new java.util.concurrent.CopyOnWriteArrayList<>();
        robot.interact(() -> cell.addEventFilter(javafx.scene.input.MouseEvent.MOUSE_MOVED, e -> under.add(e.getTarget())));
        robot.moveTo(gauge).moveBy(2, 0);
        waitUntil(() -> cell.getTooltip() != null);
        // What the pointer is over there is the cell, not the gauge: a ProgressBar under it kept the
        // cell's tooltip from ever showing (seen by hand; a tooltip here waits for the window's focus).
        assertTrue(!under.isEmpty() && under.stream().noneMatch(t -> t instanceof javafx.scene.Node n && isInside(n, gauge)),
                under.toString());
        javafx.scene.control.Tooltip tip = cell.getTooltip();
        robot.interact(() -> tip.getOnShowing().handle(new javafx.stage.WindowEvent(tip, javafx.stage.WindowEvent.WINDOW_SHOWING)));
        assertTrue(tip.getText().matches("\\d+(\\.\\d+)? GiB / 512 GiB"), tip.getText());
        assertEquals("4 clusters, 1 over 75 % disk", labelText(robot, "#clustersSummary"));
        select(robot, "free-trial");
        assertTrue(robot.lookup("#expandButton").queryAs(Button.class).isDisabled());
        assertEquals("free-trial's plan does not allow custom storage.", labelText(robot, "#expandReason"));
    }

    /** The Nodes column sorts by count (12 after 3), and a text column in the language's order. */
    /**
     * Seen by hand with the sandbox dropping connections: a failed Refresh put its error above the
     * clusters, which stood as if just read (the ACM lists say they are as last loaded); and a list
     * never read said "No clusters in this project." under the error, with no Try again.
     */
    @Test
    void aFailedReadMarksTheClustersAsLastLoadedAndAnUnreadListSaysSo(FxRobot robot) throws Exception {
        SandboxServer sandbox = sandbox(app);
        signInCrate(robot);
        openClustersTab(robot);
        sandbox.faults().setRates(com.accountdesk.sandbox.http.FaultInjector.Rates.NONE.withDropRate(1.0));
        try {
            robot.clickOn("#refreshClustersButton");
            waitUntil("the failure shown", () -> !labelText(robot, "#clustersError").isEmpty()
                    && !robot.lookup("#refreshClustersButton").queryAs(javafx.scene.control.Button.class).isDisabled());
            assertTrue(labelText(robot, "#clustersError").endsWith("The list below is as last loaded."),
                    labelText(robot, "#clustersError"));
            assertEquals(4, table(robot).getItems().size(), "the clusters read before stay");
            // (The placeholder shows over an empty list only; its state is what it would say.)
            assertTrue(table(robot).getPlaceholder() instanceof com.accountdesk.ui.common.ListPlaceholder,
                    "an unread list does not say there are no clusters");
            com.accountdesk.ui.common.ListPlaceholder words = (com.accountdesk.ui.common.ListPlaceholder) table(robot).getPlaceholder();
            assertEquals(com.accountdesk.ui.common.ListPlaceholder.State.ERROR, words.state());
        } finally {
            sandbox.faults().setRates(com.accountdesk.sandbox.http.FaultInjector.Rates.NONE);
        }
        robot.clickOn("#refreshClustersButton");
        waitUntil("read again", () -> labelText(robot, "#clustersError").isEmpty()
                && !robot.lookup("#refreshClustersButton").queryAs(javafx.scene.control.Button.class).isDisabled());
        assertEquals(4, table(robot).getItems().size());
    }

    @Test
    void nodesSortByCountAndNamesByTheLanguagesOrder(FxRobot robot) throws Exception {
        sandbox(app).state().write(d -> {
            d.crate.clusters.forEach(k -> k.productUnit = k.id.equals(CrateCatalogue.CLUSTER_ORDERS) ? 11 : k.productUnit == 0 ? 2 : k.productUnit);
            return null;
        });
        signInCrate(robot);
        openClustersTab(robot);
        TableView<CrateClustersViewModel.Row> table = table(robot);
        waitUntil(() -> table.getItems().stream().anyMatch(r -> r.cluster().numNodes() == 12));
        robot.interact(() -> {
            javafx.scene.control.TableColumn<CrateClustersViewModel.Row, ?> nodes = table.getColumns().stream()
                    .filter(c -> "nodesColumn".equals(c.getId())).findFirst().orElseThrow();
            nodes.setSortType(javafx.scene.control.TableColumn.SortType.ASCENDING);
            table.getSortOrder().setAll(List.of(nodes));
        });
        List<Integer> counts = Fx.call(() -> table.getItems().stream().map(r -> r.cluster().numNodes()).toList());
        assertEquals(counts.stream().sorted().toList(), counts, "nodes in ascending count");

        robot.interact(() -> {
            javafx.scene.control.TableColumn<CrateClustersViewModel.Row, ?> name = table.getColumns().get(0);
            name.setSortType(javafx.scene.control.TableColumn.SortType.DESCENDING);
            table.getSortOrder().setAll(List.of(name));
        });
        List<String> names = Fx.call(() -> table.getItems().stream().map(r -> r.cluster().name()).toList());
        List<String> expected = new java.util.ArrayList<>(names);
        expected.sort(java.text.Collator.getInstance().reversed());
        assertEquals(expected, names);
    }

    @Test
    void expandStorageShowsThePriceSendsOnceAndWatchesItFinish(FxRobot robot) throws Exception {
        SandboxServer sandbox = sandbox(app);
        signInCrate(robot);
        openClustersTab(robot);
        select(robot, "orders-prod");
        robot.clickOn("#expandButton");
        waitUntil(() -> labelText(robot, "#expandPriceNow").endsWith("a month"));
        waitUntil(() -> !robot.lookup("#expandSendButton").queryAs(Button.class).isDisabled());
        robot.clickOn("#expandSizeSpinner .increment-arrow-button");
        robot.clickOn("#expandSizeSpinner .increment-arrow-button");
        waitUntil(() -> labelText(robot, "#expandPriceAfter").contains("(+$"));
        robot.clickOn("#expandSendButton");
        waitUntil(() -> labelText(robot, "#expandProgress").startsWith("Asked") || labelText(robot, "#expandProgress").startsWith("Expanding"));
        assertTrue(robot.lookup("#expandSendButton").queryAs(Button.class).isDisabled(), "sent once");
        // The operation's few seconds pass at once: it started a minute ago.
        sandbox.state().write(d -> {
            d.crate.operations.forEach(o -> o.startedMillis -= 60_000);
            return null;
        });
        waitUntil(() -> labelText(robot, "#expandProgress").startsWith("Done"));
        assertEquals("Done: orders-prod has 577 GiB a node.", labelText(robot, "#expandProgress"));
        assertEquals(1, (int) sandbox.state().read(d -> d.crate.operations.size()), "one operation asked for");
        robot.clickOn("#expandCloseButton");
        waitUntil(() -> robot.lookup("#clustersTable .label").queryAllAs(Label.class).stream()
                .anyMatch(l -> l.getText() != null && l.getText().endsWith("% of 577 GiB")));
        assertEquals(577 * GIB, (long) sandbox.state().read(d -> d.crate.clusters.stream()
                .filter(c -> c.name.equals("orders-prod")).findFirst().orElseThrow().diskSizePerNodeBytes));
    }

    @Test
    void scaleShowsThePriceSendsOnceAndTheNodeCountChanges(FxRobot robot) throws Exception {
        SandboxServer sandbox = sandbox(app);
        signInCrate(robot);
        openClustersTab(robot);
        select(robot, "analytics-dev");
        robot.clickOn("#scaleButton");
        waitUntil(() -> labelText(robot, "#scalePriceNow").endsWith("a month"));
        assertTrue(robot.lookup("#scaleSendButton").queryAs(Button.class).isDisabled(), "1 node is what it has");
        @SuppressWarnings("unchecked")
        ComboBox<Integer> nodes = robot.lookup("#scaleNodes").queryAs(ComboBox.class);
        waitUntil(() -> nodes.getItems().size() == 3);
        assertEquals(List.of("1 node"), nodes.lookupAll(".list-cell").stream().map(n -> ((ListCell<?>) n).getText())
                .filter(text -> text != null).toList(), "the closed box says the count as the list does");
        robot.interact(() -> nodes.setValue(3));
        waitUntil(() -> labelText(robot, "#scalePriceAfter").contains("(+$"));
        robot.clickOn("#scaleSendButton");
        waitUntil(() -> labelText(robot, "#scaleProgress").startsWith("Asked") || labelText(robot, "#scaleProgress").startsWith("Scaling"));
        assertTrue(robot.lookup("#scaleSendButton").queryAs(Button.class).isDisabled(), "sent once");
        sandbox.state().write(d -> {
            d.crate.operations.forEach(o -> o.startedMillis -= 60_000);
            return null;
        });
        waitUntil(() -> labelText(robot, "#scaleProgress").startsWith("Done"));
        assertEquals("Done: analytics-dev has 3 nodes.", labelText(robot, "#scaleProgress"));
        assertEquals(1, (int) sandbox.state().read(d -> d.crate.operations.size()), "one operation asked for");
        robot.clickOn("#scaleCloseButton");
        waitUntil(() -> table(robot).getItems().stream().anyMatch(r -> r.cluster().name().equals("analytics-dev") && r.cluster().numNodes() == 3));
        assertTrue(robot.lookup("#clustersTable .table-cell").queryAllAs(javafx.scene.control.TableCell.class).stream()
                .anyMatch(c -> "3".equals(c.getText())), "the Nodes column shows 3");
    }

    /**
     * Seen by hand (800×600 and 1440×900): the product could not be read, the error's three lines
     * came after the dialog had its size, and Close and Expand went below its bottom edge.
     */
    @Test
    void anErrorShownAfterExpandStorageOpenedLeavesItsButtonsInReachAndCanBeTriedAgain(FxRobot robot) throws Exception {
        SandboxServer sandbox = sandbox(app);
        signInCrate(robot);
        openClustersTab(robot);
        select(robot, "orders-prod");
        sandbox.faults().setRates(com.accountdesk.sandbox.http.FaultInjector.Rates.NONE.withDropRate(1.0));
        try {
            robot.clickOn("#expandButton");
            waitUntil(() -> !labelText(robot, "#expandError").isEmpty());
        } finally {
            sandbox.faults().setRates(com.accountdesk.sandbox.http.FaultInjector.Rates.NONE);
        }
        Button close = robot.lookup("#expandCloseButton").queryAs(Button.class);
        javafx.stage.Window dialog = close.getScene().getWindow();
        waitUntil(() -> Fx.call(() -> {
            javafx.geometry.Bounds b = close.localToScene(close.getLayoutBounds());
            return b.getMaxY() <= close.getScene().getHeight() + 0.5;
        }));
        com.accountdesk.testing.FitCheck fit = new com.accountdesk.testing.FitCheck();
        fit.check("Expand Storage with an error", dialog);
        assertEquals("", fit.report());
        // The service answers again: Try again reads what failed, and the change can be made without reopening.
        robot.clickOn("#expandRetry");
        waitUntil("the read again", () -> labelText(robot, "#expandError").isEmpty()
                && !robot.lookup("#expandSendButton").queryAs(Button.class).isDisabled());
        assertFalse(robot.lookup("#expandRetry").queryAs(Button.class).isVisible(), "Try again gone once the read worked");
        waitUntil("the price now read", () -> !labelText(robot, "#expandPriceNow").isEmpty()
                && !labelText(robot, "#expandPriceNow").startsWith(Texts.get("cratedb.expand.price.unknown")));
        robot.clickOn(close);
        waitUntil(() -> !dialog.isShowing());
    }

    /**
     * Escape reaches the dialog whatever has the focus: with it on "Copy ▾" (closed) Escape closes
     * Expand Storage…; with the menu open, Escape closes the menu first and the dialog stays.
     */
    @Test
    void escapeOnTheCopyMenuClosesItsMenuFirstThenTheDialog(FxRobot robot) {
        signInCrate(robot);
        openClustersTab(robot);
        select(robot, "orders-prod");
        robot.clickOn("#expandButton");
        waitUntil(() -> robot.lookup("#expandCopy").tryQuery().isPresent());
        MenuButton copy = robot.lookup("#expandCopy").queryAs(MenuButton.class);
        javafx.stage.Window dialog = copy.getScene().getWindow();
        robot.clickOn(copy);
        waitUntil(copy::isShowing);
        robot.type(javafx.scene.input.KeyCode.ESCAPE);
        waitUntil("the menu closed by Escape", () -> !copy.isShowing());
        assertTrue(dialog.isShowing(), "Escape on an open menu closed the dialog too");
        waitUntil(copy::isFocused);
        robot.type(javafx.scene.input.KeyCode.ESCAPE);
        waitUntil("the dialog closed by Escape", () -> !dialog.isShowing());
    }

    /**
     * Seen by hand at 800×600: "analytics-…", "develo…", "crfree (f…" and, while an operation runs,
     * "GREEN ·…" in the clusters' table, with no way to read them whole.
     */
    @Test
    void aCutNameSaysItselfWholeInATooltip(FxRobot robot) {
        signInCrate(robot);
        atSize(robot, app.stage(), 800, 600, () -> {
            openClustersTab(robot);
            javafx.scene.control.TableCell<?, ?> cell = robot.lookup("#clustersTable .table-cell")
                    .match((javafx.scene.control.TableCell<?, ?> c) -> "analytics-dev".equals(c.getText()))
                    .queryAs(javafx.scene.control.TableCell.class);
            waitUntil("the name cut", () -> Fx.call(() -> com.accountdesk.testing.Clipping.cutCells(table(robot), "nameColumn")).stream()
                    .anyMatch(cut -> cut.startsWith("\"analytics-dev\"")));
            assertEquals("analytics-dev", hoverTooltipText(robot, cell));
        });
    }

    @Test
    void upgradeAndScaleAreOffWithTheReasonForASuspendedCluster(FxRobot robot) {
        signInCrate(robot);
        openClustersTab(robot);
        select(robot, "archive-2023");
        assertTrue(robot.lookup("#scaleButton").queryAs(Button.class).isDisabled());
        assertTrue(robot.lookup("#upgradeButton").queryAs(Button.class).isDisabled());
        assertEquals("archive-2023 is suspended: resume it before expanding its storage.", labelText(robot, "#expandReason"));
    }
}
