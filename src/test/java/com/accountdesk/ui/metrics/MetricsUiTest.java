package com.accountdesk.ui.metrics;

import com.accountdesk.app.AppContext;
import com.accountdesk.testing.AppExtension;
import com.accountdesk.testing.Fx;
import com.accountdesk.ui.common.ThemeMode;
import com.accountdesk.ui.cratedb.CrateClustersViewModel;
import com.accountdesk.testing.Accessibility;
import javafx.scene.Node;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.shape.Path;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;

import java.util.List;
import java.util.Set;

import static com.accountdesk.testing.UiTestSupport.labelText;
import static com.accountdesk.testing.UiTestSupport.showing;
import static com.accountdesk.testing.UiTestSupport.signInCrate;
import static com.accountdesk.testing.UiTestSupport.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Clusters tab → Charts…: three charts with a line a node, 7 days chosen, keys that zoom and pan, no
 * data for a suspended cluster; lines and words readable in both themes, every action on the keyboard.
 */
@Tag("ui")
@ExtendWith(AppExtension.class)
class MetricsUiTest {
    private static final List<String> CHARTS = List.of("#diskChart", "#cpuChart", "#memoryChart");
    private AppContext app;

    @SuppressWarnings("unchecked")
    private static TableView<CrateClustersViewModel.Row> clusters(FxRobot robot) {
        return robot.lookup("#clustersTable").queryAs(TableView.class);
    }

    @SuppressWarnings("unchecked")
    private static LineChart<Number, Number> chart(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(LineChart.class);
    }

    private static Stage openCharts(FxRobot robot, String cluster) {
        robot.clickOn(robot.lookup(".tab-label").match((Label l) -> "Clusters".equals(l.getText())).queryAs(Label.class));
        waitUntil(() -> clusters(robot).getItems().size() == 4);
        robot.interact(() -> clusters(robot).getSelectionModel().select(clusters(robot).getItems().stream()
                .filter(r -> r.cluster().name().equals(cluster)).findFirst().orElseThrow()));
        robot.clickOn("#chartsButton");
        waitUntil("the Charts window", () -> Fx.call(() -> Window.getWindows().stream()
                .anyMatch(w -> w instanceof Stage s && s.isShowing() && ("Charts of " + cluster).equals(s.getTitle()))));
        return Fx.call(() -> Window.getWindows().stream().filter(w -> w instanceof Stage s && ("Charts of " + cluster).equals(s.getTitle()))
                .map(Stage.class::cast).findFirst().orElseThrow());
    }

    private static boolean drawn(LineChart<Number, Number> chart, int series) {
        return Fx.call(() -> chart.getData().size() == series && chart.getData().stream().noneMatch(s -> s.getData().isEmpty()));
    }

    private static double span(LineChart<Number, Number> chart) {
        return Fx.call(() -> {
            TimeAxis x = (TimeAxis) chart.getXAxis();
            return x.getUpperBound() - x.getLowerBound();
        });
    }

    @Test
    void threeChartsOfANodeEachThenSevenDays(FxRobot robot) {
        signInCrate(robot);
        Stage window = openCharts(robot, "orders-prod");
        for (String id : CHARTS) {
            waitUntil(id + " with three nodes' lines", () -> drawn(chart(robot, id), 3));
            assertFalse(showing(robot, id.replace("Chart", "Status")), "no words over a chart with data");
        }
        assertTrue(robot.lookup("#dayButton").queryAs(ToggleButton.class).isSelected(), "24 hours at first");
        assertEquals(86_400, span(chart(robot, "#diskChart")), 1);
        assertTrue(labelText(robot, "#diskReadout").matches("\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d UTC: node\u00a00\u00a0\\d+\\.\\d\u00a0%\u00a0.*"),
                labelText(robot, "#diskReadout"));

        robot.clickOn("#weekButton");
        waitUntil("7 days shown", () -> span(chart(robot, "#cpuChart")) == 7 * 86_400);
        for (String id : CHARTS) {
            LineChart<Number, Number> c = chart(robot, id);
            waitUntil(id + " a week long", () -> drawn(c, 3) && Fx.call(() -> {
                List<XYChart.Data<Number, Number>> points = c.getData().get(0).getData();
                return points.get(points.size() - 1).getXValue().doubleValue() - points.get(0).getXValue().doubleValue() > 6.9 * 86_400;
            }));
            int points = Fx.call(() -> c.getData().get(0).getData().size());
            double width = Fx.call(() -> c.getXAxis().getWidth());
            assertTrue(points <= 2 * Math.ceil(width) + 2 && points < 7 * 24 * 60, "down-sampled to the pixels: " + points + " for " + width);
        }

        // The keyboard: + zooms in on the focused chart, ← pans, and the three charts move together; Home shows all.
        robot.interact(() -> chart(robot, "#memoryChart").requestFocus());
        robot.type(KeyCode.ADD);
        waitUntil(() -> span(chart(robot, "#diskChart")) == 3.5 * 86_400);
        double end = Fx.call(() -> ((TimeAxis) chart(robot, "#cpuChart").getXAxis()).getUpperBound());
        robot.type(KeyCode.LEFT);
        waitUntil(() -> Fx.call(() -> ((TimeAxis) chart(robot, "#cpuChart").getXAxis()).getUpperBound()) < end);
        robot.type(KeyCode.HOME);
        waitUntil(() -> span(chart(robot, "#diskChart")) == 7 * 86_400);

        // The mouse: zoomed in, a drag to the right shows earlier times, by as much as the pointer moved.
        robot.type(KeyCode.ADD);
        waitUntil(() -> span(chart(robot, "#diskChart")) == 3.5 * 86_400);
        double before = Fx.call(() -> ((TimeAxis) chart(robot, "#diskChart").getXAxis()).getUpperBound());
        double width = Fx.call(() -> chart(robot, "#diskChart").getXAxis().getWidth());
        robot.drag(robot.lookup("#diskChart .chart-plot-background").queryAs(Region.class)).dropBy(100, 0);
        waitUntil("dragged earlier", () -> Fx.call(() -> ((TimeAxis) chart(robot, "#memoryChart").getXAxis()).getUpperBound()) < before);
        double moved = before - Fx.call(() -> ((TimeAxis) chart(robot, "#memoryChart").getXAxis()).getUpperBound());
        assertEquals(100 / width * 3.5 * 86_400, moved, 3.5 * 86_400 * 0.02, "the time under the pointer stayed under it");
        assertEquals(chart(robot, "#diskChart"), Fx.call(() -> window.getScene().getFocusOwner()), "the chart pointed at has the keys");
        robot.type(KeyCode.HOME);
        waitUntil(() -> span(chart(robot, "#diskChart")) == 7 * 86_400);

        // Hovering reads the time under the pointer.
        robot.moveTo(robot.lookup("#diskChart .chart-plot-background").queryAs(Region.class));
        waitUntil(() -> showing(robot, "#diskChart .metric-marker"));
        robot.interact(window::close);
    }

