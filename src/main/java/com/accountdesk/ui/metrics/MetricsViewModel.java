package com.accountdesk.ui.metrics;

import com.accountdesk.api.cratedb.CrateCloudClient;
import com.accountdesk.model.CrateCluster;
import com.accountdesk.model.CrateMetric;
import com.accountdesk.model.DiskUsage;
import com.accountdesk.ui.common.Background;
import com.accountdesk.ui.common.ErrorMessages;
import com.accountdesk.ui.common.Texts;
import com.accountdesk.ui.common.TimeFormats;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * The Charts… window of a CrateDB Cloud cluster: disk, CPU and memory of each node over the last
 * hour, 24 hours or 7 days, each chart with its own state (loading, data, no data yet, error). A new
 * period asks for all three again; an answer for a period no longer chosen is dropped, so quick
 * switching never shows an older period's lines. The part of the period that shows (pan, zoom) is
 * shared by the three charts.
 */
public final class MetricsViewModel {
    private static final double GIB = 1024.0 * 1024 * 1024;

    /** The periods offered. */
    public enum Range {
        HOUR(60), DAY(24 * 60), WEEK(7 * 24 * 60);

        private final int minutes;

        Range(int minutes) {
            this.minutes = minutes;
        }

        public int minutes() {
            return minutes;
        }
    }

    /** The three charts, each one metric. */
    public enum Kind {
        DISK(CrateMetric.DISK), CPU(CrateMetric.CPU), MEMORY(CrateMetric.MEMORY);

        private final String metricId;

        Kind(String metricId) {
            this.metricId = metricId;
        }

        public String metricId() {
            return metricId;
        }
    }

    /** What a chart shows now. */
    public enum State { LOADING, DATA, EMPTY, ERROR }

    /** One chart's state, its words (for loading, no data, an error) and its lines. */
    public static final class Panel {
        private final Kind kind;
        private final ReadOnlyObjectWrapper<State> state = new ReadOnlyObjectWrapper<>(State.LOADING);
        private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(Texts.get("metrics.loading"));
        private final ReadOnlyObjectWrapper<MetricPlot> plot = new ReadOnlyObjectWrapper<>();

        Panel(Kind kind) {
            this.kind = kind;
        }

        public Kind kind() {
            return kind;
        }

        public ReadOnlyObjectProperty<State> stateProperty() {
            return state.getReadOnlyProperty();
        }

        public ReadOnlyStringProperty messageProperty() {
            return message.getReadOnlyProperty();
        }

        /** The lines shown; null while loading, with no data or after an error. */
        public ReadOnlyObjectProperty<MetricPlot> plotProperty() {
            return plot.getReadOnlyProperty();
        }

        void set(State s, String words, MetricPlot p) {
            plot.set(p);
            message.set(words);
            state.set(s);
        }
    }

    private final CrateCloudClient client;
    private final CrateCluster cluster;
    private final Background background;
    private final Clock clock;
    private final Map<Kind, Panel> panels = new EnumMap<>(Kind.class);
    private final ObjectProperty<Range> range = new SimpleObjectProperty<>(Range.DAY);
    private final ObjectProperty<TimeWindow> window = new SimpleObjectProperty<>();
    /** Bumped by every load, so an answer for an earlier period is dropped. */
    private long looks;

    public MetricsViewModel(CrateCloudClient client, CrateCluster cluster, Background background, Clock clock) {
        this.client = Objects.requireNonNull(client, "client");
        this.cluster = Objects.requireNonNull(cluster, "cluster");
        this.background = background;
        this.clock = clock;
        for (Kind k : Kind.values()) {
            panels.put(k, new Panel(k));
        }
        range.addListener((obs, old, now) -> {
            if (now != null && now != old) {
                load();
            }
        });
    }

    /** Reads the three metrics for the chosen period, now; what each chart showed gives way to "Loading…". */
    public void load() {
        long asked = ++looks;
        Range r = range.get();
        long last = clock.instant().getEpochSecond();
        long first = last - r.minutes() * 60L;
        window.set(TimeWindow.whole(first, last));
        for (Panel panel : panels.values()) {
            panel.set(State.LOADING, Texts.get("metrics.loading"), null);
            Kind kind = panel.kind();
            background.run(() -> MetricPlot.of(client.metric(cluster.id(), kind.metricId(), r.minutes()), first, last,
                    capacity(kind), unit(kind)), null, plot -> {
                        if (asked == looks) {
                            panel.set(plot.isEmpty() ? State.EMPTY : State.DATA,
                                    plot.isEmpty() ? Texts.get("metrics.empty") : "", plot.isEmpty() ? null : plot);
                        }
                    }, failure -> {
                        if (asked == looks) {
                            panel.set(State.ERROR, Texts.get("metrics.error", title(kind), ErrorMessages.describe(failure)), null);
                        }
                    });
        }
    }

