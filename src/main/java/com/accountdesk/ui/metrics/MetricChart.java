package com.accountdesk.ui.metrics;

import javafx.beans.property.ObjectProperty;
import javafx.collections.ObservableList;
import javafx.geometry.Pos;
import javafx.geometry.Side;
import javafx.scene.Node;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import com.accountdesk.ui.common.LazyProgressIndicator;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Line;

import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleFunction;

/**
 * One metric's chart: a JavaFX LineChart with a {@link TimeAxis}, a line a node, over the part of
 * the period that {@code window} (shared with the other charts) shows. Only what a pixel column
 * can show is handed to the chart ({@link Downsampler}: each column's lowest and highest), so a
 * week of minutes draws and pans as fast as an hour; the chart's data points are reused, not made
 * anew, as the window moves. The mouse reads a value (a marker and the readout above the chart),
 * drags to pan and zooms with the wheel; the keyboard pans (←/→), zooms (+/−) and shows all (Home).
 * While there is nothing to draw, the words of {@link #status} cover the chart.
 */
public final class MetricChart {
    /** A keyboard pan moves the window by this share of its length. */
    static final double KEY_PAN = 0.1;
    static final double ZOOM_IN = 0.5;
    /**
     * Pixels a down-sampling column spans: two, so a line has at most one point a pixel (a column's
     * lowest and highest), which draws the same spikes and troughs at half the points of one a pixel.
     */
    static final double PIXELS_A_COLUMN = 2;

    private final TimeAxis time = new TimeAxis();
    private final NumberAxis values = new NumberAxis();
    private final PlotChart chart = new PlotChart(time, values);
    private final Label title = new Label();
    private final Label unit = new Label();
    private final Label readout = new Label();
    private final ProgressIndicator spinner = new LazyProgressIndicator();
    private final Label statusText = new Label();
    private final VBox statusBox = new VBox(8, spinner, statusText);
    private final VBox view;
    private final ObjectProperty<TimeWindow> window;
    private DoubleFunction<String> describe = t -> "";
    private MetricPlot plot;
    private Double hovered;
    private TimeWindow dragStart;
    private double dragFromX;

    /** @param id names the chart's nodes: {@code id + "Chart"}, {@code id + "Readout"}, {@code id + "Status"} */
    public MetricChart(String id, String titleText, ObjectProperty<TimeWindow> window) {
        this.window = window;
        title.setText(titleText);
        title.getStyleClass().add("metric-title");
        title.setMinWidth(Region.USE_PREF_SIZE);
        unit.setId(id + "Unit");
        unit.getStyleClass().add("hint-text");
        unit.setMinWidth(Region.USE_PREF_SIZE);
        readout.setId(id + "Readout");
        readout.getStyleClass().addAll("hint-text", "metric-readout");
        // A readout of many nodes wraps rather than being cut; the value axis' unit is beside the title.
        readout.setWrapText(true);
        readout.setMinHeight(Region.USE_PREF_SIZE);
        readout.setMaxWidth(Double.MAX_VALUE);
        readout.setAlignment(Pos.TOP_RIGHT);
        readout.setTextAlignment(javafx.scene.text.TextAlignment.RIGHT);
        HBox.setHgrow(readout, Priority.ALWAYS);
        HBox header = new HBox(8, title, unit, readout);
        header.setAlignment(Pos.TOP_LEFT);

        chart.setId(id + "Chart");
        chart.getStyleClass().add("metric-chart");
        chart.setAnimated(false);
        chart.setCreateSymbols(false);
        chart.setAxisSortingPolicy(LineChart.SortingPolicy.NONE); // the points come in time order
        chart.setLegendSide(Side.RIGHT);
        chart.setHorizontalZeroLineVisible(false);
        chart.setVerticalGridLinesVisible(false);
        chart.setMinHeight(110);
        chart.setPrefHeight(150);
        chart.setFocusTraversable(true);
        time.setLabel("UTC");
        values.setAutoRanging(false);
        values.setLowerBound(0);
        values.setMinorTickVisible(false);
        values.setAnimated(false);

        spinner.setPrefSize(22, 22);
        statusText.setId(id + "Status");
        statusText.setWrapText(true);
        statusText.setMinHeight(Region.USE_PREF_SIZE);
        statusBox.setAlignment(Pos.CENTER);
        statusBox.setMouseTransparent(true);
        statusBox.getStyleClass().add("metric-status");
        statusBox.setMaxSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
        StackPane stack = new StackPane(chart, statusBox);
        VBox.setVgrow(stack, Priority.ALWAYS);
        view = new VBox(2, header, stack);
        view.getStyleClass().add("metric-chart-box");

        window.addListener((obs, old, now) -> redraw());
        time.widthProperty().addListener((obs, old, now) -> redraw());
        wireInput();
    }

