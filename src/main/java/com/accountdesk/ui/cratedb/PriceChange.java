package com.accountdesk.ui.cratedb;

import com.accountdesk.model.CratePrice;
import com.accountdesk.ui.common.Background;
import com.accountdesk.ui.common.ErrorMessages;
import com.accountdesk.ui.common.Texts;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;

import java.util.Locale;
import java.util.concurrent.Callable;

/**
 * A cluster's monthly price now and after a change (from {@code GET /api/v2/products/clusters/price}),
 * as Expand Storage… and Scale… show it: "$1,234.56 a month" and "$1,500.00 a month (+$265.44)". Only
 * the answer to the latest question is shown, so a slow answer never overwrites a newer choice.
 */
final class PriceChange {
    private final Background background;
    private final ReadOnlyStringWrapper now = new ReadOnlyStringWrapper("…");
    private final ReadOnlyStringWrapper after = new ReadOnlyStringWrapper("");
    private final BooleanProperty pricing = new SimpleBooleanProperty(false);
    private double nowPerMonth = Double.NaN;
    private long asks;

    PriceChange(Background background) {
        this.background = background;
    }

    /** The price now, as read (null: not known). */
    void now(CratePrice price) {
        nowPerMonth = price == null ? Double.NaN : price.totalPerMonth();
        now.set(money(nowPerMonth));
    }

    /** Asks the price after the change; {@code price} runs in the background. */
    void ask(Callable<CratePrice> price) {
        long asked = ++asks;
        after.set("…");
        background.run(price, pricing, p -> {
            if (asked == asks) {
                double a = p.totalPerMonth();
                after.set(Double.isNaN(nowPerMonth) || Double.isNaN(a) ? money(a)
                        : Texts.get("cratedb.expand.price.change", money(a), signedMoney(a - nowPerMonth)));
            }
        }, failure -> {
            if (asked == asks) {
                after.set(Texts.get("cratedb.expand.price.failed", ErrorMessages.describe(failure)));
            }
        });
    }

    /** Shows {@code text} instead of a price after (why there is none); a question still out is forgotten. */
    void afterIs(String text) {
        asks++;
        after.set(text);
    }

    static String money(double perMonth) {
        return Double.isNaN(perMonth) ? Texts.get("cratedb.expand.price.unknown")
                : Texts.get("cratedb.expand.price.month", String.format(Locale.ROOT, "$%,.2f", perMonth));
    }

    private static String signedMoney(double delta) {
        return (delta < 0 ? "−" : "+") + String.format(Locale.ROOT, "$%,.2f", Math.abs(delta));
    }

    ReadOnlyStringProperty nowProperty() {
        return now.getReadOnlyProperty();
    }

    ReadOnlyStringProperty afterProperty() {
        return after.getReadOnlyProperty();
    }
}
