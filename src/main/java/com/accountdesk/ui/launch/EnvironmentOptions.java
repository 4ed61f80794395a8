package com.accountdesk.ui.launch;

import com.accountdesk.api.acm.AcmClient;
import com.accountdesk.model.ClickHouseVersion;
import com.accountdesk.model.Environment;
import com.accountdesk.model.Keeper;
import com.accountdesk.model.LaunchOptionRules;
import com.accountdesk.model.LaunchValidity;
import com.accountdesk.model.NodeType;
import com.accountdesk.ui.common.Background;
import com.accountdesk.ui.common.ErrorMessages;
import com.accountdesk.ui.common.Texts;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableSet;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * What the chosen environment offers the wizard (node types, storage classes, versions, Keepers,
 * zones, the names already taken) and the pre-flight asking whether it will take a launch. All read
 * again whenever the environment changes; a choice made from them for the user is not input of theirs.
 */
public final class EnvironmentOptions {
    private final LaunchDraft draft;
    private final AcmClient client;
    private final Background background;
    private final OptionList<NodeType> nodeTypes;
    private final OptionList<ClickHouseVersion> versions;
    private final OptionList<Keeper> keepers;
    private final OptionList<String> zones;
    private final ObservableList<String> storageClasses = FXCollections.observableArrayList();
    private final ObservableSet<String> existingNames = FXCollections.observableSet();
    private final ObjectProperty<LaunchValidity> preflight = new SimpleObjectProperty<>();
    private final BooleanProperty preflightChecking = new SimpleBooleanProperty(false);
    private final BooleanBinding preflightAllows = Bindings.createBooleanBinding(() -> !preflightChecking.get()
            && (preflight.get() == null || preflight.get().verdict() != LaunchValidity.Verdict.REFUSED),
            preflight, preflightChecking);

    EnvironmentOptions(LaunchDraft draft, AcmClient client, Background background) {
        this.draft = Objects.requireNonNull(draft, "draft");
        this.client = Objects.requireNonNull(client, "client");
        this.background = Objects.requireNonNull(background, "background");
        nodeTypes = new OptionList<>(background);
        versions = new OptionList<>(background);
        keepers = new OptionList<>(background);
        zones = new OptionList<>(background);
    }

    /** From now on, a change of environment reads everything it offers again. */
    void followEnvironment() {
        environment().addListener((obs, old, now) -> {
            loadClusterNames(now);
            preflight.set(null);
            loadEnvironmentOptions();
        });
    }

    private ObjectProperty<Environment> environment() {
        return draft.environment.value();
    }

    /** The names taken in the chosen environment, so a duplicate is refused as it is typed. */
    private void loadClusterNames(Environment env) {
        existingNames.clear();
        if (env == null) {
            return;
        }
        background.run(() -> client.clusters(env.id()), null, list -> {
            if (env.equals(environment().get())) {
                existingNames.clear();
                list.forEach(c -> existingNames.add(c.name()));
            }
        }, failure -> { }); // the server refuses a duplicate anyway; this is only a head start
    }

    /** Reads everything the chosen environment offers: node types, versions, Keepers and zones. */
    public void loadEnvironmentOptions() {
        loadNodeTypes();
        loadVersions();
        loadKeepers();
        loadZones();
    }

    /**
     * Reads the chosen environment's node types ({@code GET /environment/{environment}/nodetypes}) in
     * the background. When they come and the node type is not one of them, the first is chosen
     * (so an AWS environment is not offered a GCP type); a list that cannot be read leaves the
     * field as free text, with a warning.
     */
    public void loadNodeTypes() {
        Environment env = environment().get();
        storageClasses.clear();
        draft.chooseForUser(() -> draft.storageClass.value().set("")); // another environment's classes are not this one's
        if (env == null) {
            nodeTypes.clear();
            return;
        }
        String asked = draft.nodeType.value().get();
        nodeTypes.load(() -> client.nodeTypes(env.id()), new OptionList.Words(
                Texts.get("launch.nodeTypes.loading", env.name()), Texts.get("launch.nodeTypes.empty", env.name()),
                why -> Texts.get("launch.nodeTypes.failed", why)), list -> {
                    // Only a value the user has not changed since asking is replaced: a late list never overwrites typing.
                    if (draft.nodeType.value().get().equals(asked) && list.stream().noneMatch(t -> t.code().equals(asked))) {
                        draft.chooseForUser(() -> draft.nodeType.value().set(list.get(0).code()));
                    }
                    offerStorageClasses(list);
                });
    }

    /**
     * The environment's ClickHouse versions ({@code GET /cloud/{environment}/options?type=versions}),
     * grouped by build stream (server order within a stream). Empty stays the environment's default;
     * a list that cannot be read leaves the field as free text, with a warning.
     */
    public void loadVersions() {
        Environment env = environment().get();
        if (env == null) {
            versions.clear();
            return;
        }
        versions.load(() -> grouped(client.versions(env.id(), env.type())), versionWords(env), list -> { });
    }

    /**
     * An environment's versions as the wizard lists them (grouped by stream, with the same states),
     * loading in the background from the moment this is called: for a dialog outside the wizard.
     */
    public static OptionList<ClickHouseVersion> versionsOf(AcmClient client, Background background, Environment env) {
        OptionList<ClickHouseVersion> list = new OptionList<>(background);
        list.load(() -> grouped(client.versions(env.id(), env.type())), versionWords(env), loaded -> { });
        return list;
    }