    public Region view() {
        return view;
    }

    /** The chart itself (for tests and the benchmark). */
    public LineChart<Number, Number> chart() {
        return chart;
    }

    public Label readout() {
        return readout;
    }

    /** How the readout words a time (epoch seconds) of the current lines. */
    public void describeWith(DoubleFunction<String> words) {
        this.describe = words;
        showReadout();
    }

    /** Words over the chart instead of lines ({@code busy}: with a spinner); null or "" shows the lines. */
    public void status(String words, boolean busy) {
        boolean show = words != null && !words.isEmpty();
        statusText.setText(show ? words : "");
        spinner.setVisible(busy);
        spinner.setManaged(busy);
        statusBox.setVisible(show);
    }

    /** The lines to draw (null: none), with the value axis' unit (shown beside the title). */
    public void show(MetricPlot newPlot, String valueUnit) {
        this.plot = newPlot;
        unit.setText(valueUnit);
        ObservableList<XYChart.Series<Number, Number>> series = chart.getData();
        int lines = newPlot == null ? 0 : newPlot.lines().size();
        if (series.size() != lines) {
            List<XYChart.Series<Number, Number>> made = new ArrayList<>();
            for (int i = 0; i < lines; i++) {
                made.add(new XYChart.Series<>());
            }
            series.setAll(made);
        }
        for (int i = 0; i < lines; i++) {
            series.get(i).setName(newPlot.lines().get(i).name());
        }
        if (newPlot != null) {
            values.setUpperBound(newPlot.top());
            values.setTickUnit(newPlot.top() / 4);
        }
        hovered = null;
        redraw();
    }

    /** Hands the chart the points of the window shown, at most two a pixel column. */
    void redraw() {
        TimeWindow w = window.get();
        if (w == null) {
            return;
        }
        time.setLowerBound(w.from());
        time.setUpperBound(w.to());
        if (plot != null) {
            double width = time.getWidth() > 0 ? time.getWidth() : 800;
            int columns = Math.max(50, (int) Math.ceil(width / PIXELS_A_COLUMN));
            for (int i = 0; i < plot.lines().size(); i++) {
                MetricPlot.Line line = plot.lines().get(i);
                fill(chart.getData().get(i).getData(), Downsampler.reduce(line.times(), line.values(), w.from(), w.to(), columns),
                        plot.scale());
            }
        }
        showReadout();
    }

    /** Sets the points into {@code data}, reusing the points it has. */
    static void fill(ObservableList<XYChart.Data<Number, Number>> data, Downsampler.Points points, double scale) {
        int n = points.size();
        int have = data.size();
        for (int i = 0; i < Math.min(n, have); i++) {
            XYChart.Data<Number, Number> d = data.get(i);
            d.setXValue(points.time(i));
            d.setYValue(points.value(i) * scale);
        }
        if (have > n) {
            data.remove(n, have);
        } else if (n > have) {
            List<XYChart.Data<Number, Number>> more = new ArrayList<>(n - have);
            for (int i = have; i < n; i++) {
                more.add(new XYChart.Data<>(points.time(i), points.value(i) * scale));
            }
            data.addAll(more);
        }
    }

    private void showReadout() {
        TimeWindow w = window.get();
        String words = plot == null || w == null ? "" : describe.apply(hovered != null ? hovered : w.to());
        readout.setText(words);
        chart.setAccessibleText(title.getText() + ", " + unit.getText() + (words.isEmpty() ? "" : ": " + words));
        chart.marker(hovered);
    }

    // ---- mouse and keys

