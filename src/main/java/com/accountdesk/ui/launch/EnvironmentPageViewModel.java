package com.accountdesk.ui.launch;

import com.accountdesk.api.acm.AcmClient;
import com.accountdesk.io.Settings;
import com.accountdesk.model.Environment;
import com.accountdesk.ui.common.Background;
import com.accountdesk.ui.common.ErrorMessages;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.Objects;

/** Page 1: the environments the account has, and the one the cluster goes to. */
public final class EnvironmentPageViewModel {
    private final LaunchDraft draft;
    private final AcmClient client;
    private final Background background;
    private final Settings settings;
    private final ObservableList<Environment> environments = FXCollections.observableArrayList();
    private final BooleanProperty environmentsLoading = new SimpleBooleanProperty(false);
    private final StringProperty environmentsError = new SimpleStringProperty("");

    EnvironmentPageViewModel(LaunchDraft draft, AcmClient client, Background background, Settings settings) {
        this.draft = Objects.requireNonNull(draft, "draft");
        this.client = Objects.requireNonNull(client, "client");
        this.background = Objects.requireNonNull(background, "background");
        this.settings = Objects.requireNonNull(settings, "settings");
        draft.environment.rules(() -> draft.environment.value().get() != null ? null
                : RuleTexts.chooseEnvironment(environmentsLoading.get()), environmentsLoading);
    }

    /** Loads the environments and preselects the last one used (or the first). */
    public void loadEnvironments() {
        environmentsError.set("");
        background.run(client::environments, environmentsLoading, list -> {
            environments.setAll(list);
            String last = settings.get(LaunchWizardViewModel.LAST_ENVIRONMENT, null);
            Environment chosen = list.stream().filter(e -> e.id().equals(last)).findFirst()
                    .orElse(list.isEmpty() ? null : list.get(0));
            if (environmentProperty().get() == null || !list.contains(environmentProperty().get())) {
                environmentProperty().set(chosen);
            }
        }, failure -> environmentsError.set(ErrorMessages.describe(failure)));
    }

    public ObservableList<Environment> environments() {
        return environments;
    }

    public ObjectProperty<Environment> environmentProperty() {
        return draft.environment.value();
    }

    /** The field's problem as the page shows it (see {@link ValidatedField#shownError()}). */
    public StringBinding shownError(LaunchField field) {
        return draft.field(field).shownError();
    }

    public BooleanProperty environmentsLoadingProperty() {
        return environmentsLoading;
    }

    public StringProperty environmentsErrorProperty() {
        return environmentsError;
    }
}
