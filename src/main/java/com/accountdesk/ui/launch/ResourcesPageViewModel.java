package com.accountdesk.ui.launch;

import com.accountdesk.model.ClusterRules;
import com.accountdesk.model.LaunchOptionRules;
import com.accountdesk.model.LaunchRequest;
import com.accountdesk.model.NodeType;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.ObservableList;

import java.util.Objects;

import static com.accountdesk.ui.launch.LaunchDraft.whole;
import static com.accountdesk.ui.launch.RuleTexts.number;
import static com.accountdesk.ui.launch.RuleTexts.say;
import static com.accountdesk.ui.launch.RuleTexts.words;

/** Page 3: node type, shards, replicas, nodes, disk size and storage class, and when the cluster runs. */
public final class ResourcesPageViewModel {
    private final LaunchDraft draft;
    private final EnvironmentOptions options;
    private final StringBinding nodesWarning;
    private boolean nodesOverridden;
    private boolean settingNodes;

    ResourcesPageViewModel(LaunchDraft draft, EnvironmentOptions options) {
        this.draft = Objects.requireNonNull(draft, "draft");
        this.options = Objects.requireNonNull(options, "options");
        StringProperty shards = draft.shards.value();
        StringProperty replicas = draft.replicas.value();
        StringProperty nodes = draft.nodes.value();
        draft.nodeType.rules(() -> say(ClusterRules.nodeType(draft.nodeType.value().get())));
        draft.shards.rules(() -> number(shards.get(), n -> say(ClusterRules.shards(n))));
        draft.replicas.rules(() -> number(replicas.get(), n -> say(ClusterRules.replicas(n))));
        draft.nodes.rules(() -> number(nodes.get(), n -> say(ClusterRules.nodes(n))));
        draft.size.rules(() -> number(draft.size.value().get(), n -> say(ClusterRules.diskGb(n))));
        draft.storageClass.rules(() -> words(LaunchOptionRules.storageClass(draft.storageClass.value().get(),
                options.storageClasses())), options.storageClasses());
        draft.uptimeMode.rules(this::uptimeProblem, draft.idleHours, draft.stopAt, draft.startAt);

        // Nodes follow shards × replicas until the user types a count of their own.
        shards.addListener((obs, old, now) -> followTopology());
        replicas.addListener((obs, old, now) -> followTopology());
        nodes.addListener((obs, old, now) -> {
            if (!settingNodes) {
                Integer product = product();
                nodesOverridden = product == null || !String.valueOf(product).equals(now);
            }
        });
        nodesWarning = Bindings.createStringBinding(() -> {
            if (!draft.shards.valid() || !draft.replicas.valid() || !draft.nodes.valid()) {
                return "";
            }
            String mismatch = say(ClusterRules.nodesMismatch(whole(shards.get()), whole(replicas.get()), whole(nodes.get())));
            return mismatch == null ? "" : mismatch;
        }, shards, replicas, nodes);
    }

    private String uptimeProblem() {
        return switch (draft.uptimeMode.value().get()) {
            case ALWAYS_ON -> null;
            case STOP_WHEN_INACTIVE -> number(draft.idleHours.get(), h -> words(LaunchOptionRules.idleHours(h)));
            case SCHEDULE -> words(LaunchOptionRules.schedule(draft.stopAt.get().trim(), draft.startAt.get().trim()));
        };
    }

    private void followTopology() {
        Integer product = product();
        if (!nodesOverridden && product != null) {
            settingNodes = true;
            try {
                draft.nodes.value().set(String.valueOf(product));
            } finally {
                settingNodes = false;
            }
        }
    }

    private Integer product() {
        Integer s = whole(draft.shards.value().get());
        Integer r = whole(draft.replicas.value().get());
        return s == null || r == null ? null : s * r;
    }

    /** The chosen node type as the environment describes it (CPU, memory), or "" when not listed. */
    public String nodeTypeDescription() {
        return options.nodeTypes().items().stream().filter(t -> t.code().equals(draft.nodeType.value().get())).findFirst()
                .map(NodeType::describe).orElse("");
    }

    /** The field's problem as the page shows it (see {@link ValidatedField#shownError()}). */
    public StringBinding shownError(LaunchField field) {
        return draft.field(field).shownError();
    }

    public StringProperty nodeTypeProperty() {
        return draft.nodeType.value();
    }

    public OptionList<NodeType> nodeTypeList() {
        return options.nodeTypes();
    }

    public ObservableList<NodeType> nodeTypes() {
        return options.nodeTypes().items();
    }

    public ObjectProperty<OptionList.State> nodeTypesStateProperty() {
        return options.nodeTypes().stateProperty();
    }

    /** Loading, empty or failed, in words; "" once the list is there. */
    public StringProperty nodeTypesMessageProperty() {
        return options.nodeTypes().messageProperty();
    }

    public StringProperty shardsProperty() {
        return draft.shards.value();
    }

    public StringProperty replicasProperty() {
        return draft.replicas.value();
    }

    public StringProperty nodesProperty() {
        return draft.nodes.value();
    }

    public StringBinding nodesWarning() {
        return nodesWarning;
    }

    public StringProperty sizeProperty() {
        return draft.size.value();
    }

    /** The storage classes the environment's node types name; empty: none offered. */
    public ObservableList<String> storageClasses() {
        return options.storageClasses();
    }

    /** One of {@link #storageClasses()}; empty: the environment's default (nothing sent). */
    public StringProperty storageClassProperty() {
        return draft.storageClass.value();
    }

    public ObjectProperty<LaunchRequest.Uptime.Mode> uptimeModeProperty() {
        return draft.uptimeMode.value();
    }

    public StringProperty idleHoursProperty() {
        return draft.idleHours;
    }

    /** HH:MM, UTC. */
    public StringProperty stopAtProperty() {
        return draft.stopAt;
    }

    /** HH:MM, UTC. */
    public StringProperty startAtProperty() {
        return draft.startAt;
    }
}
