package com.accountdesk.ui.main;

import com.accountdesk.api.Endpoints;
import com.accountdesk.api.HttpTransport;
import com.accountdesk.api.acm.AcmClient;
import com.accountdesk.model.ClickHouseVersion;
import com.accountdesk.model.Cluster;
import com.accountdesk.model.Environment;
import com.accountdesk.model.Secret;
import com.accountdesk.sandbox.SandboxOptions;
import com.accountdesk.sandbox.SandboxServer;
import com.accountdesk.testing.Fx;
import com.accountdesk.ui.common.Background;
import com.accountdesk.ui.launch.EnvironmentOptions;
import com.accountdesk.ui.launch.OptionList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The upgrade dialog's versions: the environment's list, as the wizard reads it; free text if it cannot be read. */
@Tag("ui")
class UpgradeFormTest {
    private static final Cluster CLUSTER = new Cluster("7", "api-test", "online", "102", 2, 1, 2, true, "", "", "24.8.14.10459.altinitystable");
    private static final Environment GCP = new Environment("102", "demo-gcp", "kubernetes", "", Instant.EPOCH);
    private SandboxServer sandbox;
    private AcmClient client;

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @BeforeEach
    void start() throws Exception {
        sandbox = SandboxServer.start(SandboxOptions.inMemory().withExtraApiKey("test-key-0123456789"));
        client = new AcmClient(Endpoints.parseBase(sandbox.acmBaseUrl()), Secret.of("test-key-0123456789"),
                new HttpTransport(HttpTransport.Settings.defaults().withRetries(1, Duration.ofMillis(10))));
    }

    @AfterEach
    void stop() {
        sandbox.close();
    }

    @Test
    void theEnvironmentsVersionsAreOfferedWithNothingRedBeforeAChoice() throws Exception {
        OptionList<ClickHouseVersion> versions = EnvironmentOptions.versionsOf(client, Background.callingThread(), GCP);
        ClusterDialogs.UpgradeForm form = Fx.call(() -> new ClusterDialogs.UpgradeForm(CLUSTER, versions));
        List<String> offered = client.versions("102", "kubernetes").stream().map(ClickHouseVersion::code).toList();
        assertEquals(offered.size(), Fx.call(() -> form.version.getItems().size()), "every version the environment offers");
        assertTrue(Fx.call(() -> form.version.getItems().containsAll(offered)));
        assertEquals("", Fx.call(form.problem::getText), "nothing red before a choice");
        assertFalse(Fx.call(form.rule::get).isEmpty(), "but nothing to send yet either");

        Fx.run(() -> form.version.getSelectionModel().select("25.3.6.10034.altinitystable"));
        assertEquals("", Fx.call(form.rule::get));
        assertEquals("25.3.6.10034.altinitystable", Fx.call(() -> form.request().version()));
    }

    @Test
    void aListThatCannotBeReadLeavesTyping() {
        OptionList<ClickHouseVersion> versions = EnvironmentOptions.versionsOf(client, Background.callingThread(),
                new Environment("999", "gone", "kubernetes", "", Instant.EPOCH));
        ClusterDialogs.UpgradeForm form = Fx.call(() -> new ClusterDialogs.UpgradeForm(CLUSTER, versions));
        assertEquals(OptionList.State.FAILED, versions.stateProperty().get());
        assertTrue(Fx.call(form.status::isVisible), "says so, with Try again");
        Fx.run(() -> form.version.getEditor().setText("25.3.6.10034"));
        assertEquals("", Fx.call(form.problem::getText));
        assertEquals("25.3.6.10034", Fx.call(() -> form.request().version()));
    }
}
