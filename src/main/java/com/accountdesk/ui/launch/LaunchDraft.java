package com.accountdesk.ui.launch;

import com.accountdesk.model.Environment;
import com.accountdesk.model.LaunchOptionRules;
import com.accountdesk.model.LaunchRequest;
import com.accountdesk.model.Secret;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * What the user has entered so far, shared by every page of the wizard: one {@link ValidatedField}
 * per {@link LaunchField} (each page model gives its own fields their rules), the few choices that
 * are not fields of the request body, and the request they make. One object, so no page holds a
 * copy of another's values.
 */
final class LaunchDraft {
    static final String DEFAULT_ADMIN_USER = "admin";

    private final Map<LaunchField, ValidatedField<?>> fields = new EnumMap<>(LaunchField.class);
    private final Map<WizardPage, BooleanBinding> pageValid = new EnumMap<>(WizardPage.class);
    private final Map<WizardPage, BooleanBinding> pageMarked = new EnumMap<>(WizardPage.class);
    private List<String> untouched;

    // Environment
    final ValidatedField<ObjectProperty<Environment>> environment = add(LaunchField.ENVIRONMENT, new SimpleObjectProperty<>());
    // Cluster
    final ValidatedField<StringProperty> name = text(LaunchField.NAME, "");
    final ValidatedField<StringProperty> role = text(LaunchField.ROLE, LaunchRequest.ROLE_DEVELOPMENT);
    final ValidatedField<StringProperty> version = text(LaunchField.VERSION, "");
    final ValidatedField<StringProperty> adminUser = text(LaunchField.ADMIN_USER, DEFAULT_ADMIN_USER);
    final ValidatedField<StringProperty> adminPass = text(LaunchField.ADMIN_PASS, "");
    final ValidatedField<StringProperty> adminPassConfirm = text(LaunchField.ADMIN_PASS_CONFIRM, "");
    final BooleanProperty showPassword = new SimpleBooleanProperty(false);
    // Resources
    final ValidatedField<StringProperty> nodeType = text(LaunchField.NODE_TYPE, "n2d-standard-2");
    final ValidatedField<StringProperty> shards = text(LaunchField.SHARDS, "1");
    final ValidatedField<StringProperty> replicas = text(LaunchField.REPLICAS, "1");
    final ValidatedField<StringProperty> nodes = text(LaunchField.NODES, "1");
    final ValidatedField<StringProperty> size = text(LaunchField.SIZE, "100");
    /** A storage class the environment offers; empty: the environment's default (nothing sent). */
    final ValidatedField<StringProperty> storageClass = text(LaunchField.STORAGE_CLASS, "");
    final ValidatedField<ObjectProperty<LaunchRequest.Uptime.Mode>> uptimeMode = add(LaunchField.UPTIME,
            new SimpleObjectProperty<>(LaunchRequest.Uptime.Mode.ALWAYS_ON));
    final StringProperty idleHours = new SimpleStringProperty(String.valueOf(LaunchOptionRules.DEFAULT_IDLE_HOURS));
    final StringProperty stopAt = new SimpleStringProperty("20:00");
    final StringProperty startAt = new SimpleStringProperty("08:00");
    // Connection
    final ValidatedField<BooleanProperty> secure = add(LaunchField.SECURE, new SimpleBooleanProperty(true));
    final ValidatedField<StringProperty> httpsPort = text(LaunchField.HTTPS_PORT, "8443");
    final ValidatedField<StringProperty> tcpPort = text(LaunchField.TCP_PORT, "9440");
    final ValidatedField<StringProperty> ipRestrictions = text(LaunchField.IP_RESTRICTIONS, "");
    final ValidatedField<StringProperty> lbType = text(LaunchField.LB_TYPE, "");
    final BooleanProperty mysqlProtocol = new SimpleBooleanProperty(false);
    final ValidatedField<StringProperty> mysqlPort = text(LaunchField.MYSQL_PORT, String.valueOf(LaunchOptionRules.DEFAULT_MYSQL_PORT));
    // High availability
    final ValidatedField<BooleanProperty> zookeeperLaunch = add(LaunchField.ZOOKEEPER, new SimpleBooleanProperty(true));
    final ValidatedField<StringProperty> zookeeperTag = text(LaunchField.ZOOKEEPER_TAG, "");
    final ValidatedField<StringProperty> zookeeperSize = text(LaunchField.ZOOKEEPER_OPTIONS, LaunchRequest.ZookeeperOptions.SINGLE);
    /** True: use the existing Keeper {@link #keeperName} instead of a new ZooKeeper. */
    final BooleanProperty useKeeper = new SimpleBooleanProperty(false);
    final ValidatedField<StringProperty> keeperName = text(LaunchField.KEEPER, "");
    /** The zones chosen among the environment's; none: the environment places the nodes. */
    final ObservableList<String> chosenZones = FXCollections.observableArrayList();
    final ValidatedField<StringBinding> zones = add(LaunchField.ZONES,
            Bindings.createStringBinding(() -> String.join(",", chosenZones), chosenZones));

