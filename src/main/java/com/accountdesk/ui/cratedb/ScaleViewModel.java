package com.accountdesk.ui.cratedb;

import com.accountdesk.api.cratedb.CrateCloudClient;
import com.accountdesk.api.cratedb.CrateCommands;
import com.accountdesk.model.CrateCluster;
import com.accountdesk.model.CrateProduct;
import com.accountdesk.model.CrateProject;
import com.accountdesk.ui.common.Background;
import com.accountdesk.ui.common.DialogService;
import com.accountdesk.ui.common.Texts;
import com.accountdesk.ui.main.PollTimer;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Scale… for one cluster: a number of nodes among the product's {@code scaling} options (unit =
 * nodes − 1, from {@code GET /api/v2/products/}), the monthly price now and with that many nodes,
 * the reason when it cannot be done (suspended, busy, a product of one size). Sent once through
 * {@link ClusterOperation}, then followed until {@code num_nodes} shows the new count.
 */
public final class ScaleViewModel extends ClusterChange {
    private final PriceChange prices;
    private final ObservableList<Integer> choices = FXCollections.observableArrayList();
    private final IntegerProperty nodes = new SimpleIntegerProperty();

    public ScaleViewModel(CrateCloudClient client, Background background, DialogService dialogs, PollTimer timer,
                          CrateCluster cluster, CrateProject project) {
        super(client, background, dialogs, timer, cluster, project, "SCALE",
                CrateClustersViewModel.changeUnavailable(cluster, Texts.get("cratedb.scale.suspended", cluster.name())));
        this.prices = new PriceChange(background);
        nodes.set(cluster.numNodes());
        sendableWhen(() -> product != null && nodes.get() != cluster.numNodes() && choices.contains(nodes.get()), nodes, choices);
        nodes.addListener((obs, old, n) -> priceAfter());
    }

    /** Reads the product's scale options and the price now; then the price with the chosen count. */
    @Override
    public void load() {
        readProduct(prices, () -> {
            choices.setAll(product.scaling().stream().map(CrateProduct.Scale::nodes).distinct().sorted().toList());
            if (choices.size() <= 1) {
                refuse(Texts.get("cratedb.scale.oneSize", cluster.name(), cluster.product()));
            }
            priceAfter();
        });
    }



    /** The unit to send for {@code n} nodes: the product's own, else nodes − 1 as the description says. */
    int unitFor(int n) {
        return product == null ? n - 1 : product.scaling().stream().filter(s -> s.nodes() == n).mapToInt(CrateProduct.Scale::unit)
                .findFirst().orElse(n - 1);
    }

    private void priceAfter() {
        if (product == null || region() == null || !unavailable.get().isEmpty() || !choices.contains(nodes.get())) {
            prices.afterIs(region() == null ? Texts.get("cratedb.expand.price.unknown") : "");
            return;
        }
        int unit = unitFor(nodes.get());
        prices.ask(() -> client.price(cluster.productName(), cluster.productTier(), unit, region(), cluster.diskSizePerNodeBytes()));
    }

    /** Sends the new count once; then watches the operation until {@code num_nodes} shows it. */
    @Override
    public void send() {
        if (!canSendProperty().get()) {
            return;
        }
        int target = nodes.get();
        int unit = unitFor(target);
        operation.send(() -> client.scale(cluster.id(), unit), new ClusterOperation.Words(
                        Texts.get("cratedb.scale.progress.sending", target),
                        status -> Texts.get("cratedb.scale.progress.running", status),
                        now -> Texts.get("cratedb.scale.progress.done", cluster.name(), now.numNodes()),
                        Texts.get("cratedb.scale.progress.failed", cluster.name()),
                        Texts.get("cratedb.scale.uncertain.title"), Texts.get("cratedb.scale.uncertain", cluster.name())),
                now -> now.numNodes() == target);
    }

    /** The change as chosen, for croud and curl. */
    @Override
    public CrateCommands.Copy copy() {
        return new CrateCommands(client).scale(cluster.id(), unitFor(nodes.get()));
    }


    // ---- properties


    /** The node counts the product offers, fewest first (empty until read). */
    public ObservableList<Integer> choices() {
        return choices;
    }

    public IntegerProperty nodesProperty() {
        return nodes;
    }


    public ReadOnlyStringProperty priceNowProperty() {
        return prices.nowProperty();
    }

    public ReadOnlyStringProperty priceAfterProperty() {
        return prices.afterProperty();
    }





}
