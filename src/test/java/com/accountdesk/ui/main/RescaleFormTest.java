package com.accountdesk.ui.main;

import com.accountdesk.api.Endpoints;
import com.accountdesk.api.HttpTransport;
import com.accountdesk.api.acm.AcmClient;
import com.accountdesk.model.Cluster;
import com.accountdesk.model.LaunchRequest;
import com.accountdesk.model.NodeType;
import com.accountdesk.model.Secret;
import com.accountdesk.sandbox.SandboxOptions;
import com.accountdesk.sandbox.SandboxServer;
import com.accountdesk.testing.FixedServer;
import com.accountdesk.testing.Fx;
import com.accountdesk.ui.common.Background;
import com.accountdesk.ui.launch.OptionList;
import com.accountdesk.ui.common.Theme;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.TextField;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import okhttp3.HttpUrl;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;

import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The rescale dialog's node types: the environment's list with the wizard's states, free text whatever happens. */
@Tag("ui")
class RescaleFormTest {
    private static final HttpTransport TRANSPORT = new HttpTransport(HttpTransport.Settings.defaults()
            .withRetries(1, Duration.ofMillis(10)));
    private static final Cluster CLUSTER = new Cluster("7", "api-test", "online", "101", 2, 1, 2, true, "", "", "");
    private SandboxServer sandbox;
    private AcmClient client;

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @BeforeEach
    void start() throws Exception {
        sandbox = SandboxServer.start(SandboxOptions.inMemory().withExtraApiKey("test-key-0123456789"));
        client = new AcmClient(Endpoints.parseBase(sandbox.acmBaseUrl()), Secret.of("test-key-0123456789"), TRANSPORT);
    }

    @AfterEach
    void stop() {
        sandbox.close();
    }

    @Test
    void theEnvironmentsNodeTypesAreListedAndDescribed() {
        OptionList<NodeType> types = ClusterDialogs.nodeTypes(client, Background.callingThread(), "101");
        ClusterDialogs.RescaleForm form = Fx.call(() -> new ClusterDialogs.RescaleForm(CLUSTER, types));
        assertEquals(List.of("m6i.large", "m6i.xlarge", "m6i.2xlarge"), Fx.call(() -> List.copyOf(form.nodeType.getItems())));
        assertFalse(Fx.call(form.status::isVisible), "no state line once the list is there");
        Fx.run(() -> form.nodeType.getSelectionModel().select("m6i.xlarge"));
        assertEquals("m6i.xlarge · 4 CPU · 16 GiB", Fx.call(form.nodeTypeInfo::getText));
        assertEquals("", Fx.call(form.problem::getText));
        assertEquals("m6i.xlarge", Fx.call(() -> form.request().nodeType()));
    }

    @Test
    void startsFromTheClustersOwnCountsWithNothingRedAndFromItsNodeTypeWhereTheAnswerNamesIt() throws Exception {
        client.launchCluster("102", new LaunchRequest("grown", "admin", Secret.of("s3cret-pass"), "", "n2d-standard-4",
                2, 2, 4, 100, true, 8443, 9440, "", null, LaunchRequest.ROLE_DEVELOPMENT));
        Cluster listed = client.clusters("102").stream().filter(c -> c.name().equals("grown")).findFirst().orElseThrow();
        OptionList<NodeType> types = ClusterDialogs.nodeTypes(client, Background.callingThread(), listed.environmentId());
        ClusterDialogs.RescaleForm form = Fx.call(() -> new ClusterDialogs.RescaleForm(listed, types));
        // 26.1.59's Cluster names no node type, so the sandbox does not either: the field starts empty, not red.
        assertEquals("", Fx.call(() -> form.nodeType.getEditor().getText()));
        assertEquals(List.of(2, 2), Fx.call(() -> List.of(form.request().shards(), form.request().replicas())));
        assertEquals(List.of("n2d-standard-2", "n2d-standard-4", "n2d-standard-8"), Fx.call(() -> List.copyOf(form.nodeType.getItems())));
        assertEquals("", Fx.call(form.problem::getText));

        Cluster named = new Cluster(listed.id(), listed.name(), listed.status(), listed.environmentId(), listed.nodes(),
                listed.shards(), listed.replicas(), listed.secure(), listed.endpoint(), listed.endpointHttp(), listed.version(),
                listed.locked(), listed.mysqlProtocol(), listed.mysqlPort(), "n2d-standard-4");
        ClusterDialogs.RescaleForm fromItsType = Fx.call(() -> new ClusterDialogs.RescaleForm(named, types));
        assertEquals("n2d-standard-4", Fx.call(() -> fromItsType.nodeType.getEditor().getText()), "its node type where the answer names it");
        assertEquals("", Fx.call(fromItsType.problem::getText));
    }

