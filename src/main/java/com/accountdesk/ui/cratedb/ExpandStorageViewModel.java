package com.accountdesk.ui.cratedb;

import com.accountdesk.api.cratedb.CrateCloudClient;
import com.accountdesk.api.cratedb.CrateCommands;
import com.accountdesk.model.CrateCluster;
import com.accountdesk.model.CrateProject;
import com.accountdesk.model.DiskUsage;
import com.accountdesk.ui.common.Background;
import com.accountdesk.ui.common.DialogService;
import com.accountdesk.ui.common.Texts;
import com.accountdesk.ui.main.PollTimer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleIntegerProperty;

import java.time.Duration;

/**
 * Expand Storage… for one cluster: a new size a node between the current size and the product's
 * maximum (whole GiB), the monthly price now and with the new size (from the price endpoint), and
 * the reason when it cannot be done (the plan allows no custom storage, the cluster is suspended or
 * busy, already at the maximum). The change is sent once; a failure is shown, and only a refusal
 * (nothing was done) lets it be sent again. Then the operations list is looked at every
 * {@link #POLL} until the new size shows on the cluster.
 */
public final class ExpandStorageViewModel extends ClusterChange {
    static final long GIB = 1024L * 1024 * 1024;
    static final Duration POLL = ClusterOperation.POLL;

    private final PriceChange prices;
    private final IntegerProperty sizeGib = new SimpleIntegerProperty();
    private final IntegerProperty minGib = new SimpleIntegerProperty();
    private final IntegerProperty maxGib = new SimpleIntegerProperty();
    /** "From 513 to 8192 GiB: …"; the maximum only once the product has been read. */
    private final StringBinding limits = Bindings.createStringBinding(() -> maxGib.get() >= minGib.get()
            ? Texts.get("cratedb.expand.limits", minGib.get(), maxGib.get()) : Texts.get("cratedb.expand.limitsFrom", minGib.get()),
            minGib, maxGib);

    public ExpandStorageViewModel(CrateCloudClient client, Background background, DialogService dialogs, PollTimer timer,
                                  CrateCluster cluster, CrateProject project) {
        super(client, background, dialogs, timer, cluster, project, "EXPAND_STORAGE",
                CrateClustersViewModel.expandUnavailable(new CrateClustersViewModel.Row(cluster, "", null, null)));
        this.prices = new PriceChange(background);
        minGib.set((int) (cluster.diskSizePerNodeBytes() / GIB) + 1);
        sizeGib.set(minGib.get());
        sendableWhen(() -> product != null && sizeGib.get() >= minGib.get() && sizeGib.get() <= maxGib.get(), sizeGib, minGib, maxGib);
        sizeGib.addListener((obs, old, size) -> priceAfter());
    }

    /** Reads the product's limits and the price now; then the price with the chosen size. */
    @Override
    public void load() {
        readProduct(prices, () -> {
            maxGib.set((int) Math.min(Integer.MAX_VALUE, product.storageMaximumBytes() / GIB));
            if (product.storageMaximumBytes() <= cluster.diskSizePerNodeBytes()) {
                refuse(Texts.get("cratedb.expand.atMaximum", cluster.name(), DiskUsage.size(cluster.diskSizePerNodeBytes())));
            }
            priceAfter();
        });
    }



    private void priceAfter() {
        if (product == null || region() == null || !unavailable.get().isEmpty()) {
            prices.afterIs(region() == null ? Texts.get("cratedb.expand.price.unknown") : "");
            return;
        }
        long bytes = sizeGib.get() * GIB;
        prices.ask(() -> client.price(cluster.productName(), cluster.productTier(), cluster.productUnit(), region(), bytes));
    }

    /** Sends the new size once; then watches the operation until the size shows. */
    @Override
    public void send() {
        if (!canSendProperty().get()) {
            return;
        }
        long target = sizeGib.get() * GIB;
        operation.send(() -> client.expandStorage(cluster.id(), target), new ClusterOperation.Words(
                        Texts.get("cratedb.expand.progress.sending", DiskUsage.size(target)),
                        status -> Texts.get("cratedb.expand.progress.running", status),
                        now -> Texts.get("cratedb.expand.progress.done", cluster.name(), DiskUsage.size(now.diskSizePerNodeBytes())),
                        Texts.get("cratedb.expand.progress.failed", cluster.name()),
                        Texts.get("cratedb.expand.uncertain.title"), Texts.get("cratedb.expand.uncertain", cluster.name())),
                now -> now.diskSizePerNodeBytes() >= target);
    }

    /** The expansion as chosen, for croud and curl. */
    @Override
    public CrateCommands.Copy copy() {
        return new CrateCommands(client).expandStorage(cluster.id(), sizeGib.get());
    }


    // ---- properties


    public IntegerProperty sizeGibProperty() {
        return sizeGib;
    }

    public IntegerProperty minGibProperty() {
        return minGib;
    }

    public IntegerProperty maxGibProperty() {
        return maxGib;
    }


    public StringBinding limitsProperty() {
        return limits;
    }

    public ReadOnlyStringProperty priceNowProperty() {
        return prices.nowProperty();
    }

    public ReadOnlyStringProperty priceAfterProperty() {
        return prices.afterProperty();
    }






}
