package com.accountdesk.ui.users;

import com.accountdesk.api.acm.AcmClient;
import com.accountdesk.model.ClusterUser;
import com.accountdesk.model.Secret;
import com.accountdesk.model.StrongPassword;
import com.accountdesk.ui.common.Background;
import com.accountdesk.ui.common.DialogService;
import com.accountdesk.ui.common.ErrorMessages;
import com.accountdesk.ui.common.Texts;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.security.SecureRandom;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * A cluster's ClickHouse users (Clusters pane → Users…): list, add with a generated strong password
 * (shown once, copied like a secret, forgotten when the dialog closes), remove after a question, and
 * Publish. ACM applies user changes to the nodes only when they are published, so a change made here
 * says "not yet published" until the user presses Publish; nothing is published behind their back.
 * The cluster's admin user is marked and cannot be removed here.
 */
public final class ClusterUsersViewModel {
    private static final Pattern LOGIN = Pattern.compile("[A-Za-z_][A-Za-z0-9_]{0,63}");

    private final AcmClient client;
    private final String clusterId;
    private final String clusterName;
    private final String adminLogin;
    private final Background background;
    private final DialogService dialogs;
    private final Consumer<Secret> copySecret;
    private final SecureRandom random;
    private final ObservableList<ClusterUser> users = FXCollections.observableArrayList();
    private final StringProperty login = new SimpleStringProperty(this, "login", "");
    private final StringProperty databases = new SimpleStringProperty(this, "databases", "");
    private final BooleanProperty accessManagement = new SimpleBooleanProperty(this, "accessManagement");
    private final BooleanProperty busy = new SimpleBooleanProperty(this, "busy");
    private final BooleanProperty unpublished = new SimpleBooleanProperty(this, "unpublished");
    private final ObjectProperty<Secret> shownPassword = new SimpleObjectProperty<>(this, "shownPassword");
    private final ReadOnlyStringWrapper shownFor = new ReadOnlyStringWrapper(this, "shownFor", "");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    private final BooleanBinding canAdd;

    /** @param adminLogin the cluster's admin user (marked, never removed here); "admin" when unknown */
    public ClusterUsersViewModel(AcmClient client, String clusterId, String clusterName, String adminLogin,
                                 Background background, DialogService dialogs, Consumer<Secret> copySecret, SecureRandom random) {
        this.client = Objects.requireNonNull(client, "client");
        this.clusterId = clusterId;
        this.clusterName = clusterName;
        this.adminLogin = adminLogin == null || adminLogin.isBlank() ? "admin" : adminLogin;
        this.background = background;
        this.dialogs = dialogs;
        this.copySecret = copySecret;
        this.random = random;
        canAdd = busy.not().and(javafx.beans.binding.Bindings.createBooleanBinding(
                () -> loginProblem(login.get()).isEmpty() && !login.get().isEmpty(), login));
    }

    /** Why the typed login cannot be a ClickHouse user's; "" when it can (or nothing is typed). */
    public String loginProblem(String typed) {
        if (typed == null || typed.isEmpty()) {
            return "";
        }
        if (!LOGIN.matcher(typed).matches()) {
            return Texts.get("users.login.chars");
        }
        return users.stream().anyMatch(u -> u.login().equalsIgnoreCase(typed)) ? Texts.get("users.login.taken", typed) : "";
    }

    public boolean isAdmin(ClusterUser user) {
        return user != null && user.login().equals(adminLogin);
    }

    public void load() {
        error.set("");
        background.run(() -> client.clusterUsers(clusterId), busy, users::setAll, this::fail);
    }

    /** Adds the typed user with a new generated password, sent once; the password is then shown once. */
    public void add() {
        if (!canAdd.get()) {
            return;
        }
        String name = login.get();
        List<String> dbs = Arrays.stream(databases.get().split("[,\\s]+")).map(String::strip).filter(s -> !s.isEmpty()).toList();
        Secret password = StrongPassword.generate(random);
        boolean access = accessManagement.get();
        error.set("");
        forgetPassword();
        background.run(() -> {
            client.addClusterUser(clusterId, name, password, dbs, access);
            return client.clusterUsers(clusterId);
        }, busy, list -> {
            users.setAll(list);
            unpublished.set(true);
            shownPassword.set(password);
            shownFor.set(name);
            login.set("");
            databases.set("");
            accessManagement.set(false);
            status.set(Texts.get("users.added", name));
        }, this::fail);
    }

    /** Removes a user after a question naming it; never the admin user. */
    public void remove(ClusterUser user) {
        if (user == null || isAdmin(user)) {
            return;
        }
        boolean yes = dialogs.confirm(new DialogService.Confirmation(Texts.get("users.remove.title"),
                Texts.get("users.remove.header", user.login(), clusterName), Texts.get("users.remove.text"),
                Texts.get("users.remove.action")));
        if (!yes) {
            return;
        }
        error.set("");
        background.run(() -> {
            client.removeClusterUser(clusterId, user);
            return client.clusterUsers(clusterId);
        }, busy, list -> {
            users.setAll(list);
            unpublished.set(true);
            status.set(Texts.get("users.removed", user.login()));
        }, this::fail);
    }

    /** {@code POST /cluster/{id}/push}: the changes reach the nodes. */
    public void publish() {
        error.set("");
        background.run(() -> {
            client.publish(clusterId);
            return Boolean.TRUE;
        }, busy, done -> {
            unpublished.set(false);
            status.set(Texts.get("users.published", clusterName));
        }, this::fail);
    }

    public void copyPassword() {
        if (shownPassword.get() != null) {
            copySecret.accept(shownPassword.get());
        }
    }

    /** The shown password goes (the dialog closes, another user is added). */
    public void forgetPassword() {
        shownPassword.set(null);
        shownFor.set("");
    }

    private void fail(Throwable failure) {
        status.set("");
        error.set(ErrorMessages.describe(failure));
    }

    public ObservableList<ClusterUser> users() {
        return users;
    }

    public StringProperty loginProperty() {
        return login;
    }

    public StringProperty databasesProperty() {
        return databases;
    }

    public BooleanProperty accessManagementProperty() {
        return accessManagement;
    }

    public BooleanBinding canAddBinding() {
        return canAdd;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy;
    }

    public ReadOnlyBooleanProperty unpublishedProperty() {
        return unpublished;
    }

    public ReadOnlyObjectProperty<Secret> shownPasswordProperty() {
        return shownPassword;
    }

    public ReadOnlyStringProperty shownForProperty() {
        return shownFor.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }
}