    @Test
    void thePromptIsShownWholeAndTheClustersTypeStaysOnceShown() {
        OptionList<NodeType> types = ClusterDialogs.nodeTypes(client, Background.callingThread(), "101");
        Cluster named = new Cluster(CLUSTER.id(), CLUSTER.name(), CLUSTER.status(), CLUSTER.environmentId(), CLUSTER.nodes(),
                CLUSTER.shards(), CLUSTER.replicas(), CLUSTER.secure(), CLUSTER.endpoint(), CLUSTER.endpointHttp(), CLUSTER.version(),
                CLUSTER.locked(), CLUSTER.mysqlProtocol(), CLUSTER.mysqlPort(), "m6i.xlarge");
        Stage[] stage = new Stage[2];
        String userAgent = Fx.call(Application::getUserAgentStylesheet);
        try {
            ClusterDialogs.RescaleForm empty = Fx.call(() -> new ClusterDialogs.RescaleForm(CLUSTER, types));
            ClusterDialogs.RescaleForm typed = Fx.call(() -> new ClusterDialogs.RescaleForm(named, types));
            Fx.run(() -> {
                // As the app shows it: its theme and stylesheet, so its font.
                Application.setUserAgentStylesheet(Theme.stylesheet(false));
                stage[0] = new Stage();
                stage[0].setScene(new Scene(empty.grid));
                stage[1] = new Stage();
                stage[1].setScene(new Scene(typed.grid));
                for (Stage s : stage) {
                    s.getScene().getStylesheets().add(Theme.appStylesheet());
                    s.show();
                }
            });
            assertEquals("m6i.xlarge", Fx.call(() -> typed.nodeType.getEditor().getText()), "the cluster's type, once shown");
            assertEquals("m6i.xlarge", Fx.call(() -> typed.request().nodeType()));
            // "Choose or type a node type" was drawn as "Choose or type a node typ" in the field.
            double[] room = Fx.call(() -> {
                TextField editor = empty.nodeType.getEditor();
                Text prompt = new Text(editor.getPromptText());
                prompt.setFont(editor.getFont());
                return new double[] {prompt.getLayoutBounds().getWidth(),
                        editor.getWidth() - editor.snappedLeftInset() - editor.snappedRightInset()};
            });
            assertTrue(room[0] <= room[1], "the prompt needs " + room[0] + " px, the field has " + room[1]);
            // With no type chosen and the list read, nothing stands between the field and Shards (an empty gap was seen).
            double[] gap = Fx.call(() -> {
                javafx.scene.Node shards = empty.grid.lookup("#rescaleShards");
                return new double[] {shards.getBoundsInParent().getMinY() - empty.nodeType.getBoundsInParent().getMaxY(),
                        empty.grid.getVgap()};
            });
            assertTrue(gap[0] <= gap[1] + 0.5, "between Node type and Shards: " + gap[0] + " px, the grid's gap is " + gap[1]);
        } finally {
            Fx.run(() -> {
                for (Stage s : stage) {
                    if (s != null) {
                        s.close();
                    }
                }
                Application.setUserAgentStylesheet(userAgent);
            });
        }
    }

    @Test
    void aClusterOfAnotherCloudIsOfferedOnlyItsOwnTypesAndNothingIsRedBeforeInput() {
        OptionList<NodeType> types = ClusterDialogs.nodeTypes(client, Background.callingThread(), "101");
        ClusterDialogs.RescaleForm form = Fx.call(() -> new ClusterDialogs.RescaleForm(CLUSTER, types));
        assertTrue(Fx.call(() -> form.nodeType.getItems().stream().allMatch(t -> t.startsWith("m6i."))));
        String prompt = Fx.call(form.nodeType::getPromptText);
        assertFalse(prompt != null && prompt.contains("n2d"), "no GCP example for an AWS cluster: " + prompt);
        assertEquals("", Fx.call(form.problem::getText), "nothing red before any input");
        Fx.run(() -> form.nodeType.getEditor().setText("bad type!"));
        assertEquals("A node type uses letters, digits, '.', '_' and '-'.", Fx.call(form.problem::getText));
        Fx.run(() -> form.nodeType.getEditor().setText(""));
        assertFalse(Fx.call(form.problem::getText).contains("n2d"), "nor in the problem");
        assertFalse(Fx.call(form.problem::getText).isEmpty());
    }

    @Test
    void aListThatCannotBeReadSaysSoOffersTryAgainAndKeepsTyping() {
        OptionList<NodeType> types = ClusterDialogs.nodeTypes(client, Background.callingThread(), "999");
        ClusterDialogs.RescaleForm form = Fx.call(() -> new ClusterDialogs.RescaleForm(CLUSTER, types));
        assertEquals(OptionList.State.FAILED, types.stateProperty().get());
        assertTrue(Fx.call(form.status::isVisible));
        assertTrue(Fx.call(form.statusMessage::getText).startsWith("Could not read the node types"));
        assertTrue(Fx.call(form.retry::isVisible));
        Fx.run(() -> form.nodeType.getEditor().setText("custom-type-1"));
        assertEquals("", Fx.call(form.problem::getText));
        assertEquals("custom-type-1", Fx.call(() -> form.request().nodeType()));
        Fx.run(form.retry::fire);
        assertEquals(OptionList.State.FAILED, types.stateProperty().get(), "asked again, still unknown");
    }

    @Test
    void anEmptyListSaysSo() throws Exception {
        try (FixedServer server = new FixedServer(n -> FixedServer.Answer.json(200, "{\"data\":[]}"))) {
            AcmClient other = new AcmClient(HttpUrl.get(server.baseUrl()), Secret.of("k"), TRANSPORT);
            OptionList<NodeType> types = ClusterDialogs.nodeTypes(other, Background.callingThread(), "101");
            ClusterDialogs.RescaleForm form = Fx.call(() -> new ClusterDialogs.RescaleForm(CLUSTER, types));
            assertEquals(OptionList.State.EMPTY, types.stateProperty().get());
            assertTrue(Fx.call(form.statusMessage::getText).contains("lists no node types"));
            assertFalse(Fx.call(form.retry::isVisible));
        }
    }
}