    /**
     * The time at a point of the scene, from the window itself rather than the axis, which takes the
     * window's bounds only at its next layout: two drags in one frame must not move it twice.
     */
    private double timeAt(TimeWindow w, double sceneX, double sceneY) {
        double width = time.getWidth();
        double x = time.sceneToLocal(sceneX, sceneY).getX();
        return width > 0 ? w.from() + x / width * w.span() : w.to();
    }

    private void wireInput() {
        chart.addEventHandler(MouseEvent.MOUSE_MOVED, e -> hover(e.getSceneX(), e.getSceneY()));
        chart.addEventHandler(MouseEvent.MOUSE_EXITED, e -> {
            hovered = null;
            showReadout();
        });
        chart.addEventHandler(MouseEvent.MOUSE_PRESSED, e -> {
            chart.requestFocus();
            dragStart = e.getButton() == MouseButton.PRIMARY ? window.get() : null;
            dragFromX = e.getSceneX();
            e.consume(); // else a scroll pane around the window takes the focus, and with it the keys
        });
        chart.addEventHandler(MouseEvent.MOUSE_DRAGGED, e -> {
            double width = time.getWidth();
            if (dragStart != null && width > 0) {
                // The time under the pointer stays under it: the shift from where the drag began.
                window.set(dragStart.pan((dragFromX - e.getSceneX()) / width * dragStart.span()));
            }
        });
        chart.addEventHandler(MouseEvent.MOUSE_RELEASED, e -> dragStart = null);
        chart.addEventHandler(MouseEvent.MOUSE_CLICKED, e -> {
            TimeWindow w = window.get();
            if (e.getClickCount() == 2 && w != null) {
                window.set(TimeWindow.whole(w.first(), w.last()));
            }
        });
        chart.addEventHandler(ScrollEvent.SCROLL, e -> {
            TimeWindow w = window.get();
            if (w != null && e.getDeltaY() != 0) {
                window.set(w.zoom(Math.pow(ZOOM_IN, e.getDeltaY() / 40), timeAt(w, e.getSceneX(), e.getSceneY())));
                e.consume();
            }
        });
        chart.addEventHandler(KeyEvent.KEY_PRESSED, this::key);
    }

    private void hover(double sceneX, double sceneY) {
        TimeWindow w = window.get();
        double t = w == null ? Double.NaN : timeAt(w, sceneX, sceneY);
        hovered = w != null && t >= w.from() && t <= w.to() ? t : null;
        showReadout();
    }

    private void key(KeyEvent e) {
        TimeWindow w = window.get();
        if (w == null) {
            return;
        }
        double middle = (w.from() + w.to()) / 2;
        TimeWindow next = switch (e.getCode()) {
            case LEFT -> w.pan(-KEY_PAN * w.span());
            case RIGHT -> w.pan(KEY_PAN * w.span());
            case PLUS, ADD, EQUALS -> w.zoom(ZOOM_IN, middle);
            case MINUS, SUBTRACT -> w.zoom(1 / ZOOM_IN, middle);
            case HOME -> TimeWindow.whole(w.first(), w.last());
            default -> null;
        };
        if (next != null) {
            window.set(next);
            e.consume();
        }
    }

    /** A LineChart with a marker at the time the pointer reads. */
    private static final class PlotChart extends LineChart<Number, Number> {
        private final Line marker = new Line();
        private Double at;

        PlotChart(javafx.scene.chart.Axis<Number> x, NumberAxis y) {
            super(x, y);
            marker.getStyleClass().add("metric-marker");
            marker.setVisible(false);
            marker.setManaged(false);
            marker.setMouseTransparent(true);
            getPlotChildren().add(marker);
        }

        void marker(Double time) {
            at = time;
            marker.setVisible(time != null);
            requestChartLayout();
        }

        @Override
        protected void layoutPlotChildren() {
            super.layoutPlotChildren();
            if (at != null) {
                double x = getXAxis().getDisplayPosition(at);
                marker.setStartX(x);
                marker.setEndX(x);
                marker.setStartY(0);
                marker.setEndY(getYAxis().getHeight());
                ObservableList<Node> children = getPlotChildren();
                if (children.get(children.size() - 1) != marker) {
                    marker.toFront();
                }
            }
        }
    }
}
