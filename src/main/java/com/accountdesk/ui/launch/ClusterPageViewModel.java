package com.accountdesk.ui.launch;

import com.accountdesk.model.ClickHouseVersion;
import com.accountdesk.model.ClusterRules;
import com.accountdesk.ui.common.Texts;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.StringProperty;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import static com.accountdesk.ui.launch.RuleTexts.say;

/** Page 2: name, role, ClickHouse version, admin user and password. */
public final class ClusterPageViewModel {
    private final LaunchDraft draft;
    private final EnvironmentOptions options;
    private final StringBinding passwordStrength;
    private final StringBinding versionWarning;

    ClusterPageViewModel(LaunchDraft draft, EnvironmentOptions options) {
        this.draft = Objects.requireNonNull(draft, "draft");
        this.options = Objects.requireNonNull(options, "options");
        StringProperty name = draft.name.value();
        StringProperty version = draft.version.value();
        StringProperty adminPass = draft.adminPass.value();
        draft.name.rules(() -> ClusterRules.name(name.get()) != null ? say(ClusterRules.name(name.get()))
                : say(ClusterRules.nameAvailable(name.get(), options.existingNames())), options.existingNames());
        draft.version.rules(() -> say(ClusterRules.version(version.get())));
        draft.adminUser.rules(() -> say(ClusterRules.adminUser(draft.adminUser.value().get())));
        draft.adminPass.rules(() -> say(ClusterRules.adminPassword(adminPass.get())));
        draft.adminPassConfirm.rules(() -> RuleTexts.passwordConfirmation(adminPass.get(), draft.adminPassConfirm.value().get()),
                adminPass);
        passwordStrength = Bindings.createStringBinding(() -> strengthHint(adminPass.get()), adminPass);
        versionWarning = Bindings.createStringBinding(() -> chosenVersion().filter(ClickHouseVersion::eol)
                .map(v -> Texts.get("launch.version.eol", v.code())).orElse(""), version, options.versions().items());
    }

    private Optional<ClickHouseVersion> chosenVersion() {
        return options.versions().items().stream().filter(v -> v.code().equals(draft.version.value().get().trim())).findFirst();
    }

    /** A hint, not a rule: the server only requires {@link ClusterRules#MIN_PASSWORD_LENGTH} characters. */
    static String strengthHint(String password) {
        if (password == null || password.isEmpty()) {
            return "";
        }
        int kinds = (int) List.of("[a-z]", "[A-Z]", "[0-9]", "[^A-Za-z0-9]").stream()
                .filter(k -> password.matches(".*" + k + ".*")).count();
        int score = (password.length() >= 12 ? 1 : 0) + (password.length() >= 16 ? 1 : 0) + (kinds >= 3 ? 1 : 0) + (kinds == 4 ? 1 : 0);
        if (password.length() < ClusterRules.MIN_PASSWORD_LENGTH || score <= 1) {
            return Texts.get("launch.strength.weak");
        }
        return score == 2 ? Texts.get("launch.strength.fair") : Texts.get("launch.strength.strong");
    }

    /** The field's problem as the page shows it (see {@link ValidatedField#shownError()}). */
    public StringBinding shownError(LaunchField field) {
        return draft.field(field).shownError();
    }

    public StringProperty nameProperty() {
        return draft.name.value();
    }

    /** {@link com.accountdesk.model.LaunchRequest#ROLE_PRODUCTION} or {@link com.accountdesk.model.LaunchRequest#ROLE_DEVELOPMENT}. */
    public StringProperty roleProperty() {
        return draft.role.value();
    }

    public StringProperty versionProperty() {
        return draft.version.value();
    }

    public OptionList<ClickHouseVersion> versions() {
        return options.versions();
    }

    /** A warning (not a refusal) when the chosen version is end of life. */
    public StringBinding versionWarning() {
        return versionWarning;
    }

    public StringProperty adminUserProperty() {
        return draft.adminUser.value();
    }

    public StringProperty adminPassProperty() {
        return draft.adminPass.value();
    }

    public StringProperty adminPassConfirmProperty() {
        return draft.adminPassConfirm.value();
    }

    public BooleanProperty showPasswordProperty() {
        return draft.showPassword;
    }

    public StringBinding passwordStrength() {
        return passwordStrength;
    }
}
