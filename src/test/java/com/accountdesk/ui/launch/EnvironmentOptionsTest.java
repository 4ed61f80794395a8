package com.accountdesk.ui.launch;

import com.accountdesk.api.Endpoints;
import com.accountdesk.api.HttpTransport;
import com.accountdesk.api.acm.AcmClient;
import com.accountdesk.io.Settings;
import com.accountdesk.model.ClickHouseVersion;
import com.accountdesk.model.Environment;
import com.accountdesk.model.Keeper;
import com.accountdesk.model.LaunchRequest;
import com.accountdesk.model.LaunchValidity;
import com.accountdesk.model.NodeType;
import com.accountdesk.model.Secret;
import com.accountdesk.sandbox.SandboxOptions;
import com.accountdesk.sandbox.SandboxServer;
import com.accountdesk.testing.FixedServer;
import com.accountdesk.testing.ScriptedDialogs;
import com.accountdesk.ui.common.Background;
import okhttp3.HttpUrl;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.function.Function;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The wizard's view-model reading what an environment offers (node types, versions, Keepers, zones)
 * and the pre-flight: from the sandbox over real HTTP, and from a loopback server answering the
 * other shapes a live ACM might use. Background work runs on the test's thread, so no waits.
 */
class EnvironmentOptionsTest {
    private static final Environment AWS = new Environment("101", "demo-aws", "kubernetes", "d", null);
    private static final Environment GCP = new Environment("102", "demo-gcp", "kubernetes", "d", null);
    private static final HttpTransport TRANSPORT = new HttpTransport(HttpTransport.Settings.defaults()
            .withRetries(1, Duration.ofMillis(10)));
    private SandboxServer sandbox;
    private AcmClient client;
    private LaunchWizardViewModel vm;

    @BeforeEach
    void start() throws Exception {
        sandbox = SandboxServer.start(SandboxOptions.inMemory().withExtraApiKey("test-key-0123456789"));
        client = new AcmClient(Endpoints.parseBase(sandbox.acmBaseUrl()), Secret.of("test-key-0123456789"), TRANSPORT);
        vm = wizard(client);
    }

    private static LaunchWizardViewModel wizard(AcmClient client) {
        return new LaunchWizardViewModel(client, Background.callingThread(), new ScriptedDialogs(), Settings.inMemory());
    }

    @AfterEach
    void stop() {
        sandbox.close();
    }

    @Test
    void nodeTypesOfTheEnvironmentReplaceADefaultItDoesNotOffer() {
        vm.environmentProperty().set(AWS);
        assertEquals(OptionList.State.LOADED, vm.resources().nodeTypesStateProperty().get());
        assertEquals(List.of("m6i.large", "m6i.xlarge", "m6i.2xlarge"), vm.resources().nodeTypes().stream().map(NodeType::code).toList());
        assertEquals("m6i.large", vm.resources().nodeTypeProperty().get(), "the GCP default is not kept on AWS");
        assertEquals("m6i.large · 2 CPU · 8 GiB", vm.resources().nodeTypeDescription());
        assertFalse(vm.hasInput(), "a choice made for the user is not input of theirs");

        // A type the user chose from the list stays when the list is read again.
        vm.resources().nodeTypeProperty().set("m6i.2xlarge");
        vm.options().loadNodeTypes();
        assertEquals(OptionList.State.LOADED, vm.resources().nodeTypesStateProperty().get());
        assertEquals("m6i.2xlarge", vm.resources().nodeTypeProperty().get());
    }

    @Test
    void aListThatCannotBeReadFallsBackToFreeTextWithAWarning() {
        vm.resources().nodeTypeProperty().set("custom-type-1");
        vm.cluster().versionProperty().set("25.1.1.1");
        vm.environmentProperty().set(new Environment("999", "gone", "kubernetes", "d", null));
        assertEquals(OptionList.State.FAILED, vm.resources().nodeTypesStateProperty().get());
        assertTrue(vm.resources().nodeTypesMessageProperty().get().startsWith("Could not read the node types"));
        assertEquals("custom-type-1", vm.resources().nodeTypeProperty().get(), "what was typed stays");
        assertEquals("", vm.error(LaunchField.NODE_TYPE).get(), "and may still be launched");

        assertEquals(OptionList.State.FAILED, vm.cluster().versions().stateProperty().get());
        assertTrue(vm.cluster().versions().messageProperty().get().startsWith("Could not read the versions, so check the one you type"),
                vm.cluster().versions().messageProperty().get());
        assertEquals("25.1.1.1", vm.cluster().versionProperty().get());
        assertEquals("", vm.error(LaunchField.VERSION).get());
        assertEquals(OptionList.State.FAILED, vm.highAvailability().keepers().stateProperty().get());
        assertEquals(OptionList.State.FAILED, vm.highAvailability().zones().stateProperty().get());
        assertTrue(vm.highAvailability().zones().messageProperty().get().contains("the environment places the nodes"));
    }

