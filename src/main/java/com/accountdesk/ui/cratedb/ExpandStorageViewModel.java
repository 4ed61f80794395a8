package com.accountdesk.ui.cratedb;

import com.accountdesk.api.ApiException;
import com.accountdesk.api.cratedb.CrateCloudClient;
import com.accountdesk.model.CrateCluster;
import com.accountdesk.model.CrateOperation;
import com.accountdesk.model.CratePrice;
import com.accountdesk.model.CrateProduct;
import com.accountdesk.model.CrateProject;
import com.accountdesk.model.DiskUsage;
import com.accountdesk.ui.common.Background;
import com.accountdesk.ui.common.DialogService;
import com.accountdesk.ui.common.ErrorMessages;
import com.accountdesk.ui.common.Texts;
import com.accountdesk.ui.main.PollTimer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;

import java.time.Duration;
import java.util.List;
import java.util.Locale;

/**
 * Expand Storage… for one cluster: a new size a node between the current size and the product's
 * maximum (whole GiB), the monthly price now and with the new size (from the price endpoint), and
 * the reason when it cannot be done (the plan allows no custom storage, the cluster is suspended or
 * busy, already at the maximum). The change is sent once; a failure is shown, and only a refusal
 * (nothing was done) lets it be sent again. Then the operations list is looked at every
 * {@link #POLL} until the new size shows on the cluster.
 */
public final class ExpandStorageViewModel {
    static final long GIB = 1024L * 1024 * 1024;
    static final Duration POLL = Duration.ofSeconds(3);

    private final CrateCloudClient client;
    private final Background background;
    private final DialogService dialogs;
    private final PollTimer timer;
    private final CrateCluster cluster;
    private final CrateProject project;
    private final IntegerProperty sizeGib = new SimpleIntegerProperty();
    private final IntegerProperty minGib = new SimpleIntegerProperty();
    private final IntegerProperty maxGib = new SimpleIntegerProperty();
    private final ReadOnlyStringWrapper unavailable = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper priceNow = new ReadOnlyStringWrapper("…");
    private final ReadOnlyStringWrapper priceAfter = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper progress = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final BooleanProperty loading = new SimpleBooleanProperty(false);
    private final BooleanProperty sending = new SimpleBooleanProperty(false);
    private final BooleanProperty pricing = new SimpleBooleanProperty(false);
    /** Sent, and not refused: it may have been done, so it is never sent again from here. */
    private final BooleanProperty sent = new SimpleBooleanProperty(false);
    private final BooleanProperty done = new SimpleBooleanProperty(false);
    private final BooleanBinding canSend;
    private CrateProduct product;
    private double nowPerMonth = Double.NaN;
    private long priceAsks;
    private long target;

    public ExpandStorageViewModel(CrateCloudClient client, Background background, DialogService dialogs, PollTimer timer,
                                  CrateCluster cluster, CrateProject project) {
        this.client = client;
        this.background = background;
        this.dialogs = dialogs;
        this.timer = timer;
        this.cluster = cluster;
        this.project = project;
        minGib.set((int) (cluster.diskSizePerNodeBytes() / GIB) + 1);
        sizeGib.set(minGib.get());
        canSend = Bindings.createBooleanBinding(() -> unavailable.get().isEmpty() && product != null && !loading.get()
                        && !sending.get() && !sent.get() && sizeGib.get() >= minGib.get() && sizeGib.get() <= maxGib.get(),
                unavailable, loading, sending, sent, sizeGib, minGib, maxGib);
        sizeGib.addListener((obs, old, size) -> priceAfter());
        String why = CrateClustersViewModel.expandUnavailable(new CrateClustersViewModel.Row(cluster, "", null, null));
        unavailable.set(why == null ? "" : why);
    }

    /** Reads the product's limits and the price now; then the price with the chosen size. */
    public void load() {
        error.set("");
        background.run(() -> {
            CrateProduct p = client.products().stream().filter(x -> x.is(cluster.productName(), cluster.productTier()))
                    .findFirst().orElse(null);
            CratePrice now = p == null || region() == null ? null : client.price(cluster.productName(), cluster.productTier(),
                    cluster.productUnit(), region(), cluster.diskSizePerNodeBytes());
            return new Object[] {p, now};
        }, loading, found -> {
            product = (CrateProduct) found[0];
            CratePrice now = (CratePrice) found[1];
            if (product == null) {
                refuse(Texts.get("cratedb.expand.noProduct", cluster.product()));
                return;
            }
            maxGib.set((int) Math.min(Integer.MAX_VALUE, product.storageMaximumBytes() / GIB));
            if (product.storageMaximumBytes() <= cluster.diskSizePerNodeBytes()) {
                refuse(Texts.get("cratedb.expand.atMaximum", cluster.name(), DiskUsage.size(cluster.diskSizePerNodeBytes())));
            }
            nowPerMonth = now == null ? Double.NaN : now.totalPerMonth();
            priceNow.set(money(nowPerMonth));
            priceAfter();
        }, failure -> error.set(ErrorMessages.describe(failure)));
    }

