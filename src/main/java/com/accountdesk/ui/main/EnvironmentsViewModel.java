package com.accountdesk.ui.main;

import com.accountdesk.api.acm.AcmClient;
import com.accountdesk.model.Environment;
import com.accountdesk.ui.common.Background;
import com.accountdesk.ui.common.ErrorMessages;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;

/** The environments list: loaded off the FX thread, filtered by the search text. */
public final class EnvironmentsViewModel {
    private final AcmClient client;
    private final Background background;
    private final ObservableList<Environment> all = FXCollections.observableArrayList();
    private final FilteredList<Environment> shown = new FilteredList<>(all);
    private final StringProperty search = new SimpleStringProperty("");
    private final BooleanProperty loading = new SimpleBooleanProperty(false);
    private final StringProperty error = new SimpleStringProperty("");
    private final StringProperty preferred = new SimpleStringProperty("");

    public EnvironmentsViewModel(AcmClient client, Background background) {
        this.client = client;
        this.background = background;
        search.addListener((obs, old, text) -> shown.setPredicate(matching(text)));
    }

    static Predicate<Environment> matching(String text) {
        String needle = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
        if (needle.isEmpty()) {
            return e -> true;
        }
        return e -> List.of(e.id(), e.name(), e.type(), e.domain()).stream()
                .anyMatch(v -> v != null && v.toLowerCase(Locale.ROOT).contains(needle));
    }

    public void refresh() {
        error.set("");
        background.run(client::environments, loading, all::setAll, failure -> error.set(ErrorMessages.describe(failure)));
    }

    public ObservableList<Environment> shown() {
        return shown;
    }

    public ObservableList<Environment> all() {
        return all;
    }

    public StringProperty searchProperty() {
        return search;
    }

    public BooleanProperty loadingProperty() {
        return loading;
    }

    public StringProperty errorProperty() {
        return error;
    }

    /** The id of the environment to select when the list loads; follows the user's selection. */
    public StringProperty preferredProperty() {
        return preferred;
    }
}