    LaunchDraft() {
        for (WizardPage p : WizardPage.values()) {
            List<ValidatedField<?>> onPage = fields.values().stream()
                    .filter(f -> p == WizardPage.REVIEW || f.field().page() == p).toList();
            pageValid.put(p, Bindings.createBooleanBinding(() -> onPage.stream().allMatch(ValidatedField::valid),
                    onPage.stream().map(ValidatedField::error).toArray(Observable[]::new)));
            pageMarked.put(p, Bindings.createBooleanBinding(() -> onPage.stream().anyMatch(f -> !f.shownError().get().isEmpty()),
                    onPage.stream().map(ValidatedField::shownError).toArray(Observable[]::new)));
        }
        untouched = typed();
    }

    private ValidatedField<StringProperty> text(LaunchField field, String initial) {
        return add(field, new SimpleStringProperty(initial));
    }

    private <V extends ObservableValue<?>> ValidatedField<V> add(LaunchField field, V value) {
        ValidatedField<V> f = new ValidatedField<>(field, value);
        fields.put(field, f);
        return f;
    }

    ValidatedField<?> field(LaunchField field) {
        return fields.get(field);
    }

    /** Every field of the page valid by its rules (the review page: every field of the wizard). */
    BooleanBinding pageValid(WizardPage page) {
        return pageValid.get(page);
    }

    /** Whether the page shows a problem beside one of its fields (none before the user typed or pressed Next). */
    BooleanBinding pageMarked(WizardPage page) {
        return pageMarked.get(page);
    }

    /** Shows every problem on the page (Next was pressed on it). */
    void touchPage(WizardPage page) {
        fields.values().stream().filter(f -> f.field().page() == page).forEach(ValidatedField::touch);
    }

    /** Whether the user typed or chose anything that would be lost on cancel. */
    boolean hasInput() {
        return !typed().equals(untouched);
    }

    /** A choice made for the user is not input of theirs: Cancel still closes without asking. */
    void chooseForUser(Runnable choice) {
        boolean untouchedBefore = !hasInput();
        choice.run();
        if (untouchedBefore) {
            untouched = typed();
        }
    }

    private List<String> typed() {
        return List.of(name.value().get(), version.value().get(), adminUser.value().get(), adminPass.value().get(),
                adminPassConfirm.value().get(), role.value().get(), nodeType.value().get(), shards.value().get(),
                replicas.value().get(), nodes.value().get(), size.value().get(), String.valueOf(secure.value().get()),
                httpsPort.value().get(), tcpPort.value().get(), String.valueOf(zookeeperLaunch.value().get()),
                zookeeperTag.value().get(), zookeeperSize.value().get(), String.valueOf(useKeeper.get()),
                keeperName.value().get(), String.valueOf(chosenZones), String.valueOf(uptimeMode.value().get()),
                idleHours.get(), stopAt.get(), startAt.get(), ipRestrictions.value().get(), lbType.value().get(),
                String.valueOf(mysqlProtocol.get()), mysqlPort.value().get(), storageClass.value().get());
    }

    /** The request the fields describe; only when every page is valid. */
    LaunchRequest request() {
        if (!pageValid(WizardPage.REVIEW).get()) {
            throw new IllegalStateException("the wizard has invalid fields");
        }
        boolean zk = zookeeperLaunch.value().get();
        return new LaunchRequest(name.value().get(), adminUser.value().get(), Secret.of(adminPass.value().get()),
                version.value().get(), nodeType.value().get(), whole(shards.value().get()), whole(replicas.value().get()),
                whole(nodes.value().get()), whole(size.value().get()), secure.value().get(),
                whole(httpsPort.value().get()), whole(tcpPort.value().get()),
                zk ? LaunchRequest.ZOOKEEPER_LAUNCH : "",
                zk ? new LaunchRequest.ZookeeperOptions(zookeeperTag.value().get(), zookeeperSize.value().get()) : null,
                role.value().get(), extras());
    }

    private LaunchRequest.Extras extras() {
        LaunchRequest.Uptime.Mode mode = uptimeMode.value().get();
        LaunchRequest.Uptime uptime = switch (mode) {
            case ALWAYS_ON -> LaunchRequest.Uptime.ALWAYS;
            case STOP_WHEN_INACTIVE -> new LaunchRequest.Uptime(mode, whole(idleHours.get()), "", "");
            case SCHEDULE -> new LaunchRequest.Uptime(mode, 0, stopAt.get().trim(), startAt.get().trim());
        };
        return new LaunchRequest.Extras(useKeeper.get() ? keeperName.value().get().trim() : "", uptime,
                LaunchOptionRules.splitIpList(ipRestrictions.value().get()), lbType.value().get().trim(),
                mysqlProtocol.get() ? whole(mysqlPort.value().get()) : 0, List.copyOf(chosenZones), storageClass.value().get());
    }

    /** A whole number typed in a field, or null. */
    static Integer whole(String text) {
        try {
            return text == null ? null : Integer.valueOf(text.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