    private void refuse(String why) {
        if (unavailable.get().isEmpty()) {
            unavailable.set(why);
        }
    }

    private String region() {
        return project == null || project.region().isEmpty() ? null : project.region();
    }

    private void priceAfter() {
        if (product == null || region() == null || !unavailable.get().isEmpty()) {
            priceAfter.set(region() == null ? Texts.get("cratedb.expand.price.unknown") : "");
            return;
        }
        long asked = ++priceAsks;
        long bytes = sizeGib.get() * GIB;
        priceAfter.set("…");
        background.run(() -> client.price(cluster.productName(), cluster.productTier(), cluster.productUnit(), region(), bytes),
                pricing, price -> {
                    if (asked == priceAsks) {
                        double after = price.totalPerMonth();
                        priceAfter.set(Double.isNaN(nowPerMonth) || Double.isNaN(after) ? money(after)
                                : Texts.get("cratedb.expand.price.change", money(after), signedMoney(after - nowPerMonth)));
                    }
                }, failure -> {
                    if (asked == priceAsks) {
                        priceAfter.set(Texts.get("cratedb.expand.price.failed", ErrorMessages.describe(failure)));
                    }
                });
    }

    static String money(double perMonth) {
        return Double.isNaN(perMonth) ? Texts.get("cratedb.expand.price.unknown")
                : Texts.get("cratedb.expand.price.month", String.format(Locale.ROOT, "$%,.2f", perMonth));
    }

    private static String signedMoney(double delta) {
        return (delta < 0 ? "−" : "+") + String.format(Locale.ROOT, "$%,.2f", Math.abs(delta));
    }

    /** Sends the new size once; then watches the operation until the size shows. */
    public void send() {
        if (!canSend.get()) {
            return;
        }
        target = sizeGib.get() * GIB;
        sent.set(true);
        error.set("");
        progress.set(Texts.get("cratedb.expand.progress.sending", DiskUsage.size(target)));
        background.run(() -> client.expandStorage(cluster.id(), target), sending, answer -> {
            progress.set(Texts.get("cratedb.expand.progress.sent"));
            timer.schedule(POLL, this::look);
        }, failure -> {
            progress.set("");
            error.set(ErrorMessages.describe(failure));
            if (failure instanceof ApiException api && refused(api.kind())) {
                sent.set(false); // the service said no: nothing was done, so it may be asked again
            } else {
                dialogs.error(Texts.get("cratedb.expand.uncertain.title"), Texts.get("cratedb.expand.uncertain", cluster.name()));
            }
        });
    }

    private static boolean refused(ApiException.Kind kind) {
        return kind == ApiException.Kind.INVALID_INPUT || kind == ApiException.Kind.FORBIDDEN
                || kind == ApiException.Kind.CONFLICT || kind == ApiException.Kind.BUSY || kind == ApiException.Kind.NOT_FOUND
                || kind == ApiException.Kind.UNAUTHORIZED;
    }

    private void look() {
        background.run(() -> new Look(client.operations(cluster.id()), client.cluster(cluster.id())), null, look -> {
            if (look.cluster().diskSizePerNodeBytes() >= target) {
                done.set(true);
                progress.set(Texts.get("cratedb.expand.progress.done", cluster.name(), DiskUsage.size(look.cluster().diskSizePerNodeBytes())));
                return;
            }
            CrateOperation op = look.operations().stream().filter(o -> o.type().equals("EXPAND_STORAGE")).findFirst().orElse(null);
            if (op != null && op.failed()) {
                progress.set("");
                error.set(Texts.get("cratedb.expand.progress.failed", cluster.name()));
                return;
            }
            progress.set(Texts.get("cratedb.expand.progress.running", op == null ? "SENT" : op.status()));
            timer.schedule(POLL, this::look);
        }, failure -> {
            // A look that failed is only a look: the next one may see it.
            progress.set(Texts.get("cratedb.expand.progress.lookFailed", ErrorMessages.describe(failure)));
            timer.schedule(POLL, this::look);
        });
    }

    private record Look(List<CrateOperation> operations, CrateCluster cluster) {
    }

    /** Stops watching (the dialog closed); the operation goes on at the service. */
    public void close() {
        timer.cancel();
    }

    // ---- properties

    public CrateCluster cluster() {
        return cluster;
    }

    public IntegerProperty sizeGibProperty() {
        return sizeGib;
    }

    public IntegerProperty minGibProperty() {
        return minGib;
    }

    public IntegerProperty maxGibProperty() {
        return maxGib;
    }

    public ReadOnlyStringProperty unavailableProperty() {
        return unavailable.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty priceNowProperty() {
        return priceNow.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty priceAfterProperty() {
        return priceAfter.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public BooleanBinding canSendProperty() {
        return canSend;
    }

    public BooleanProperty sendingProperty() {
        return sending;
    }

    public BooleanProperty doneProperty() {
        return done;
    }

    public BooleanProperty loadingProperty() {
        return loading;
    }
}
