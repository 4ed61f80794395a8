package com.accountdesk.ui.settings;

import com.accountdesk.io.Settings;
import com.accountdesk.session.DiskThresholds;
import com.accountdesk.ui.common.Texts;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleIntegerProperty;

/**
 * The Settings window's "Disk gauges": the percent at which a CrateDB cluster's disk gauge turns
 * amber and red (red also is where the reminder and {@code account-desk status} report it). A pair
 * that keeps the rule (1–99, amber below red) is saved at once; one that breaks it says why and is
 * not saved, and what was typed stays.
 */
public final class DiskThresholdsViewModel {
    private final Settings settings;
    private final IntegerProperty amber = new SimpleIntegerProperty();
    private final IntegerProperty red = new SimpleIntegerProperty();
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");

    public DiskThresholdsViewModel(Settings settings) {
        this.settings = settings;
        DiskThresholds.Levels now = DiskThresholds.of(settings);
        amber.set(now.amberPercent());
        red.set(now.redPercent());
        amber.addListener((obs, old, v) -> changed());
        red.addListener((obs, old, v) -> changed());
    }

    private void changed() {
        DiskThresholds.Problem p = DiskThresholds.problem(amber.get(), red.get());
        problem.set(p == null ? "" : switch (p) {
            case AMBER_OUT_OF_RANGE -> Texts.get("settings.disk.amberRange", DiskThresholds.MIN_PERCENT, DiskThresholds.MAX_PERCENT);
            case RED_OUT_OF_RANGE -> Texts.get("settings.disk.redRange", DiskThresholds.MIN_PERCENT, DiskThresholds.MAX_PERCENT);
            case AMBER_NOT_BELOW_RED -> Texts.get("settings.disk.order", amber.get(), red.get());
        });
        if (p == null) {
            DiskThresholds.save(settings, amber.get(), red.get());
        }
    }

    /** The percent at which the gauge turns amber. */
    public IntegerProperty amberProperty() {
        return amber;
    }

    /** The percent at which the gauge turns red and the cluster is reported. */
    public IntegerProperty redProperty() {
        return red;
    }

    /** Why the pair is not saved, or "". */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }
}
