package com.accountdesk.ui.launch;

import com.accountdesk.api.acm.AcmClient;
import com.accountdesk.io.Settings;
import com.accountdesk.model.Cluster;
import com.accountdesk.model.ClusterRules;
import com.accountdesk.model.Environment;
import com.accountdesk.model.LaunchRequest;
import com.accountdesk.ui.common.Background;
import com.accountdesk.ui.common.DialogService;
import com.accountdesk.ui.common.Texts;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

import java.util.Objects;

/**
 * The Launch Cluster wizard without a window: one page model per page, all sharing one
 * {@link LaunchDraft}; what the environment offers in {@link EnvironmentOptions}. This coordinator
 * holds which page is shown and whether it may be left, routes a server's refusal back to its
 * field, and decides whether the wizard may close. The sending itself is {@link LaunchAction}'s.
 */
public final class LaunchWizardViewModel {
    /** Settings key: the id of the environment of the last launch, preselected next time. */
    public static final String LAST_ENVIRONMENT = "launch.lastEnvironment";

    private final AcmClient client;
    private final DialogService dialogs;
    private final Settings settings;
    private final LaunchDraft draft = new LaunchDraft();
    private final EnvironmentOptions options;
    private final EnvironmentPageViewModel environmentPage;
    private final ClusterPageViewModel cluster;
    private final ResourcesPageViewModel resources;
    private final ConnectionPageViewModel connection;
    private final HighAvailabilityPageViewModel highAvailability;
    private final ReviewPageViewModel review;
    private final ObjectProperty<WizardPage> page = new SimpleObjectProperty<>(WizardPage.ENVIRONMENT);
    private final LaunchAction launch;

    public LaunchWizardViewModel(AcmClient client, Background background, DialogService dialogs, Settings settings) {
        this.client = Objects.requireNonNull(client, "client");
        Objects.requireNonNull(background, "background");
        this.dialogs = Objects.requireNonNull(dialogs, "dialogs");
        this.settings = Objects.requireNonNull(settings, "settings");
        options = new EnvironmentOptions(draft, client, background);
        environmentPage = new EnvironmentPageViewModel(draft, client, background, settings);
        cluster = new ClusterPageViewModel(draft, options);
        resources = new ResourcesPageViewModel(draft, options);
        connection = new ConnectionPageViewModel(draft);
        highAvailability = new HighAvailabilityPageViewModel(draft, options);
        review = new ReviewPageViewModel(draft, options, client);
        options.followEnvironment();
        launch = new LaunchAction(this, client, background);
    }

    /** A cluster rule broken, in the user's words; null for none. Kept here for the cluster dialogs of the main window. */
    public static String say(ClusterRules.Problem p) {
        return RuleTexts.say(p);
    }

    // ---- navigation

    /** Goes on when the page is valid; else shows every problem on it (nothing is shown before it is asked for). */
    public void next() {
        if (pageValid(page.get()).get()) {
            page.set(page.get().next());
        } else {
            draft.touchPage(page.get());
        }
    }

    public void back() {
        page.set(page.get().previous());
    }

    /** Shows a page the user can reach: one already passed, or the next after valid pages. */
    public void goTo(WizardPage target) {
        for (WizardPage p : WizardPage.values()) {
            if (p == target) {
                page.set(target);
                return;
            }
            if (!pageValid(p).get()) {
                return;
            }
        }
    }

    public ObjectProperty<WizardPage> pageProperty() {
        return page;
    }

    public BooleanBinding pageValid(WizardPage p) {
        return draft.pageValid(p);
    }

    /** Whether the page shows a problem beside one of its fields: what the footer's "fix the fields marked" waits for. */
    public BooleanBinding pageMarked(WizardPage p) {
        return draft.pageMarked(p);
    }

    /** The field's problem by the rules, shown or not: what decides whether the page is valid. */
    public StringBinding error(LaunchField field) {
        return draft.field(field).error();
    }

    /** The field's problem as the page shows it: empty until the field is changed or Next is pressed. */
    public StringBinding shownError(LaunchField field) {
        return draft.field(field).shownError();
    }

    // ---- closing and launching

    /** Whether the user typed or chose anything that would be lost on cancel. */
    public boolean hasInput() {
        return draft.hasInput();
    }

    /**
     * Whether the wizard may close: at once when nothing would be lost (nothing typed, or launched),
     * never while a launch is on its way, else only when the user agrees to discard what was typed.
     */
    public boolean mayClose() {
        LaunchAction.Phase phase = launch.phaseProperty().get();
        if (phase == LaunchAction.Phase.SENDING || phase == LaunchAction.Phase.CHECKING) {
            return false;
        }
        if (phase == LaunchAction.Phase.LAUNCHED || !hasInput()) {
            return true;
        }
        return dialogs.confirm(new DialogService.Confirmation(Texts.get("launch.discard.title"),
                Texts.get("launch.discard.header"), Texts.get("launch.discard.text"), Texts.get("launch.discard.action")));
    }

    /** The request the fields describe; only when every page is valid. */
    public LaunchRequest request() {
        return draft.request();
    }

    /** Records a 400 from the server against the field it names and shows that field's page. */
    void serverRefused(LaunchField field, String message) {
        draft.field(field).serverRefused(RuleTexts.serverRefused(message));
        page.set(field.page());
    }

    void remember(Environment env) {
        settings.put(LAST_ENVIRONMENT, env.id());
    }

    void nameTaken(String takenName) {
        options.existingNames().add(takenName);
    }

    /** The admin password does not stay in memory-bound fields after the window is gone. */
    public void forgetPassword() {
        draft.adminPass.value().set("");
        draft.adminPassConfirm.value().set("");
    }

    public LaunchAction launch() {
        return launch;
    }

    /** The launched cluster, once there is one. */
    public ObjectProperty<Cluster> launchedProperty() {
        return launch.launchedProperty();
    }

    public AcmClient client() {
        return client;
    }

    // ---- the pages

    public ObjectProperty<Environment> environmentProperty() {
        return draft.environment.value();
    }

    public EnvironmentOptions options() {
        return options;
    }

    public EnvironmentPageViewModel environmentPage() {
        return environmentPage;
    }

    public ClusterPageViewModel cluster() {
        return cluster;
    }

    public ResourcesPageViewModel resources() {
        return resources;
    }

    public ConnectionPageViewModel connection() {
        return connection;
    }

    public HighAvailabilityPageViewModel highAvailability() {
        return highAvailability;
    }

    public ReviewPageViewModel review() {
        return review;
    }
}
