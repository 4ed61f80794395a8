package com.accountdesk.bench;

import com.accountdesk.api.Endpoints;
import com.accountdesk.api.HttpTransport;
import com.accountdesk.api.cratedb.CrateCloudClient;
import com.accountdesk.model.CrateCluster;
import com.accountdesk.model.DiskUsage;
import com.accountdesk.model.Secret;
import com.accountdesk.testing.ScriptedDialogs;
import com.accountdesk.ui.common.Background;
import com.accountdesk.ui.common.ListRefresh;
import com.accountdesk.ui.cratedb.CrateClustersController;
import com.accountdesk.ui.cratedb.CrateClustersViewModel;
import javafx.scene.Scene;
import javafx.scene.control.TableView;
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
 * The real CrateDB Clusters tab (controller, view-model, disk gauges) with 500 clusters put into
 * the view-model's rows as its refresh does, on the FX thread of a shown headless window; each
 * operation is followed by a CSS and layout pass. The view-model's own reads never run.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xmx512m"})
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
public class CrateClustersTableBench {
    private static final long GIB = 1024L * 1024 * 1024;

    @Param("500")
    public int clusters;

    private List<CrateClustersViewModel.Row> rows;
    private List<CrateClustersViewModel.Row> nextRows;
    private CrateClustersViewModel viewModel;
    private TableView<CrateClustersViewModel.Row> table;
    private Stage stage;
    private final Random random = new Random(42);
    private boolean refreshed;
    private boolean descending;

    private static final Background NOTHING_RUNS = new Background() {
        @Override
        public <T> void run(java.util.concurrent.Callable<T> work, javafx.beans.property.BooleanProperty busy,
                            java.util.function.Consumer<T> onSuccess, java.util.function.Consumer<Throwable> onError) {
        }
    };

    static List<CrateClustersViewModel.Row> rows(int count, Random random) {
        List<CrateClustersViewModel.Row> list = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            long size = (64L << random.nextInt(4)) * GIB;
            CrateCluster c = new CrateCluster("c-" + i, "cluster-" + i, "p-" + (i % 7), "5.9." + random.nextInt(5), 1 + random.nextInt(5),
                    "cr" + (1 + random.nextInt(3)), "default", random.nextInt(4), size, 2, 8 * GIB, "GREEN", "", true, true, false);
            list.add(new CrateClustersViewModel.Row(c, "project " + (i % 7), new DiskUsage((long) (size * random.nextDouble()), size), null));
        }
        return list;
    }

    @Setup
    public void show() throws Exception {
        FxThread.start();
        rows = rows(clusters, new Random(7));
        nextRows = new ArrayList<>(rows);
        CrateClustersViewModel.Row fuller = rows.get(clusters / 2);
        nextRows.set(clusters / 2, new CrateClustersViewModel.Row(fuller.cluster(), fuller.project(),
                new DiskUsage(Math.min(fuller.disk().sizeBytes(), fuller.disk().usedBytes() + GIB), fuller.disk().sizeBytes()), null));
        CrateCloudClient unused = new CrateCloudClient(Endpoints.parseBase("http://127.0.0.1:9/"), "none", Secret.of("none"), null,
                new HttpTransport());
        FxThread.call(() -> {
            viewModel = new CrateClustersViewModel(unused, NOTHING_RUNS, new ScriptedDialogs());
            CrateClustersController controller = new CrateClustersController(viewModel, row -> { });
            stage = new Stage();
            stage.setScene(new Scene(controller.view(), 900, 700));
            stage.show();
            table = lookupTable(stage.getScene());
            ListRefresh.into(viewModel.rows(), rows, row -> row.cluster().id());
            return TableOps.pass(table);
        });
    }

    @SuppressWarnings("unchecked")
    private static TableView<CrateClustersViewModel.Row> lookupTable(Scene scene) {
        return (TableView<CrateClustersViewModel.Row>) scene.getRoot().lookup("#clustersTable");
    }

    @TearDown
    public void close() throws Exception {
        FxThread.call(() -> {
            stage.close();
            return null;
        });
    }

    /** Empties the table and lists 500 clusters in it, as opening the tab does. */
    @Benchmark
    public Object load() throws Exception {
        return FxThread.call(() -> {
            viewModel.rows().clear();
            ListRefresh.into(viewModel.rows(), rows, row -> row.cluster().id());
            return TableOps.pass(table);
        });
    }

    /** A refresh with one cluster's disk fuller, as the view-model applies it (its difference). */
    @Benchmark
    public Object refresh() throws Exception {
        return FxThread.call(() -> {
            refreshed = !refreshed;
            ListRefresh.into(viewModel.rows(), refreshed ? nextRows : rows, row -> row.cluster().id());
            return TableOps.pass(table);
        });
    }

    /** Sorts by name, alternately up and down, as a click on the column header does. */
    @Benchmark
    public Object sort() throws Exception {
        return FxThread.call(() -> {
            descending = !descending;
            return TableOps.sort(table, table.getColumns().get(0), descending);
        });
    }

    /** Jumps to a random row, as dragging the scroll bar does. */
    @Benchmark
    public Object scroll() throws Exception {
        return FxThread.call(() -> TableOps.scrollSomewhere(table, random));
    }
}
