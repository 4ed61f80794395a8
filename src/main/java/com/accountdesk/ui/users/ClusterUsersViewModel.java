package com.accountdesk.ui.users;

import com.accountdesk.api.acm.AcmClient;
import com.accountdesk.model.ClusterUser;
import com.accountdesk.model.Secret;
import com.accountdesk.model.StrongPassword;
import com.accountdesk.ui.common.Background;
import com.accountdesk.api.ApiException;
import com.accountdesk.ui.common.DialogService;
import com.accountdesk.ui.common.ErrorMessages;
import com.accountdesk.ui.common.Texts;
import com.accountdesk.ui.common.WorkState;
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
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * A cluster's ClickHouse users (Clusters pane → Users…): list, add with a generated strong password
 * (shown once, copied like a secret, forgotten when the dialog closes), change a user's password
 * (kept, generated and shown once, or typed) and databases through a {@link UserChange}, remove after
 * a question, and Publish. ACM applies user changes to the nodes only when they are published, so a change made here
 * says "not yet published" until the user presses Publish; nothing is published behind their back.
 * The cluster's admin user is marked and can be neither removed nor changed here (live clients report
 * the cluster-scoped change path refuses it; ACM's console changes its password elsewhere).
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
    private final WorkState work = new WorkState();
    private final BooleanProperty unpublished = new SimpleBooleanProperty(this, "unpublished");
    private final ObjectProperty<Secret> shownPassword = new SimpleObjectProperty<>(this, "shownPassword");
    private final ReadOnlyStringWrapper shownFor = new ReadOnlyStringWrapper(this, "shownFor", "");
    private final BooleanBinding canAdd;
    /** The one change handed out and not yet answered; null when none. */
    private UserChange changing;

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
        canAdd = work.busyProperty().not().and(javafx.beans.binding.Bindings.createBooleanBinding(
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
        work.begin();
        background.run(() -> client.clusterUsers(clusterId), work.busyFlag(), users::setAll, work::fail);
    }

    /** Adds the typed user with a new generated password, sent once; the password is then shown once. */
    public void add() {
        if (!canAdd.get()) {
            return;
        }
        String name = login.get();
        List<String> dbs = UserChange.databaseList(databases.get());
        Secret password = StrongPassword.generate(random);
        boolean access = accessManagement.get();
        work.begin();
        forgetPassword();
        background.run(() -> {
            try {
                client.addClusterUser(clusterId, name, password, dbs, access);
            } catch (ApiException e) {
                if (!ErrorMessages.answerNeverCame(e)) {
                    throw e;
                }
                return new Added(client.clusterUsers(clusterId), false); // whether it was made, the list tells
            }
            return new Added(client.clusterUsers(clusterId), true);
        }, work.busyFlag(), added -> {
            List<ClusterUser> list = added.users();
            users.setAll(list);
            if (!added.answered()) {
                // The password went with the lost answer: a user made with it has one nobody saw.
                boolean made = list.stream().anyMatch(u -> u.login().equals(name));
                unpublished.set(unpublished.get() || made);
                work.fail(made ? Texts.get("users.addedLost", name) : Texts.get("users.addNotMade", name));
                return;
            }
            unpublished.set(true);
            show(password, name);
            login.set("");
            databases.set("");
            accessManagement.set(false);
            work.status(Texts.get("users.added", name));
        }, work::fail);
    }

    /** The users after an add, and whether the add itself was answered. */
    private record Added(List<ClusterUser> users, boolean answered) {
    }

    /** Whether {@code user} may be changed here now: not the admin user, nothing under way. */
    public boolean mayChange(ClusterUser user) {
        return user != null && !isAdmin(user) && !work.isBusy();
    }

    /** The change to put before the user for {@code user}; null when it may not be changed here. */
    public UserChange beginChange(ClusterUser user) {
        if (!mayChange(user)) {
            return null;
        }
        changing = new UserChange(user, clusterName);
        return changing;
    }

    /** The user closed the change without sending it: what was typed goes. */
    public void cancelChange(UserChange change) {
        if (change != null) {
            change.forgetTyped();
        }
        if (changing == change) {
            changing = null;
        }
    }

    /**
     * Sends {@code change} once ({@code POST /cluster/{cluster}/user/{id}}), if it is the one handed out
     * and may be sent: a generated password is made now and shown once afterwards; a typed one is
     * emptied from its fields as it goes. Then "changes not yet published", as after adding.
     */
    public void change(UserChange change) {
        if (change == null || change != changing || !change.canSendBinding().get() || work.isBusy()
                || isAdmin(change.user())) {
            return;
        }
        changing = null; // sent once
        ClusterUser user = change.user();
        UserChange.Password choice = change.passwordProperty().get();
        Secret password = switch (choice) {
            case KEEP -> null;
            case GENERATE -> StrongPassword.generate(random);
            case TYPE -> Secret.of(change.typedProperty().get());
        };
        List<String> dbs = UserChange.databaseList(change.databasesProperty().get());
        change.forgetTyped();
        work.begin();
        forgetPassword();
        background.run(() -> {
            client.changeClusterUser(clusterId, user, password, dbs);
            return client.clusterUsers(clusterId);
        }, work.busyFlag(), list -> {
            users.setAll(list);
            unpublished.set(true);
            if (choice == UserChange.Password.GENERATE) {
                show(password, user.login());
            }
            work.status(switch (choice) {
                case KEEP -> Texts.get("users.changed.databases", user.login());
                case GENERATE -> Texts.get("users.changed.generated", user.login());
                case TYPE -> Texts.get("users.changed.typed", user.login());
            });
        }, failure -> {
            if (choice == UserChange.Password.GENERATE && ErrorMessages.answerNeverCame(failure)) {
                // No list can show it: the generated password went with the lost answer.
                unpublished.set(true);
                work.fail(Texts.get("users.changeLost", user.login()));
            } else {
                work.fail(failure);
            }
        });
    }

    private void show(Secret password, String forLogin) {
        shownPassword.set(password);
        shownFor.set(forLogin);
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
        work.begin();
        background.run(() -> {
            client.removeClusterUser(clusterId, user);
            return client.clusterUsers(clusterId);
        }, work.busyFlag(), list -> {
            users.setAll(list);
            unpublished.set(true);
            work.status(Texts.get("users.removed", user.login()));
        }, work::fail);
    }

    /** {@code POST /cluster/{id}/push}: the changes reach the nodes. */
    public void publish() {
        work.begin();
        background.run(() -> {
            client.publish(clusterId);
            return Boolean.TRUE;
        }, work.busyFlag(), done -> {
            unpublished.set(false);
            work.status(Texts.get("users.published", clusterName));
        }, work::fail);
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

    public String clusterName() {
        return clusterName;
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

    public ReadOnlyBooleanProperty unpublishedProperty() {
        return unpublished;
    }

    public ReadOnlyObjectProperty<Secret> shownPasswordProperty() {
        return shownPassword;
    }

    public ReadOnlyStringProperty shownForProperty() {
        return shownFor.getReadOnlyProperty();
    }

    /** Busy, the status line and the error line. */
    public WorkState work() {
        return work;
    }
}