    @Test
    void versionsAreGroupedByStreamWithEndOfLifeMarked() {
        vm.environmentProperty().set(GCP);
        assertEquals(OptionList.State.LOADED, vm.cluster().versions().stateProperty().get());
        List<ClickHouseVersion> versions = vm.cluster().versions().items();
        assertEquals(List.of(ClickHouseVersion.Stream.ALTINITY_STABLE, ClickHouseVersion.Stream.ALTINITY_STABLE,
                        ClickHouseVersion.Stream.ALTINITY_STABLE, ClickHouseVersion.Stream.ALTINITY_ANTALYA,
                        ClickHouseVersion.Stream.UPSTREAM),
                versions.stream().map(ClickHouseVersion::stream).toList(), "one stream after another, server order within");
        assertEquals(List.of("23.8.16.43.altinitystable"), versions.stream().filter(ClickHouseVersion::eol)
                .map(ClickHouseVersion::code).toList());
        assertEquals("", vm.cluster().versionProperty().get(), "no version chosen for the user: empty is the environment's default");

        vm.cluster().versionProperty().set("23.8.16.43.altinitystable");
        assertTrue(vm.cluster().versionWarning().get().contains("end of life"), vm.cluster().versionWarning().get());
        assertEquals("", vm.error(LaunchField.VERSION).get(), "a warning, not a refusal");
        vm.cluster().versionProperty().set("25.3.6.10034.altinitystable");
        assertEquals("", vm.cluster().versionWarning().get());
    }

    @Test
    void otherPlausibleShapesOfTheVersionAnswerAreReadToo() throws Exception {
        assertEquals(List.of("25.3.1.1", "22.3.15.33"), codes(vm(
                "{\"data\":[\"25.3.1.1\",\"22.3.15.33\"]}")), "plain strings");
        assertEquals(List.of("24.8.1.altinitystable", "22.8.1"), codes(vm(
                "{\"data\":{\"versions\":[{\"version\":\"24.8.1.altinitystable\",\"label\":\"24.8\"},"
                        + "{\"tag\":\"22.8.1\",\"eol\":\"1\"}]}}")), "wrapped, other member names");
        LaunchWizardViewModel bare = vm("[{\"code\":\"22.3.15.33\",\"name\":\"[EOL] 22.3.15.33 ClickHouse LTS\"}]");
        assertEquals(List.of(true), bare.cluster().versions().items().stream().map(ClickHouseVersion::eol).toList(), "bare list, [EOL] in the name");

        LaunchWizardViewModel odd = vm("{\"data\":{\"nothing\":\"here\"}}");
        assertEquals(OptionList.State.FAILED, odd.cluster().versions().stateProperty().get(), "no list at all");
        assertTrue(odd.cluster().versions().messageProperty().get().startsWith("Could not read the versions"));
        odd.cluster().versionProperty().set("25.1.1.1");
        assertEquals("", odd.error(LaunchField.VERSION).get(), "free text still launches");

        LaunchWizardViewModel none = vm("{\"data\":[]}");
        assertEquals(OptionList.State.EMPTY, none.cluster().versions().stateProperty().get());
        assertTrue(none.cluster().versions().messageProperty().get().contains("lists no ClickHouse versions"));
    }

    private static List<String> codes(LaunchWizardViewModel vm) {
        assertEquals(OptionList.State.LOADED, vm.cluster().versions().stateProperty().get(), vm.cluster().versions().messageProperty().get());
        return vm.cluster().versions().items().stream().map(ClickHouseVersion::code).toList();
    }

    /**
     * A wizard over a loopback server whose options answer (versions, and zones too: the type is in
     * the query) is {@code versionsAnswer}; every other GET an empty list.
     */
    private LaunchWizardViewModel vm(String versionsAnswer) throws Exception {
        Function<FixedServer.Seen, FixedServer.Answer> answer = request -> request.path().endsWith("/options") ? FixedServer.Answer.json(200, versionsAnswer)
                : FixedServer.Answer.json(200, "{\"data\":[]}");
        FixedServer server = FixedServer.byRequest((n, request) -> answer.apply(request));
        try (server) {
            LaunchWizardViewModel other = wizard(new AcmClient(HttpUrl.get(server.baseUrl()), Secret.of("k"), TRANSPORT));
            other.environmentProperty().set(GCP);
            assertTrue(server.seen().stream().anyMatch(r -> r.path().equals("/api/cloud/102/options")),
                    "asked at the published path");
            return other;
        }
    }

