package com.accountdesk.bench;

import com.accountdesk.app.StartupProbe;
import com.accountdesk.model.ApiKey;
import com.accountdesk.model.Secret;
import javafx.scene.Scene;
import javafx.scene.control.TableColumn;
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

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;

/**
 * The keys table with 10,000 keys, on the FX thread of a shown (headless) window: each operation is
 * followed by the CSS and layout pass of a pulse, which is where cells are made and filled; the
 * drawing itself is not included. The peak resident memory of the run is written to
 * {@code -Dbench.table.rss=FILE} at the end.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xmx512m"})
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
public class KeysTableBench {
    @Param("10000")
    public int keys;

    /** "as-built": the table as ui/account makes it; "tuned": with the fixes the benchmark led to. */
    @Param({"as-built", "tuned"})
    public String table;

    private List<ApiKey> data;
    private KeysTable view;
    private Stage stage;
    private final Random random = new Random(42);
    private boolean descending;
    private boolean filtered;

    @Setup
    public void show() throws Exception {
        FxThread.start();
        data = keys(keys, new Random(7));
        FxThread.call(() -> {
            view = new KeysTable("tuned".equals(table));
            stage = new Stage();
            stage.setScene(new Scene(view.view(), 900, 600));
            stage.show();
            view.load(data);
            return pulse();
        });
    }

    @TearDown
    public void close() throws Exception {
        FxThread.call(() -> {
            stage.close();
            return null;
        });
        String out = System.getProperty("bench.table.rss");
        if (out != null) {
            Files.writeString(Path.of(out), String.valueOf(StartupProbe.peakRssKb().orElse(-1)));
        }
    }

    /** Replaces the table's contents with 10,000 keys. */
    @Benchmark
    public Object load() throws Exception {
        return FxThread.call(() -> {
            view.load(data);
            return pulse();
        });
    }

    /** Sorts by expiry, alternately up and down. */
    @Benchmark
    public Object sort() throws Exception {
        return FxThread.call(() -> {
            descending = !descending;
            view.sortByExpiry(descending ? TableColumn.SortType.DESCENDING : TableColumn.SortType.ASCENDING);
            return pulse();
        });
    }

    /** Types a filter, alternately on and off (about a tenth of the keys match it). */
    @Benchmark
    public Object filter() throws Exception {
        return FxThread.call(() -> {
            filtered = !filtered;
            view.filter(filtered ? "7" : "");
            return pulse();
        });
    }

    /** Jumps to a random row, as dragging the scroll bar does. */
    @Benchmark
    public Object scroll() throws Exception {
        return FxThread.call(() -> {
            view.scrollTo(random.nextInt(view.rowCount()));
            return pulse();
        });
    }

    /** The CSS and layout pass a pulse makes; returns the number of rows shown. */
    private int pulse() {
        stage.getScene().getRoot().applyCss();
        stage.getScene().getRoot().layout();
        return view.rowCount();
    }

    /** Keys like the sandbox's: random tokens, created over the last two years, expiring over the next. */
    static List<ApiKey> keys(int count, Random random) {
        Instant now = Instant.parse("2026-01-01T00:00:00Z");
        List<ApiKey> list = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            String token = Long.toHexString(random.nextLong()) + Long.toHexString(random.nextLong());
            Instant created = now.minusSeconds(random.nextInt(2 * 365 * 86400));
            Instant expires = now.plusSeconds(random.nextInt(365 * 86400) - 30 * 86400);
            list.add(new ApiKey(Secret.of(token), created, expires));
        }
        return list;
    }
}