    private static OptionList.Words versionWords(Environment env) {
        return new OptionList.Words(Texts.get("launch.versions.loading", env.name()), Texts.get("launch.versions.empty", env.name()),
                why -> Texts.get("launch.versions.failed", why));
    }

    private static List<ClickHouseVersion> grouped(List<ClickHouseVersion> list) {
        return list.stream().sorted(Comparator.comparing(ClickHouseVersion::stream)).toList();
    }

    /**
     * The environment's ClickHouse Keepers ({@code GET /environment/{environment}/keepers}). The first
     * is proposed when none was typed; none listed means only a new ZooKeeper (or none) is offered;
     * a list that cannot be read leaves the Keeper's name as free text, with a warning.
     */
    public void loadKeepers() {
        Environment env = environment().get();
        if (env == null) {
            keepers.clear();
            return;
        }
        keepers.load(() -> client.keepers(env.id()), new OptionList.Words(
                Texts.get("launch.keepers.loading", env.name()), Texts.get("launch.keepers.empty", env.name()),
                why -> Texts.get("launch.keepers.failed", why)), list -> {
                    if (list.stream().noneMatch(k -> k.name().equals(draft.keeperName.value().get().trim()))) {
                        draft.chooseForUser(() -> draft.keeperName.value().set(list.get(0).name()));
                    }
                });
    }

    /** The availability zones the environment lists ({@code ?type=zones}); a list that cannot be read sends none (ACM places the nodes). */
    public void loadZones() {
        Environment env = environment().get();
        if (env == null) {
            zones.clear();
            draft.chosenZones.clear();
            return;
        }
        draft.chosenZones.clear(); // another environment's zones, or to be chosen again from the list read now
        zones.load(() -> client.zones(env.id(), env.type()), new OptionList.Words(
                Texts.get("launch.zones.loading", env.name()), Texts.get("launch.zones.empty", env.name()),
                why -> Texts.get("launch.zones.failed", why)), list -> { });
    }

    /**
     * The storage classes the node types name; the chosen node type's own is proposed, else the
     * first. None named: nothing is offered and nothing sent.
     */
    private void offerStorageClasses(List<NodeType> list) {
        List<String> offered = LaunchOptionRules.storageClasses(list);
        storageClasses.setAll(offered);
        if (offered.isEmpty()) {
            return;
        }
        String own = list.stream().filter(t -> t.code().equals(draft.nodeType.value().get())).map(NodeType::storageClass)
                .filter(offered::contains).findFirst().orElse(offered.get(0));
        draft.chooseForUser(() -> draft.storageClass.value().set(own));
    }

    /**
     * The pre-flight {@code GET /environment/{id}/cluster-launch-validity}, asked when the review page
     * shows: a refusal keeps Launch off and shows the server's reason; an answer that could not be
     * had leaves Launch on (the launch is checked by the server anyway), with a note.
     */
    public void checkLaunchValidity() {
        Environment env = environment().get();
        if (env == null || preflightChecking.get()) {
            return;
        }
        preflight.set(null);
        background.run(() -> client.launchValidity(env.id()), preflightChecking, answer -> {
            if (env.equals(environment().get())) {
                preflight.set(answer);
            }
        }, failure -> {
            if (env.equals(environment().get())) {
                preflight.set(LaunchValidity.unknown(ErrorMessages.describe(failure)));
            }
        });
    }

    /** "m6i.large · three nodes · altinity/clickhouse-keeper:25.3" */
    public static String keeperDescription(Keeper k) {
        return k.ha() ? Texts.get("launch.keeper.describeHa", k.instanceType(), k.image())
                : Texts.get("launch.keeper.describeSingle", k.instanceType(), k.image());
    }

    /** How the version list names a stream. */
    public static String streamName(ClickHouseVersion.Stream stream) {
        return switch (stream) {
            case ALTINITY_STABLE -> Texts.get("launch.stream.stable");
            case ALTINITY_ANTALYA -> Texts.get("launch.stream.antalya");
            case UPSTREAM -> Texts.get("launch.stream.upstream");
        };
    }

    /** A version as the list shows it: its label, and "end of life" where the server marks it. */
    public static String versionLabel(ClickHouseVersion v) {
        return v.eol() ? Texts.get("launch.version.labelEol", v.code(), v.name()) : Texts.get("launch.version.label", v.code(), v.name());
    }

    public OptionList<NodeType> nodeTypes() {
        return nodeTypes;
    }

    public OptionList<ClickHouseVersion> versions() {
        return versions;
    }

    public OptionList<Keeper> keepers() {
        return keepers;
    }

    public OptionList<String> zones() {
        return zones;
    }

    /** The storage classes the environment's node types name; empty: none offered. */
    public ObservableList<String> storageClasses() {
        return storageClasses;
    }

    /** The cluster names already taken in the environment (as far as known). */
    ObservableSet<String> existingNames() {
        return existingNames;
    }

    /** The pre-flight's answer; null while checking or before it was asked. */
    public ObjectProperty<LaunchValidity> preflightProperty() {
        return preflight;
    }

    public BooleanProperty preflightCheckingProperty() {
        return preflightChecking;
    }

    /** False while the pre-flight runs or after it refused. */
    public BooleanBinding preflightAllows() {
        return preflightAllows;
    }
}
