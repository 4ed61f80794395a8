package com.accountdesk.ui.metrics;

import com.accountdesk.model.CrateMetric;

import java.util.ArrayList;
import java.util.List;

/**
 * What one chart draws: a line a node, times in epoch seconds and values as read (bytes, cores),
 * over the period asked for; {@code scale} turns a value into the chart's unit (percent of the
 * node's capacity when it is known: {@code percent}) and {@code top} is the value axis' upper end in that unit.
 * Made off the FX thread from the client's answer; no JavaFX here.
 */
public record MetricPlot(List<Line> lines, double first, double last, double scale, double top, boolean percent) {
    /** One node's values, oldest first. */
    public record Line(String name, double[] times, double[] values) {
    }

    public MetricPlot {
        lines = List.copyOf(lines);
    }

    /**
     * The answer as lines over [{@code first}, {@code last}]. {@code capacity} (the node's disk,
     * cores or memory; 0 when unknown) makes the unit percent; otherwise values are divided by
     * {@code unit} (e.g. bytes a GiB) and the axis fits the highest value.
     */
    public static MetricPlot of(CrateMetric metric, double first, double last, double capacity, double unit) {
        List<Line> lines = new ArrayList<>();
        double max = 0;
        for (CrateMetric.Series s : metric.series()) {
            List<CrateMetric.Point> points = s.points();
            double[] times = new double[points.size()];
            double[] values = new double[points.size()];
            for (int i = 0; i < times.length; i++) {
                times[i] = points.get(i).at().getEpochSecond();
                values[i] = points.get(i).value();
                max = Math.max(max, values[i]);
            }
            if (times.length > 0) {
                lines.add(new Line(shortName(s.name()), times, values));
            }
        }
        double scale = capacity > 0 ? 100 / capacity : 1 / unit;
        double top = capacity > 0 ? Math.max(100, niceCeiling(max * scale)) : niceCeiling(max * scale * 1.1);
        return new MetricPlot(lines, first, last, scale, top, capacity > 0);
    }

    /** "node 2" for an instance named like "crate-data-hot-0c4e8a12-2" (CrateDB Cloud's pods); else the name. */
    static String shortName(String name) {
        int dash = name.lastIndexOf('-');
        if (dash > 0 && dash < name.length() - 1 && name.substring(dash + 1).chars().allMatch(Character::isDigit)
                && name.length() - dash <= 4) {
            return "node " + name.substring(dash + 1);
        }
        return name;
    }

    /** 1, 2, 2.5 or 5 times a power of ten, at or above {@code v}; 1 for nothing. */
    static double niceCeiling(double v) {
        if (!(v > 0)) {
            return 1;
        }
        double power = Math.pow(10, Math.floor(Math.log10(v)));
        for (double step : new double[] {1, 2, 2.5, 5, 10}) {
            if (step * power >= v * (1 - 1e-9)) {
                return step * power;
            }
        }
        return 10 * power;
    }

    public boolean isEmpty() {
        return lines.isEmpty();
    }

    /** The period as a window showing all of it. */
    public TimeWindow period() {
        return TimeWindow.whole(first, last);
    }
}
