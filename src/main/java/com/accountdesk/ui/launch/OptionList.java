package com.accountdesk.ui.launch;

import com.accountdesk.ui.common.Background;
import com.accountdesk.ui.common.ErrorMessages;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.List;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * A list read from an environment in the background (node types, versions, Keepers, zones), with
 * the states every such list shows: loading, empty, failed (with Try again), loaded. A list that
 * cannot be read never blocks: the field it feeds stays free text, and the message says so.
 * An answer for a request no longer current (the environment changed meanwhile) is dropped.
 */
public final class OptionList<T> {
    /** How the list stands. */
    public enum State { NOT_ASKED, LOADING, LOADED, EMPTY, FAILED }

    private final Background background;
    private final ObservableList<T> items = FXCollections.observableArrayList();
    private final ObjectProperty<State> state = new SimpleObjectProperty<>(State.NOT_ASKED);
    private final StringProperty message = new SimpleStringProperty("");
    private Object current;
    private Callable<List<T>> lastRead;
    private Words lastWords;
    private Consumer<List<T>> lastOnLoaded;

    /** The words for each state, given by the list's user. */
    public record Words(String loading, String empty, Function<String, String> failed) {
    }

    public OptionList(Background background) {
        this.background = Objects.requireNonNull(background, "background");
    }

    /** Reads the list: {@code onLoaded} is told only a non-empty list that is still wanted. */
    public void load(Callable<List<T>> read, Words texts, Consumer<List<T>> onLoaded) {
        Object asked = new Object();
        current = asked;
        lastRead = read;
        lastWords = texts;
        lastOnLoaded = onLoaded;
        items.clear();
        state.set(State.LOADING);
        message.set(texts.loading());
        background.run(read, null, list -> {
            if (asked != current) {
                return;
            }
            items.setAll(list);
            if (list.isEmpty()) {
                state.set(State.EMPTY);
                message.set(texts.empty());
                return;
            }
            state.set(State.LOADED);
            message.set("");
            onLoaded.accept(list);
        }, failure -> {
            if (asked == current) {
                state.set(State.FAILED);
                message.set(texts.failed().apply(ErrorMessages.describe(failure)));
            }
        });
    }

    /** Try again: the last read, once more. */
    public void retry() {
        if (lastRead != null) {
            load(lastRead, lastWords, lastOnLoaded);
        }
    }

    /** Nothing to read (no environment): empty, not asked, no message; a late answer is dropped. */
    public void clear() {
        current = new Object();
        items.clear();
        state.set(State.NOT_ASKED);
        message.set("");
    }

    public ObservableList<T> items() {
        return items;
    }

    public ObjectProperty<State> stateProperty() {
        return state;
    }

    /** Loading, empty or failed, in words; "" once the list is there. */
    public StringProperty messageProperty() {
        return message;
    }
}