    @Test
    void keepersOfTheEnvironmentAreOfferedAndCheckedAgainstTheList() {
        vm.environmentProperty().set(AWS);
        assertEquals(List.of("shared-keeper"), vm.highAvailability().keepers().items().stream().map(Keeper::name).toList());
        assertEquals("shared-keeper", vm.highAvailability().keeperNameProperty().get(), "the first is proposed");
        assertEquals("m6i.large · three nodes · altinity/clickhouse-keeper:25.3",
                EnvironmentOptions.keeperDescription(vm.highAvailability().keepers().items().get(0)));
        assertFalse(vm.highAvailability().useKeeperProperty().get(), "a new ZooKeeper stays the default");

        vm.highAvailability().useKeeperProperty().set(true);
        assertFalse(vm.highAvailability().zookeeperLaunchProperty().get(), "one or the other");
        assertEquals("", vm.error(LaunchField.KEEPER).get());
        vm.highAvailability().keeperNameProperty().set("other-keeper");
        assertEquals("This environment has no Keeper named other-keeper.", vm.error(LaunchField.KEEPER).get());
        vm.highAvailability().keeperNameProperty().set("shared-keeper");
        vm.highAvailability().zookeeperLaunchProperty().set(true);
        assertFalse(vm.highAvailability().useKeeperProperty().get());

        vm.environmentProperty().set(GCP);
        assertEquals(OptionList.State.EMPTY, vm.highAvailability().keepers().stateProperty().get());
        assertEquals("demo-gcp has no ClickHouse Keeper: launch a new ZooKeeper, or none.", vm.highAvailability().keepers().messageProperty().get());
    }

    @Test
    void zonesAreOfferedWhereTheEnvironmentListsThem() {
        vm.environmentProperty().set(AWS);
        assertEquals(List.of("us-east-1a", "us-east-1b", "us-east-1c"), vm.highAvailability().zones().items());
        vm.highAvailability().chosenZones().setAll("us-east-1a", "us-east-1b");
        assertEquals("", vm.error(LaunchField.ZONES).get());
        vm.environmentProperty().set(GCP);
        assertEquals(OptionList.State.EMPTY, vm.highAvailability().zones().stateProperty().get());
        assertEquals(List.of(), vm.highAvailability().chosenZones(), "another environment's zones are not kept");
        vm.highAvailability().chosenZones().setAll("us-east-1a");
        assertEquals("This environment does not list the zone us-east-1a.", vm.error(LaunchField.ZONES).get());
    }

    @Test
    void aChosenKeeperZonesAndTheOtherFieldsLaunchOnTheSandbox() throws Exception {
        vm.environmentProperty().set(AWS);
        vm.cluster().nameProperty().set("with-keeper");
        vm.cluster().adminPassProperty().set("Str0ng-Passw0rd!");
        vm.cluster().adminPassConfirmProperty().set("Str0ng-Passw0rd!");
        vm.cluster().versionProperty().set("25.3.6.10034.altinitystable");
        vm.highAvailability().useKeeperProperty().set(true);
        vm.highAvailability().chosenZones().setAll("us-east-1a", "us-east-1c");
        vm.resources().uptimeModeProperty().set(LaunchRequest.Uptime.Mode.STOP_WHEN_INACTIVE);
        vm.resources().idleHoursProperty().set("6");
        vm.connection().ipRestrictionsProperty().set("203.0.113.0/24\n2001:db8::/32");
        vm.connection().lbTypeProperty().set("ingress");
        vm.connection().mysqlProtocolProperty().set(true);
        vm.goTo(WizardPage.REVIEW);
        assertEquals(WizardPage.REVIEW, vm.pageProperty().get());
        vm.options().checkLaunchValidity();
        vm.launch().launch();
        assertEquals(LaunchAction.Phase.LAUNCHED, vm.launch().phaseProperty().get(), vm.launch().messageProperty().get());
        assertEquals(1, sandbox.launchRequests());
    }

    @Test
    void preflightRefusalKeepsLaunchOffWithTheServersReason() throws Exception {
        for (int i = 1; i <= 5; i++) {
            client.launchCluster("102", new LaunchRequest("full-" + i, "admin", Secret.of("s3cret-pass"), "",
                    "n2d-standard-2", 1, 1, 1, 100, true, 8443, 9440, "", null, LaunchRequest.ROLE_DEVELOPMENT));
        }
        vm.environmentProperty().set(GCP);
        vm.cluster().nameProperty().set("one-more");
        vm.cluster().adminPassProperty().set("Str0ng-Passw0rd!");
        vm.cluster().adminPassConfirmProperty().set("Str0ng-Passw0rd!");
        vm.goTo(WizardPage.REVIEW);
        vm.options().checkLaunchValidity();
        LaunchValidity refused = vm.options().preflightProperty().get();
        assertEquals(LaunchValidity.Verdict.REFUSED, refused.verdict());
        assertTrue(refused.reason().contains("already has 5 clusters"), refused.reason());
        assertFalse(vm.launch().canLaunch().get(), "Launch stays off");

        vm.environmentProperty().set(AWS);
        vm.options().checkLaunchValidity();
        assertEquals(LaunchValidity.Verdict.VALID, vm.options().preflightProperty().get().verdict());
        assertTrue(vm.launch().canLaunch().get());
    }
}
