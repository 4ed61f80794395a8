package com.accountdesk.bench;

import com.accountdesk.ui.common.Theme;
import com.accountdesk.ui.metrics.MetricChart;
import com.accountdesk.ui.metrics.MetricPlot;
import com.accountdesk.ui.metrics.TimeWindow;
import javafx.application.Application;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;

/**
 * Charts… at its heaviest (issue 26's aim: within one frame, 16 ms): the app's own {@link MetricChart}
 * with three nodes' lines of 7 days of 1-minute points (3 × 10,080), on the FX thread of a shown
 * headless window of the Charts window's width, with the app's theme and stylesheet. Each operation
 * is followed by the CSS and layout pass and a render of the chart ({@code snapshot} into a reused
 * image, which draws the scene graph with the same Prism pipeline a frame uses, plus a read-back of
 * the pixels that a frame does not have, so the figure errs high).
 * <ul>
 *   <li>{@code draw}: a new week of lines (alternately two), the whole week shown;</li>
 *   <li>{@code pan}: two days of the week shown, moved by a tenth (a drag or a ← / → key), back and forth.</li>
 * </ul>
 * With {@code charts=3}, the Charts window's three charts (disk, CPU, memory) of three lines each,
 * which move together: what a pan in the window costs.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xmx512m"})
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
public class MetricChartBench {
    static final int POINTS = 7 * 24 * 60;
    static final int NODES = 3;
    private static final long END = 1_765_000_000L / 60 * 60;

    /** 1: one chart, issue 26's measure; 3: the window's three, which a pan moves together. */
    @Param({"1", "3"})
    public int charts;

    private final ObjectProperty<TimeWindow> window = new SimpleObjectProperty<>();
    private MetricPlot[] plots;
    private final List<MetricChart> shown = new ArrayList<>();
    private Region root;
    private Stage stage;
    private WritableImage image;
    private int drawn;
    private boolean later;

    @Setup
    public void show() throws Exception {
        FxThread.start();
        plots = new MetricPlot[] {week(1), week(2)};
        FxThread.call(() -> {
            Application.setUserAgentStylesheet(Theme.stylesheet(false));
            window.set(plots[0].period());
            VBox box = new VBox(6);
            for (int i = 0; i < charts; i++) {
                MetricChart chart = new MetricChart("bench" + i, "Disk used", window);
                shown.add(chart);
                box.getChildren().add(chart.view());
            }
            root = box;
            stage = new Stage();
            Scene scene = new Scene(box, 756, 200 * charts);
            scene.getStylesheets().add(Theme.appStylesheet());
            stage.setScene(scene);
            stage.show();
            shown.forEach(c -> c.show(plots[0], "(% of 512 GiB a node)"));
            image = new WritableImage(756, 200 * charts);
            return frame();
        });
    }

    @TearDown
    public void close() throws Exception {
        FxThread.call(() -> {
            stage.close();
            return null;
        });
    }

    /** A week of minutes a node, moving as the sandbox's do: a daily wave, noise, and a disk that fills. */
    static MetricPlot week(long seed) {
        Random random = new Random(seed);
        List<MetricPlot.Line> lines = new ArrayList<>();
        for (int node = 0; node < NODES; node++) {
            double[] times = new double[POINTS];
            double[] values = new double[POINTS];
            for (int i = 0; i < POINTS; i++) {
                times[i] = END - (POINTS - 1 - i) * 60.0;
                values[i] = 0.6 + 0.17 * i / POINTS + 0.01 * Math.sin(2 * Math.PI * i / 1440.0 + node) + 0.004 * random.nextGaussian();
            }
            lines.add(new MetricPlot.Line("node " + node, times, values));
        }
        return new MetricPlot(lines, END - POINTS * 60.0, END, 100, 100, true);
    }

    /** A new week of lines, all of it shown. */
    @Benchmark
    public Object draw() throws Exception {
        return FxThread.call(() -> {
            MetricPlot plot = plots[++drawn % 2];
            window.set(plot.period());
            shown.forEach(c -> c.show(plot, "(% of 512 GiB a node)"));
            return frame();
        });
    }

    /** Two days shown, moved a tenth later or earlier. */
    @Benchmark
    public Object pan() throws Exception {
        return FxThread.call(() -> {
            TimeWindow w = window.get();
            if (w.isWhole()) {
                w = w.zoom(2.0 / 7, (w.first() + w.last()) / 2);
            }
            later = !later;
            window.set(w.pan((later ? 0.1 : -0.1) * w.span()));
            return frame();
        });
    }

    /** The CSS and layout pass of a pulse, then the charts drawn; returns the points handed to them. */
    private int frame() {
        root.applyCss();
        root.layout();
        root.snapshot(null, image);
        return shown.stream().mapToInt(c -> c.chart().getData().stream().mapToInt(s -> s.getData().size()).sum()).sum();
    }
}