    /** The node's disk, cores or memory as the cluster says; 0 when it does not. */
    double capacity(Kind kind) {
        return switch (kind) {
            case DISK -> cluster.diskSizePerNodeBytes();
            case CPU -> Double.isNaN(cluster.cpusPerNode()) ? 0 : cluster.cpusPerNode();
            case MEMORY -> cluster.memoryPerNodeBytes();
        };
    }

    private static double unit(Kind kind) {
        return kind == Kind.CPU ? 1 : GIB;
    }

    // ---- the part of the period that shows

    /** Moves the shown part by {@code share} of its length (negative: earlier). */
    public void pan(double share) {
        TimeWindow w = window.get();
        if (w != null) {
            window.set(w.pan(share * w.span()));
        }
    }

    /** {@code factor} times as long (below 1: closer) around {@code anchor} (epoch seconds). */
    public void zoom(double factor, double anchor) {
        TimeWindow w = window.get();
        if (w != null) {
            window.set(w.zoom(factor, anchor));
        }
    }

    /** The whole period again. */
    public void showAll() {
        TimeWindow w = window.get();
        if (w != null) {
            window.set(TimeWindow.whole(w.first(), w.last()));
        }
    }

    // ---- words

    public static String title(Kind kind) {
        return switch (kind) {
            case DISK -> Texts.get("metrics.disk.title");
            case CPU -> Texts.get("metrics.cpu.title");
            case MEMORY -> Texts.get("metrics.memory.title");
        };
    }

    /** The value axis' name: "% of 512 GiB a node", or the unit when the node's capacity is not known. */
    public String axisLabel(Kind kind) {
        double capacity = capacity(kind);
        if (capacity <= 0) {
            return kind == Kind.CPU ? Texts.get("metrics.axis.cores") : Texts.get("metrics.axis.gib");
        }
        return kind == Kind.CPU ? Texts.get("metrics.axis.percentOfCores", number(capacity))
                : Texts.get("metrics.axis.percentOf", DiskUsage.size((long) capacity));
    }

    /**
     * What the chart says at {@code time} (epoch seconds): the time of the nearest point (UTC) and
     * each node's value there, in percent and as read; "" with no lines.
     */
    public static String readout(Kind kind, MetricPlot plot, double time) {
        if (plot == null || plot.isEmpty()) {
            return "";
        }
        List<String> parts = new ArrayList<>();
        long at = -1;
        for (MetricPlot.Line line : plot.lines()) {
            int i = Downsampler.nearest(line.times(), time);
            if (at < 0) {
                at = (long) line.times()[i];
            }
            // One node's name and value wrap as one word: a narrow window breaks the line between nodes.
            parts.add(Texts.get("metrics.readout.node", line.name(), value(kind, plot, line.values()[i])).replace(' ', '\u00a0'));
        }
        return Texts.get("metrics.readout", TimeFormats.utc(Instant.ofEpochSecond(at)), String.join(" · ", parts));
    }

    /** "78.3 % (401 GiB)", "31.0 % (1.24 cores)", or the value alone when the capacity is not known. */
    static String value(Kind kind, MetricPlot plot, double raw) {
        String asRead = kind == Kind.CPU ? Texts.get("metrics.cores", number(raw)) : DiskUsage.size((long) raw);
        if (!plot.percent()) {
            return asRead;
        }
        return Texts.get("metrics.percent", String.format(Locale.ROOT, "%.1f", raw * plot.scale()), asRead);
    }

    private static String number(double v) {
        return v == Math.rint(v) ? String.valueOf((long) v) : String.format(Locale.ROOT, "%.2f", v);
    }

    // ---- properties

    public Panel panel(Kind kind) {
        return panels.get(kind);
    }

    public ObjectProperty<Range> rangeProperty() {
        return range;
    }

    /** The part of the period the charts show. */
    public ObjectProperty<TimeWindow> windowProperty() {
        return window;
    }

    public CrateCluster cluster() {
        return cluster;
    }
}
