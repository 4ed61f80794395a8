package com.accountdesk.ui.launch;

import com.accountdesk.model.ClusterRules;
import com.accountdesk.model.Keeper;
import com.accountdesk.model.LaunchOptionRules;
import com.accountdesk.ui.common.Texts;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.ObservableList;

import java.util.List;
import java.util.Objects;

import static com.accountdesk.ui.launch.LaunchDraft.whole;
import static com.accountdesk.ui.launch.RuleTexts.say;
import static com.accountdesk.ui.launch.RuleTexts.words;

/** Page 5: coordination (a new ZooKeeper, an existing Keeper, or none) and the availability zones. */
public final class HighAvailabilityPageViewModel {
    private final LaunchDraft draft;
    private final EnvironmentOptions options;
    private final StringBinding zookeeperWarning;

    HighAvailabilityPageViewModel(LaunchDraft draft, EnvironmentOptions options) {
        this.draft = Objects.requireNonNull(draft, "draft");
        this.options = Objects.requireNonNull(options, "options");
        BooleanProperty zookeeperLaunch = draft.zookeeperLaunch.value();
        draft.zookeeperTag.rules(() -> zookeeperLaunch.get()
                ? say(ClusterRules.zookeeperTag(draft.zookeeperTag.value().get())) : null, zookeeperLaunch);
        draft.zookeeperSize.rules(() -> zookeeperLaunch.get()
                ? say(ClusterRules.zookeeperSize(draft.zookeeperSize.value().get())) : null, zookeeperLaunch);
        draft.keeperName.rules(this::keeperProblem, draft.useKeeper, options.keepers().stateProperty());
        draft.zones.rules(() -> words(LaunchOptionRules.zones(draft.chosenZones,
                options.zones().stateProperty().get() == OptionList.State.LOADED ? options.zones().items() : List.of())),
                options.zones().stateProperty());
        // One coordination choice: a new ZooKeeper, an existing Keeper, or none.
        draft.useKeeper.addListener((obs, was, now) -> {
            if (now) {
                zookeeperLaunch.set(false);
            }
        });
        zookeeperLaunch.addListener((obs, was, now) -> {
            if (now) {
                draft.useKeeper.set(false);
            }
        });
        StringProperty replicas = draft.replicas.value();
        zookeeperWarning = Bindings.createStringBinding(() -> {
            Integer r = whole(replicas.get());
            return !zookeeperLaunch.get() && !draft.useKeeper.get() && r != null && r > 1
                    ? Texts.get("launch.zookeeperNeeded", String.valueOf(r)) : "";
        }, zookeeperLaunch, draft.useKeeper, replicas);
    }

    private String keeperProblem() {
        if (!draft.useKeeper.get()) {
            return null;
        }
        OptionList.State st = options.keepers().stateProperty().get();
        List<String> known = st == OptionList.State.LOADED || st == OptionList.State.EMPTY
                ? options.keepers().items().stream().map(Keeper::name).toList() : null;
        return words(LaunchOptionRules.keeper(draft.keeperName.value().get().trim(), false, known));
    }

    /** The field's problem as the page shows it (see {@link ValidatedField#shownError()}). */
    public StringBinding shownError(LaunchField field) {
        return draft.field(field).shownError();
    }

    public BooleanProperty zookeeperLaunchProperty() {
        return draft.zookeeperLaunch.value();
    }

    public StringProperty zookeeperTagProperty() {
        return draft.zookeeperTag.value();
    }

    public StringProperty zookeeperSizeProperty() {
        return draft.zookeeperSize.value();
    }

    /** A warning (not a refusal): several replicas without any coordination. */
    public StringBinding zookeeperWarning() {
        return zookeeperWarning;
    }

    /** True: use the existing Keeper {@link #keeperNameProperty()} instead of a new ZooKeeper. */
    public BooleanProperty useKeeperProperty() {
        return draft.useKeeper;
    }

    public StringProperty keeperNameProperty() {
        return draft.keeperName.value();
    }

    public OptionList<Keeper> keepers() {
        return options.keepers();
    }

    public OptionList<String> zones() {
        return options.zones();
    }

    /** The zones chosen among {@link #zones()}; none: the environment places the nodes. */
    public ObservableList<String> chosenZones() {
        return draft.chosenZones;
    }
}
