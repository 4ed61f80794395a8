package com.accountdesk.ui.cratedb;

import com.accountdesk.api.cratedb.CrateCloudClient;
import com.accountdesk.api.cratedb.CrateCommands;
import com.accountdesk.model.CrateCluster;
import com.accountdesk.model.CratePrice;
import com.accountdesk.model.CrateProduct;
import com.accountdesk.model.CrateProject;
import com.accountdesk.ui.common.Background;
import com.accountdesk.ui.common.DialogService;
import com.accountdesk.ui.common.ErrorMessages;
import com.accountdesk.ui.common.Texts;
import com.accountdesk.ui.main.PollTimer;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * What the view-models of Expand Storage…, Scale… and Upgrade… share: the cluster, its one
 * {@link ClusterOperation}, the reason it cannot be done (the first one found is kept), the read of
 * what it offers, and when it may be sent (nothing in the way, not reading, not sent yet, and what
 * the change itself needs). Each says what it offers, what it sends and what "done" looks like.
 */
public abstract class ClusterChange {
    protected final CrateCloudClient client;
    protected final Background background;
    protected final CrateCluster cluster;
    /** The cluster's project, which says its region (for prices); null where the change has no price. */
    protected final CrateProject project;
    protected final ClusterOperation operation;
    protected final ReadOnlyStringWrapper unavailable = new ReadOnlyStringWrapper("");
    protected final BooleanProperty loading = new SimpleBooleanProperty(false);
    /** The last read of what the change offers failed: the dialog offers to read again. */
    private final BooleanProperty readFailed = new SimpleBooleanProperty(false);
    /** The cluster's product, once read by {@link #readProduct}; null before, or when the service does not list it. */
    protected CrateProduct product;
    private BooleanBinding canSend;

    private record ProductNow(CrateProduct product, CratePrice price) {
    }

    /**
     * @param type    the operation's type on the operations list: EXPAND_STORAGE, SCALE, UPGRADE
     * @param whyNot  why it cannot be done at all as the cluster is now, or null
     */
    protected ClusterChange(CrateCloudClient client, Background background, DialogService dialogs, PollTimer timer,
                            CrateCluster cluster, CrateProject project, String type, String whyNot) {
        this.client = client;
        this.background = background;
        this.cluster = cluster;
        this.project = project;
        this.operation = new ClusterOperation(client, background, dialogs, timer, cluster, type);
        unavailable.set(whyNot == null ? "" : whyNot);
    }

    /** Sendable when nothing is in the way and {@code alsoNeeded} holds; called once, by the constructor of the change. */
    protected final void sendableWhen(Callable<Boolean> alsoNeeded, Observable... itsInputs) {
        List<Observable> inputs = new ArrayList<>(List.of(unavailable, loading, operation.sendingProperty(), operation.sentProperty()));
        inputs.addAll(List.of(itsInputs));
        canSend = Bindings.createBooleanBinding(() -> unavailable.get().isEmpty() && !loading.get()
                && !operation.sendingProperty().get() && !operation.sentProperty().get() && alsoNeeded.call(),
                inputs.toArray(Observable[]::new));
    }

    /** Reads what the change offers (limits, choices, prices); again after a failed read. */
    public abstract void load();

    /** Sends the change as chosen, once. */
    public abstract void send();

    /** The change as chosen, for croud and curl. */
    public abstract CrateCommands.Copy copy();

    /** Starts a read: no error from the last one stands. */
    protected final void reading() {
        readFailed.set(false);
        operation.sayError("");
    }

    /** The read failed: why, and the offer to read again. */
    protected final void readFailed(Throwable failure) {
        operation.sayError(ErrorMessages.describe(failure));
        readFailed.set(true);
    }

    /**
     * Reads the cluster's product and its monthly price now (when the region is known), gives the
     * price to {@code prices}, then runs {@code then} on the FX thread; a product the service does not
     * list is the reason it cannot be done.
     */
    protected final void readProduct(PriceChange prices, Runnable then) {
        reading();
        background.run(() -> {
            CrateProduct p = client.products().stream().filter(x -> x.is(cluster.productName(), cluster.productTier()))
                    .findFirst().orElse(null);
            CratePrice now = p == null || region() == null ? null : client.price(cluster.productName(), cluster.productTier(),
                    cluster.productUnit(), region(), cluster.diskSizePerNodeBytes());
            return new ProductNow(p, now);
        }, loading, found -> {
            product = found.product();
            if (product == null) {
                refuse(Texts.get("cratedb.expand.noProduct", cluster.product()));
                return;
            }
            prices.now(found.price());
            then.run();
        }, failure -> {
            prices.now(null); // not known, rather than "…" as if still asking
            readFailed(failure);
        });
    }

    /** Keeps the first reason it cannot be done. */
    protected final void refuse(String why) {
        if (unavailable.get().isEmpty()) {
            unavailable.set(why);
        }
    }

    /** The region prices are asked for: the project's; null when it is not known. */
    protected final String region() {
        return project == null || project.region().isEmpty() ? null : project.region();
    }

    /** Stops watching (the dialog closed); the operation goes on at the service. */
    public void close() {
        operation.close();
    }

    public CrateCluster cluster() {
        return cluster;
    }

    public ReadOnlyStringProperty unavailableProperty() {
        return unavailable.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty progressProperty() {
        return operation.progressProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return operation.errorProperty();
    }

    public BooleanBinding canSendProperty() {
        return canSend;
    }

    public BooleanProperty sendingProperty() {
        return operation.sendingProperty();
    }

    public BooleanProperty doneProperty() {
        return operation.doneProperty();
    }

    public BooleanProperty loadingProperty() {
        return loading;
    }

    public ReadOnlyBooleanProperty readFailedProperty() {
        return readFailed;
    }
}