    @Test
    void aSuspendedClusterSaysItHasNoDataYet(FxRobot robot) {
        signInCrate(robot);
        Stage window = openCharts(robot, "archive-2023");
        for (String id : CHARTS) {
            String status = id.replace("Chart", "Status");
            waitUntil(status, () -> showing(robot, status) && labelText(robot, status).equals("No data for this period yet."));
        }
        robot.interact(window::close);
    }

    @Test
    void theLinesCanBeReadInBothThemes(FxRobot robot) {
        signInCrate(robot);
        Stage window = openCharts(robot, "orders-prod");
        waitUntil(() -> drawn(chart(robot, "#diskChart"), 3));
        for (ThemeMode mode : List.of(ThemeMode.LIGHT, ThemeMode.DARK)) {
            robot.interact(() -> app.theme().setMode(mode));
            Fx.run(() -> window.getScene().getRoot().applyCss());
            Color background = Fx.call(() -> (Color) ((Region) chart(robot, "#diskChart").lookup(".chart-plot-background"))
                    .getBackground().getFills().get(0).getFill());
            List<Color> lines = Fx.call(() -> chart(robot, "#diskChart").lookupAll(".chart-series-line").stream()
                    .map(n -> (Color) ((Path) n).getStroke()).toList());
            assertEquals(3, lines.size());
            assertEquals(3, lines.stream().distinct().count(), "a colour a node in " + mode);
            for (Color line : lines) {
                double contrast = Accessibility.contrast(line, background);
                assertTrue(contrast >= 3, mode + ": " + line + " on " + background + " has a contrast of only " + contrast);
            }
            assertEquals(List.of(), Accessibility.lowContrastText(window.getScene().getRoot(),
                    mode == ThemeMode.DARK ? Color.BLACK : Color.WHITE), "the Charts window's words, " + mode);
        }
        assertEquals(List.of(), Accessibility.textButtonsWithoutMnemonic(window.getScene().getRoot()));
        Set<Node> actions = Fx.call(() -> Accessibility.keyboardActions(window.getScene().getRoot()));
        actions = new java.util.LinkedHashSet<>(actions);
        actions.addAll(Fx.call(() -> List.of(chart(robot, "#diskChart"), chart(robot, "#cpuChart"), chart(robot, "#memoryChart"))));
        Set<Node> reached = Accessibility.focusOwnersWhileTabbing(robot, window.getScene(), 12);
        // As with radio buttons, TAB enters the periods at the chosen one and the arrow keys move within them.
        actions.removeIf(n -> n instanceof ToggleButton t && t.getToggleGroup() != null
                && t.getToggleGroup().getToggles().stream().anyMatch(reached::contains));
        assertEquals(List.of(), Accessibility.missed(actions, reached), "TAB reaches the periods, Refresh and each chart");
        robot.interact(() -> robot.lookup("#dayButton").query().requestFocus());
        waitUntil(() -> Fx.call(() -> window.isFocused() && window.getScene().getFocusOwner() == robot.lookup("#dayButton").query()));
        robot.type(KeyCode.RIGHT);
        waitUntil("→ from 24 hours to 7 days", () -> Fx.call(() -> window.getScene().getFocusOwner()) == robot.lookup("#weekButton").query());
        robot.type(KeyCode.LEFT, 2);
        waitUntil("← ← to 1 hour", () -> Fx.call(() -> window.getScene().getFocusOwner()) == robot.lookup("#hourButton").query());
        robot.type(KeyCode.RIGHT, 2);
        robot.type(KeyCode.SPACE);
        waitUntil("7 days chosen from the keyboard", () -> span(chart(robot, "#diskChart")) == 7 * 86_400);
        robot.interact(window::close);
    }
}
