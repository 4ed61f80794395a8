package com.accountdesk.ui.launch;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableStringValue;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.layout.HBox;

import java.util.List;
import java.util.function.Function;

/** How the wizard's controls bind to their view-model: a field to its value, its reason beside it, a list's state below it. */
final class ControlBindings {
    private ControlBindings() {
    }

    static void text(TextInputControl field, StringProperty value) {
        field.textProperty().bindBidirectional(value);
    }

    /** A label that shows a field's problem (or hint) and takes no room when there is none. */
    static void message(Label label, ObservableStringValue text) {
        label.textProperty().bind(text);
        label.visibleProperty().bind(label.textProperty().isNotEmpty());
        label.managedProperty().bind(label.visibleProperty());
        label.setMaxWidth(320);
    }

    /** An editable combo box whose typed text is the value and whose list only suggests. */
    static void suggestions(ComboBox<String> combo, StringProperty value, List<String> suggestions, String editorId) {
        combo.getItems().setAll(suggestions);
        combo.getEditor().setId(editorId);
        combo.getEditor().textProperty().bindBidirectional(value);
        combo.valueProperty().addListener((obs, old, chosen) -> {
            if (chosen != null) {
                value.set(chosen);
            }
        });
    }

    /**
     * The state line under a field fed by an environment's list: the message while loading, when
     * empty or failed (the field stays free text), and Try again after a failure.
     */
    static void optionStatus(HBox status, Label message, Button retry, OptionList<?> list) {
        message.textProperty().bind(list.messageProperty());
        status.visibleProperty().bind(list.messageProperty().isNotEmpty());
        status.managedProperty().bind(status.visibleProperty());
        retry.visibleProperty().bind(list.stateProperty().isEqualTo(OptionList.State.FAILED));
        retry.managedProperty().bind(retry.visibleProperty());
        retry.setOnAction(e -> list.retry());
    }

    /** The combo's list follows an environment's list, as the codes it would send. */
    static <T> void items(ComboBox<String> combo, OptionList<T> list, Function<T, String> code) {
        Runnable fill = () -> combo.getItems().setAll(list.items().stream().map(code).toList());
        list.items().addListener((ListChangeListener<T>) change -> fill.run());
        fill.run();
    }

    /** A password typed in a PasswordField, or in a plain field while "show" is on. */
    static void secret(PasswordField hidden, TextField shown, StringProperty value, BooleanProperty show) {
        hidden.textProperty().bindBidirectional(value);
        shown.textProperty().bindBidirectional(value);
        shown.visibleProperty().bind(show);
        hidden.visibleProperty().bind(show.not());
    }
}
