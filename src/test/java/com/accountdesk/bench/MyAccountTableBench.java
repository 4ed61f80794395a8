package com.accountdesk.bench;

import com.accountdesk.api.Endpoints;
import com.accountdesk.api.HttpTransport;
import com.accountdesk.api.acm.AcmClient;
import com.accountdesk.model.ApiKey;
import com.accountdesk.model.Secret;
import com.accountdesk.keys.AcmKeys;
import com.accountdesk.ui.account.ApiAccessController;
import com.accountdesk.ui.account.ApiAccessViewModel;
import com.accountdesk.ui.keys.KeyActions;
import com.accountdesk.ui.keys.KeyWiring;
import com.accountdesk.ui.common.Background;
import com.accountdesk.ui.common.ListRefresh;
import com.accountdesk.testing.ScriptedDialogs;
import javafx.scene.Scene;
import javafx.scene.control.TableColumn;
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

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;

/**
 * The real My Account keys table (ApiAccessController and its view-model) with 10,000 keys put
 * straight into the view-model's list, on the FX thread of a shown headless window; each operation
 * is followed by a CSS and layout pass. The view-model's own reads are never run (its executor
 * drops them): this measures the table, not the network. That table has no filter; filtering is
 * measured on {@link KeysTableBench}'s stand-in.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xmx512m"})
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
public class MyAccountTableBench {
    @Param("10000")
    public int keys;

    private List<ApiKey> data;
    private ApiAccessViewModel viewModel;
    private TableView<ApiKey> table;
    private TableColumn<ApiKey, ?> expires;
    private Stage stage;
    private final Random random = new Random(42);
    private boolean descending;
    private List<ApiKey> nextData;
    private List<ApiKey> otherData;
    private boolean refreshed;
    private boolean replaced;

    /** The table alone is measured: the first read never runs. */
    private static final Background NOTHING_RUNS = new Background() {
        @Override
        public <T> void run(java.util.concurrent.Callable<T> work, javafx.beans.property.BooleanProperty busy,
                            java.util.function.Consumer<T> onSuccess, java.util.function.Consumer<Throwable> onError) {
        }
    };

    @Setup
    public void show() throws Exception {
        FxThread.start();
        data = KeysTableBench.keys(keys, new Random(7));
        nextData = new ArrayList<>(data);
        ApiKey redated = data.get(keys / 2);
        nextData.set(keys / 2, new ApiKey(redated.token(), redated.created(), redated.expires().plusSeconds(86_400)));
        otherData = KeysTableBench.keys(keys, new Random(9));
        AcmClient unused = new AcmClient(Endpoints.parseBase("http://127.0.0.1:9/api/"), Secret.of("none"), new HttpTransport());
        FxThread.call(() -> {
            viewModel = new ApiAccessViewModel(new AcmKeys(unused), new KeyActions(NOTHING_RUNS,
                    new ScriptedDialogs(), KeyWiring.fxLater(), secret -> { }, () -> 30), data.get(0).token(), Clock.systemUTC());
            ApiAccessController controller = new ApiAccessController(viewModel);
            stage = new Stage();
            stage.setScene(new Scene(controller.view(), 900, 700));
            stage.show();
            table = lookupKeyTable(stage.getScene());
            expires = table.getColumns().get(table.getColumns().size() - 1);
            viewModel.keys().setAll(data);
            return TableOps.pass(table);
        });
    }

    @SuppressWarnings("unchecked")
    private static TableView<ApiKey> lookupKeyTable(Scene scene) {
        return (TableView<ApiKey>) scene.getRoot().lookup(".key-table");
    }

    @TearDown
    public void close() throws Exception {
        FxThread.call(() -> {
            stage.close();
            return null;
        });
    }

    /** Empties the table and loads 10,000 keys into it, as opening My Account does. */
    @Benchmark
    public Object load() throws Exception {
        return FxThread.call(() -> {
            viewModel.keys().clear();
            ListRefresh.into(viewModel.keys(), data, ApiKey::token);
            return TableOps.pass(table);
        });
    }

    /**
     * A refresh of the 10,000 keys as the view-model applies one (its difference): alternately the
     * same keys with one re-dated, and the keys as they were. (A refresh that adds or removes a key
     * changes the row count, on which JavaFX's table re-binds every visible row: that costs what
     * {@link #replace()} does.)
     */
    @Benchmark
    public Object refresh() throws Exception {
        return FxThread.call(() -> {
            refreshed = !refreshed;
            ListRefresh.into(viewModel.keys(), refreshed ? nextData : data, ApiKey::token);
            return TableOps.pass(table);
        });
    }

    /** Every key replaced (a list with nothing in common with the shown one): the slowest refresh. */
    @Benchmark
    public Object replace() throws Exception {
        return FxThread.call(() -> {
            replaced = !replaced;
            ListRefresh.into(viewModel.keys(), replaced ? otherData : data, ApiKey::token);
            return TableOps.pass(table);
        });
    }

    /** Sorts by expiry, alternately up and down, as a click on the column header does. */
    @Benchmark
    public Object sort() throws Exception {
        return FxThread.call(() -> {
            descending = !descending;
            return TableOps.sort(table, expires, descending);
        });
    }

    /** Jumps to a random row, as dragging the scroll bar does. */
    @Benchmark
    public Object scroll() throws Exception {
        return FxThread.call(() -> TableOps.scrollSomewhere(table, random));
    }
}
