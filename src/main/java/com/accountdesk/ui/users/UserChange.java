package com.accountdesk.ui.users;

import com.accountdesk.model.ClusterUser;
import com.accountdesk.ui.common.Texts;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import java.util.Arrays;
import java.util.List;

/**
 * What the user asks to change of one ClickHouse user (Users… → Change…): its password (kept, a new
 * generated one, or one typed twice) and its databases. Checked here before anything is sent; sent by
 * {@link ClusterUsersViewModel#change}, only the change it handed out, once.
 */
public final class UserChange {
    /** What becomes of the password. */
    public enum Password { KEEP, GENERATE, TYPE }

    /** The web console's least length for a password, and the sandbox's. */
    public static final int MIN_PASSWORD_LENGTH = 12;

    private final ClusterUser user;
    private final String clusterName;
    private final ObjectProperty<Password> password = new SimpleObjectProperty<>(this, "password", Password.GENERATE);
    private final StringProperty typed = new SimpleStringProperty(this, "typed", "");
    private final StringProperty typedAgain = new SimpleStringProperty(this, "typedAgain", "");
    private final StringProperty databases;
    private final StringBinding problem;
    private final BooleanBinding canSend;

    UserChange(ClusterUser user, String clusterName) {
        this.user = user;
        this.clusterName = clusterName;
        this.databases = new SimpleStringProperty(this, "databases", String.join(", ", user.databases()));
        problem = Bindings.createStringBinding(this::findProblem, password, typed, typedAgain, databases);
        canSend = Bindings.createBooleanBinding(() -> findProblem().isEmpty() && changesSomething()
                && (password.get() != Password.TYPE || !typed.get().isEmpty()), password, typed, typedAgain, databases);
    }

    /** Names separated by commas or spaces; empty for all databases. */
    static List<String> databaseList(String text) {
        return text == null ? List.of() : Arrays.stream(text.split("[,\\s]+")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private String findProblem() {
        if (password.get() == Password.TYPE && !typed.get().isEmpty()) {
            if (typed.get().length() < MIN_PASSWORD_LENGTH) {
                return Texts.get("users.change.short", MIN_PASSWORD_LENGTH, typed.get().length());
            }
            if (!typed.get().equals(typedAgain.get())) {
                return Texts.get("users.change.differ");
            }
        }
        return changesSomething() ? "" : Texts.get("users.change.nothing");
    }

    private boolean changesSomething() {
        return password.get() != Password.KEEP || !databaseList(databases.get()).equals(user.databases());
    }

    /** The typed passwords go (sent, or the question closed). */
    void forgetTyped() {
        typed.set("");
        typedAgain.set("");
    }

    public ClusterUser user() {
        return user;
    }

    public String title() {
        return Texts.get("users.change.title", user.login());
    }

    public String header() {
        return Texts.get("users.change.header", user.login(), clusterName);
    }

    /** What the change does to whoever signs in as the user. */
    public String consequence() {
        return Texts.get("users.change.text", user.login());
    }

    public ObjectProperty<Password> passwordProperty() {
        return password;
    }

    public StringProperty typedProperty() {
        return typed;
    }

    public StringProperty typedAgainProperty() {
        return typedAgain;
    }

    public StringProperty databasesProperty() {
        return databases;
    }

    /** Why the change cannot be sent yet; "" when it can (or while a typed password is still empty). */
    public StringBinding problemBinding() {
        return problem;
    }

    public BooleanBinding canSendBinding() {
        return canSend;
    }
}
