package com.accountdesk.ui.launch;

import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;

import java.util.Collection;
import java.util.Objects;
import java.util.concurrent.Callable;

/**
 * One wizard field: its value, its problem (its own rules first, then whatever the server said
 * about it until the user changes it) and whether the user has touched it, so a problem is shown
 * only once the field was changed, Next was pressed on its page, or the server named it.
 *
 * @param <V> the value's type: a property the page edits, or a binding over a list (the zones)
 */
final class ValidatedField<V extends ObservableValue<?>> {
    private final LaunchField field;
    private final V value;
    private final StringProperty server = new SimpleStringProperty("");
    private final BooleanProperty touched = new SimpleBooleanProperty(false);
    private final RuleBinding error = new RuleBinding();
    private final StringBinding shownError;

    ValidatedField(LaunchField field, V value) {
        this.field = Objects.requireNonNull(field, "field");
        this.value = Objects.requireNonNull(value, "value");
        value.addListener((obs, old, now) -> {
            server.set("");
            touched.set(true);
        });
        error.depend(value, server);
        shownError = Bindings.createStringBinding(() -> touched.get() || !server.get().isEmpty() ? error.get() : "",
                touched, server, error);
    }

    /**
     * The field's own rules (null: none broken), worked out again when any of {@code alsoDependsOn}
     * changes. A problem that comes from another field (two ports that must differ) shows once that
     * one changes, so those count as touching this field too, once it holds a value: an empty field
     * is not red because the password above it is being typed or the environment's names came.
     */
    ValidatedField<V> rules(Callable<String> rules, Observable... alsoDependsOn) {
        error.rules = Objects.requireNonNull(rules, "rules");
        for (Observable other : alsoDependsOn) {
            other.addListener(o -> {
                if (!blank(value.getValue())) {
                    touched.set(true);
                }
            });
        }
        error.depend(alsoDependsOn);
        return this;
    }

    private static boolean blank(Object value) {
        return value == null || value instanceof String text && text.isBlank()
                || value instanceof Collection<?> many && many.isEmpty();
    }

    LaunchField field() {
        return field;
    }

    V value() {
        return value;
    }

    /** The problem by the rules, shown or not: what decides whether the page is valid. */
    StringBinding error() {
        return error;
    }

    /** The problem as the page shows it: empty until the field is touched or the server named it. */
    StringBinding shownError() {
        return shownError;
    }

    boolean valid() {
        return error.get().isEmpty();
    }

    /** Shows the field's problem, if any, although the user has not changed it (Next was pressed). */
    void touch() {
        touched.set(true);
    }

    /** Records the server's reason for refusing the field; it stands until the value changes. */
    void serverRefused(String message) {
        server.set(message);
    }

    /** The rules as a binding that more dependencies can be added to once the page declares them. */
    private final class RuleBinding extends StringBinding {
        private Callable<String> rules = () -> null;

        void depend(Observable... dependencies) {
            bind(dependencies);
            invalidate();
        }

        @Override
        protected String computeValue() {
            try {
                String problem = rules.call();
                return problem != null ? problem : server.get();
            } catch (Exception e) {
                // As Bindings.createStringBinding does: a rule that fails counts as no problem of its own.
                return "";
            }
        }
    }
}
