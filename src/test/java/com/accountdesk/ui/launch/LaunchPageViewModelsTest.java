package com.accountdesk.ui.launch;

import com.accountdesk.api.HttpTransport;
import com.accountdesk.api.acm.AcmClient;
import com.accountdesk.io.Settings;
import com.accountdesk.model.ClusterRules;
import com.accountdesk.model.Environment;
import com.accountdesk.model.LaunchOptionRules;
import com.accountdesk.model.LaunchRequest;
import com.accountdesk.model.Secret;
import com.accountdesk.ui.common.Background;
import javafx.beans.property.BooleanProperty;
import okhttp3.HttpUrl;
import org.junit.jupiter.api.Test;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Each page model on its own, over one shared draft and without the coordinator: its rules, its
 * hints and what it changes in the draft. No window, no calls (background work is dropped).
 */
class LaunchPageViewModelsTest {
    private static final Environment ENV = new Environment("101", "demo-aws", "kubernetes", "d", null);
    private static final Background NEVER = new Background() {
        @Override
        public <T> void run(Callable<T> work, BooleanProperty busy, Consumer<T> onSuccess, Consumer<Throwable> onError) {
        }
    };
    private final AcmClient client = new AcmClient(HttpUrl.get("http://127.0.0.1:9/api/"), Secret.of("k"), new HttpTransport());
    private final LaunchDraft draft = new LaunchDraft();
    private final EnvironmentOptions options = new EnvironmentOptions(draft, client, NEVER);

    @Test
    void environmentPageNeedsAnEnvironment() {
        EnvironmentPageViewModel page = new EnvironmentPageViewModel(draft, client, NEVER, Settings.inMemory());
        assertEquals("Choose an environment.", draft.environment.error().get());
        assertFalse(draft.pageValid(WizardPage.ENVIRONMENT).get());
        page.environmentProperty().set(ENV);
        assertTrue(draft.pageValid(WizardPage.ENVIRONMENT).get());
        assertEquals("", page.shownError(LaunchField.ENVIRONMENT).get());
    }

    @Test
    void clusterPageChecksNamePasswordsAndStrength() {
        ClusterPageViewModel page = new ClusterPageViewModel(draft, options);
        assertFalse(draft.pageValid(WizardPage.CLUSTER).get());
        page.nameProperty().set("api-test");
        page.adminPassProperty().set("Str0ng-Passw0rd!");
        assertEquals("Type the password again.", draft.adminPassConfirm.error().get());
        page.adminPassConfirmProperty().set("Str0ng-Passw0rd?");
        assertEquals("The two passwords differ.", draft.adminPassConfirm.error().get());
        page.adminPassConfirmProperty().set("Str0ng-Passw0rd!");
        assertTrue(draft.pageValid(WizardPage.CLUSTER).get());
        assertEquals("Strength: strong.", page.passwordStrength().get());
        options.existingNames().add("api-test");
        assertEquals("A cluster named api-test already exists in this environment.", draft.name.error().get(),
                "a name taken meanwhile is refused at once");
    }

    @Test
    void resourcesPageFollowsTheTopologyUntilNodesAreTyped() {
        ResourcesPageViewModel page = new ResourcesPageViewModel(draft, options);
        page.shardsProperty().set("2");
        page.replicasProperty().set("3");
        assertEquals("6", page.nodesProperty().get());
        page.nodesProperty().set("5");
        assertFalse(page.nodesWarning().get().isEmpty(), "a count of the user's own that does not match is warned about");
        page.shardsProperty().set("1");
        assertEquals("5", page.nodesProperty().get(), "and no longer follows");
        page.uptimeModeProperty().set(LaunchRequest.Uptime.Mode.SCHEDULE);
        page.stopAtProperty().set("8:00");
        assertEquals(RuleTexts.words(LaunchOptionRules.schedule("8:00", "08:00")), draft.uptimeMode.error().get());
    }

