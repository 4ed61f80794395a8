package com.accountdesk.ui.metrics;

import com.accountdesk.ui.common.FxmlViews;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Toggle;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import java.util.EnumMap;
import java.util.Map;

/**
 * The Charts… window's content: the period (1 hour, 24 hours, 7 days) and the disk, CPU and memory
 * charts, each showing its lines or why it has none. Thin: what is asked for and shown is the
 * view-model's; drawing a week of minutes quickly is {@link MetricChart}'s.
 */
public final class MetricsController {
    private final MetricsViewModel viewModel;
    private final Map<MetricsViewModel.Kind, MetricChart> charts = new EnumMap<>(MetricsViewModel.Kind.class);
    private final Parent view;

    @FXML private Label periodLabel;
    @FXML private ToggleButton hourButton;
    @FXML private ToggleButton dayButton;
    @FXML private ToggleButton weekButton;
    @FXML private Button refreshMetricsButton;
    @FXML private VBox chartsBox;

    public MetricsController(MetricsViewModel viewModel) {
        this.viewModel = viewModel;
        this.view = FxmlViews.load(this, "metrics.fxml");
    }

    public Parent view() {
        return view;
    }

    public MetricChart chart(MetricsViewModel.Kind kind) {
        return charts.get(kind);
    }

    @FXML
    private void initialize() {
        ToggleGroup periods = new ToggleGroup();
        // In the order shown: the group's order is the arrow keys' order.
        Map<MetricsViewModel.Range, ToggleButton> buttons = new EnumMap<>(MetricsViewModel.Range.class);
        buttons.put(MetricsViewModel.Range.HOUR, hourButton);
        buttons.put(MetricsViewModel.Range.DAY, dayButton);
        buttons.put(MetricsViewModel.Range.WEEK, weekButton);
        buttons.forEach((range, button) -> {
            button.setToggleGroup(periods);
            button.setUserData(range);
        });
        periodLabel.setLabelFor(dayButton);
        periods.selectToggle(buttons.get(viewModel.rangeProperty().get()));
        periods.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now == null) {
                periods.selectToggle(old); // a period is always chosen: a second click keeps it
            } else {
                viewModel.rangeProperty().set((MetricsViewModel.Range) now.getUserData());
            }
        });
        viewModel.rangeProperty().addListener((obs, old, range) -> {
            Toggle button = buttons.get(range);
            if (periods.getSelectedToggle() != button) {
                periods.selectToggle(button);
            }
        });

        for (MetricsViewModel.Kind kind : MetricsViewModel.Kind.values()) {
            MetricsViewModel.Panel panel = viewModel.panel(kind);
            MetricChart chart = new MetricChart(kind.name().toLowerCase(java.util.Locale.ROOT), MetricsViewModel.title(kind),
                    viewModel.windowProperty());
            chart.describeWith(t -> MetricsViewModel.readout(kind, panel.plotProperty().get(), t));
            panel.plotProperty().addListener((obs, old, plot) -> chart.show(plot, viewModel.axisLabel(kind)));
            panel.stateProperty().addListener((obs, old, state) -> status(chart, panel));
            panel.messageProperty().addListener((obs, old, words) -> status(chart, panel));
            chart.show(panel.plotProperty().get(), viewModel.axisLabel(kind));
            status(chart, panel);
            charts.put(kind, chart);
            VBox.setVgrow(chart.view(), Priority.ALWAYS);
            chartsBox.getChildren().add(chart.view());
        }
    }

    private static void status(MetricChart chart, MetricsViewModel.Panel panel) {
        MetricsViewModel.State state = panel.stateProperty().get();
        chart.status(state == MetricsViewModel.State.DATA ? "" : panel.messageProperty().get(), state == MetricsViewModel.State.LOADING);
        chart.view().pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("error"), state == MetricsViewModel.State.ERROR);
    }

    @FXML
    private void refresh() {
        viewModel.load();
    }
}