    @Test
    void connectionPageKeepsThePortsApart() {
        ConnectionPageViewModel page = new ConnectionPageViewModel(draft);
        assertTrue(draft.pageValid(WizardPage.CONNECTION).get());
        page.tcpPortProperty().set(page.httpsPortProperty().get());
        assertEquals("The HTTPS and TCP ports must differ.", draft.tcpPort.error().get());
        page.tcpPortProperty().set("9440");
        page.mysqlProtocolProperty().set(true);
        page.mysqlPortProperty().set("9440");
        assertFalse(draft.mysqlPort.error().get().isEmpty(), "the MySQL port may not take a port in use");
        page.mysqlProtocolProperty().set(false);
        assertEquals("", draft.mysqlPort.error().get(), "nor matter when MySQL is off");
    }

    @Test
    void highAvailabilityPageOffersOneCoordinationChoice() {
        HighAvailabilityPageViewModel page = new HighAvailabilityPageViewModel(draft, options);
        draft.replicas.value().set("2");
        assertEquals("", page.zookeeperWarning().get());
        page.useKeeperProperty().set(true);
        assertFalse(page.zookeeperLaunchProperty().get(), "an existing Keeper instead of a new ZooKeeper");
        assertFalse(draft.keeperName.error().get().isEmpty(), "then a Keeper must be named");
        page.useKeeperProperty().set(false);
        assertFalse(page.zookeeperWarning().get().isEmpty(), "two replicas with no coordination are warned about");
        page.zookeeperLaunchProperty().set(true);
        assertEquals("", page.zookeeperWarning().get());
    }

    @Test
    void reviewPageSummarisesTheDraft() {
        new EnvironmentPageViewModel(draft, client, NEVER, Settings.inMemory());
        new ClusterPageViewModel(draft, options);
        ReviewPageViewModel page = new ReviewPageViewModel(draft, options, client);
        assertFalse(page.complete().get());
        draft.environment.value().set(ENV);
        draft.name.value().set("api-test");
        draft.adminPass.value().set("Str0ng-Passw0rd!");
        draft.adminPassConfirm.value().set("Str0ng-Passw0rd!");
        assertTrue(page.complete().get());
        assertEquals("api-test", page.request().name());
        assertTrue(page.summary().containsValue("api-test"));
        assertFalse(page.preview().contains("Str0ng-Passw0rd!"), "the password masked unless shown");
        page.showPasswordProperty().set(true);
        assertTrue(page.preview().contains("Str0ng-Passw0rd!"));
        assertEquals("", page.preflightMessage().get(), "nothing before the pre-flight is asked");
    }

    @Test
    void aValidatedFieldShowsItsProblemOnceTouchedAndTheServersUntilChanged() {
        ValidatedField<javafx.beans.property.StringProperty> field = new ValidatedField<>(LaunchField.NAME,
                new javafx.beans.property.SimpleStringProperty(""));
        field.rules(() -> RuleTexts.say(ClusterRules.name(field.value().get())));
        assertEquals("Enter a cluster name.", field.error().get());
        assertEquals("", field.shownError().get(), "nothing shown before it is touched");
        field.touch();
        assertEquals("Enter a cluster name.", field.shownError().get());
        field.value().set("api-test");
        assertTrue(field.valid());
        field.serverRefused("taken");
        assertEquals("taken", field.error().get());
        field.value().set("api-test-2");
        assertEquals("", field.error().get(), "the server's word stands until the value changes");
    }

    @Test
    void ruleTextsWordEveryCode() {
        for (ClusterRules.Code code : ClusterRules.Code.values()) {
            String value = code == ClusterRules.Code.NODES_MISMATCH ? "4 3" : "x";
            assertFalse(RuleTexts.say(new ClusterRules.Problem(code, value)).isBlank(), code.name());
        }
        for (LaunchOptionRules.Code code : LaunchOptionRules.Code.values()) {
            assertFalse(RuleTexts.words(new LaunchOptionRules.Problem(code, "x")).isBlank(), code.name());
        }
        assertNull(RuleTexts.say(null));
        assertEquals(RuleTexts.serverRefused(null), RuleTexts.serverRefused(" "));
    }
}
