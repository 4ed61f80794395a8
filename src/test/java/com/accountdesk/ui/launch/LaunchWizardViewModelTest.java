package com.accountdesk.ui.launch;

import com.accountdesk.api.Endpoints;
import com.accountdesk.api.HttpTransport;
import com.accountdesk.api.acm.AcmClient;
import com.accountdesk.api.acm.LaunchForm;
import com.accountdesk.io.Settings;
import com.accountdesk.model.Environment;
import com.accountdesk.model.LaunchRequest;
import com.accountdesk.model.Secret;
import com.accountdesk.sandbox.SandboxOptions;
import com.accountdesk.sandbox.SandboxServer;
import com.accountdesk.testing.SandboxClusters;
import com.accountdesk.testing.ScriptedDialogs;
import com.accountdesk.ui.common.Background;
import okhttp3.HttpUrl;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The wizard's state without a window: rules per field, pages, nodes, routing, preview. */
class LaunchWizardViewModelTest {
    private static final Environment ENV = new Environment("101", "demo-aws", "kubernetes", "d", null);
    private final AcmClient client = new AcmClient(HttpUrl.get("http://127.0.0.1:9/api/"), Secret.of("real-token-123"),
            new HttpTransport());
    private LaunchWizardViewModel vm;

    @BeforeEach
    void setUp() {
        // Background work is never run here: these tests are about state, not calls.
        vm = new LaunchWizardViewModel(client, new Background() {
            @Override
            public <T> void run(java.util.concurrent.Callable<T> work, javafx.beans.property.BooleanProperty busy,
                                java.util.function.Consumer<T> onSuccess, java.util.function.Consumer<Throwable> onError) {
            }
        }, new ScriptedDialogs(), Settings.inMemory());
    }

    private void fillValid() {
        vm.environmentProperty().set(ENV);
        vm.cluster().nameProperty().set("api-test");
        vm.cluster().adminPassProperty().set("Str0ng-Passw0rd!");
        vm.cluster().adminPassConfirmProperty().set("Str0ng-Passw0rd!");
        vm.resources().replicasProperty().set("2");
    }

    private String error(LaunchField f) {
        return vm.error(f).get();
    }

    @Test
    void problemsShowOnceAFieldIsChangedOrNextIsPressed() {
        vm.environmentProperty().set(ENV);
        vm.next();
        assertEquals(WizardPage.CLUSTER, vm.pageProperty().get());
        assertEquals("Enter a cluster name.", error(LaunchField.NAME), "the rule holds from the start");
        assertEquals("", vm.shownError(LaunchField.NAME).get(), "but nothing red before anything is typed");
        assertEquals("", vm.shownError(LaunchField.ADMIN_PASS).get());

        vm.cluster().nameProperty().set("9lives");
        assertEquals("Start with a lowercase letter.", vm.shownError(LaunchField.NAME).get(), "a changed field shows its problem");
        assertEquals("", vm.shownError(LaunchField.ADMIN_PASS).get(), "an untouched one still does not");

        vm.next();
        assertEquals(WizardPage.CLUSTER, vm.pageProperty().get(), "Next stays on a page with problems");
        assertEquals("Enter a password for the admin user.", vm.shownError(LaunchField.ADMIN_PASS).get(),
                "and shows every problem on it");
        assertEquals("", vm.shownError(LaunchField.SHARDS).get(), "other pages are left alone");

        vm.connection().httpsPortProperty().set(vm.connection().tcpPortProperty().get());
        assertEquals("The HTTPS and TCP ports must differ.", vm.shownError(LaunchField.TCP_PORT).get(),
                "a problem caused by another field shows once that one changes");
    }

    @Test
    void whatTheEnvironmentOffersTouchesNoFieldOfTheClusterPage() throws Exception {
        try (SandboxServer sandbox = SandboxServer.start(SandboxOptions.inMemory().withExtraApiKey("test-key-0123456789"))) {
            AcmClient sandboxClient = new AcmClient(Endpoints.parseBase(sandbox.acmBaseUrl()), Secret.of("test-key-0123456789"),
                    new HttpTransport());
            SandboxClusters.launchSmall(sandboxClient, "taken-name");
            LaunchWizardViewModel loaded = new LaunchWizardViewModel(sandboxClient, Background.callingThread(),
                    new ScriptedDialogs(), Settings.inMemory());
            loaded.environmentProperty().set(new Environment(SandboxClusters.GCP_ENVIRONMENT, "demo-gcp", "kubernetes", "d", null));
            loaded.next();
            assertEquals(WizardPage.CLUSTER, loaded.pageProperty().get());
            assertFalse(loaded.cluster().versions().items().isEmpty(), "the versions came");
            for (LaunchField f : LaunchField.values()) {
                if (f.page() == WizardPage.CLUSTER) {
                    assertEquals("", loaded.shownError(f).get(), f + ": nothing red before anything is typed");
                }
            }
            loaded.cluster().adminPassProperty().set("Str0ng-Passw0rd!");
            assertEquals("", loaded.shownError(LaunchField.ADMIN_PASS_CONFIRM).get(),
                    "the confirmation is not red while the password is typed");
            loaded.cluster().nameProperty().set("taken-name");
            assertEquals("A cluster named taken-name already exists in this environment.",
                    loaded.shownError(LaunchField.NAME).get(), "a typed name is checked against the environment's");
            loaded.next();
            assertEquals("Type the password again.", loaded.shownError(LaunchField.ADMIN_PASS_CONFIRM).get(),
                    "Next shows every problem");
        }
    }

    @Test
    void aFreshWizardNeedsAnEnvironmentNameAndPassword() {
        assertEquals("Choose an environment.", error(LaunchField.ENVIRONMENT));
        assertEquals("Enter a cluster name.", error(LaunchField.NAME));
        assertEquals("Enter a password for the admin user.", error(LaunchField.ADMIN_PASS));
        assertEquals("", error(LaunchField.ADMIN_USER), "admin is the default user");
        assertFalse(vm.pageValid(WizardPage.ENVIRONMENT).get());
        assertFalse(vm.pageValid(WizardPage.CLUSTER).get());
        assertTrue(vm.pageValid(WizardPage.RESOURCES).get(), "the defaults are valid");
        assertTrue(vm.pageValid(WizardPage.CONNECTION).get());
        assertTrue(vm.pageValid(WizardPage.HIGH_AVAILABILITY).get());
        assertFalse(vm.pageValid(WizardPage.REVIEW).get());
        assertFalse(vm.hasInput());
        assertThrows(IllegalStateException.class, vm::request);
    }

    @Test
    void nameRules() {
        Map<String, String> refused = Map.of(
                "", "Enter a cluster name.",
                "1abc", "Start with a lowercase letter.",
                "-abc", "Start with a lowercase letter.",
                "Abc", "Start with a lowercase letter.",
                "ab_c", "Use only lowercase letters, digits and hyphens.",
                "abC", "Use only lowercase letters, digits and hyphens.",
                "ab-", "Do not end with a hyphen.",
                "a" + "b".repeat(63), "At most 63 characters.");
        refused.forEach((name, why) -> {
            vm.cluster().nameProperty().set(name);
            assertEquals(why, error(LaunchField.NAME), name);
        });
        vm.cluster().nameProperty().set("a" + "b".repeat(62));
        assertEquals("", error(LaunchField.NAME), "63 characters are allowed");
        vm.nameTaken("api-test");
        vm.cluster().nameProperty().set("api-test");
        assertEquals("A cluster named api-test already exists in this environment.", error(LaunchField.NAME));
    }

    @Test
    void clusterPageRules() {
        vm.cluster().versionProperty().set("24.8 beta");
        assertTrue(error(LaunchField.VERSION).startsWith("An image tag"));
        vm.cluster().versionProperty().set("24.8.14.10459.altinitystable");
        assertEquals("", error(LaunchField.VERSION));
        vm.cluster().adminUserProperty().set("");
        assertEquals("Enter the admin user's name.", error(LaunchField.ADMIN_USER));
        vm.cluster().adminUserProperty().set("1admin");
        assertTrue(error(LaunchField.ADMIN_USER).startsWith("Use letters"));
        vm.cluster().adminPassProperty().set("short");
        assertEquals("At least 8 characters.", error(LaunchField.ADMIN_PASS));
        vm.cluster().adminPassProperty().set("longenough");
        assertEquals("Type the password again.", error(LaunchField.ADMIN_PASS_CONFIRM));
        vm.cluster().adminPassConfirmProperty().set("longenougH");
        assertEquals("The two passwords differ.", error(LaunchField.ADMIN_PASS_CONFIRM));
        vm.cluster().adminPassConfirmProperty().set("longenough");
        assertEquals("", error(LaunchField.ADMIN_PASS_CONFIRM));
        assertTrue(vm.cluster().passwordStrength().get().startsWith("Strength: weak"));
        vm.cluster().adminPassProperty().set("Much-L0nger-Passphrase");
        assertTrue(vm.cluster().passwordStrength().get().startsWith("Strength: strong"));
        assertEquals("The two passwords differ.", error(LaunchField.ADMIN_PASS_CONFIRM), "changing the first re-checks the second");
    }

    @Test
    void resourcesRulesAndNodesFollowingTheTopology() {
        vm.resources().nodeTypeProperty().set("");
        assertTrue(error(LaunchField.NODE_TYPE).startsWith("Enter a node type"));
        vm.resources().nodeTypeProperty().set("n2d standard");
        assertTrue(error(LaunchField.NODE_TYPE).startsWith("A node type uses"));
        vm.resources().shardsProperty().set("0");
        assertEquals("Shards must be 1 to 64.", error(LaunchField.SHARDS));
        vm.resources().shardsProperty().set("x");
        assertEquals("Enter a whole number.", error(LaunchField.SHARDS));
        vm.resources().shardsProperty().set("");
        assertEquals("Enter a number.", error(LaunchField.SHARDS));
        vm.resources().replicasProperty().set("17");
        assertEquals("Replicas must be 1 to 16.", error(LaunchField.REPLICAS));
        vm.resources().sizeProperty().set("0");
        assertEquals("Disk size must be 1 to 16384 GB.", error(LaunchField.SIZE));
        vm.resources().sizeProperty().set("16385");
        assertEquals("Disk size must be 1 to 16384 GB.", error(LaunchField.SIZE));
        assertFalse(vm.pageValid(WizardPage.RESOURCES).get());

        vm.resources().shardsProperty().set("2");
        vm.resources().replicasProperty().set("3");
        assertEquals("6", vm.resources().nodesProperty().get(), "nodes = shards × replicas");
        assertEquals("", vm.resources().nodesWarning().get());
        vm.resources().nodesProperty().set("5");
        assertTrue(vm.resources().nodesWarning().get().startsWith("Shards × replicas is 6, not 5"));
        vm.resources().replicasProperty().set("2");
        assertEquals("5", vm.resources().nodesProperty().get(), "a count the user typed is kept");
        vm.resources().nodesProperty().set("4");
        vm.resources().replicasProperty().set("1");
        assertEquals("2", vm.resources().nodesProperty().get(), "typing the product back lets nodes follow again");
        vm.resources().nodesProperty().set("0");
        assertTrue(error(LaunchField.NODES).startsWith("Nodes must be 1 to"));
    }

    @Test
    void portRules() {
        vm.connection().httpsPortProperty().set("0");
        assertEquals("A port is 1 to 65535.", error(LaunchField.HTTPS_PORT));
        vm.connection().httpsPortProperty().set("65536");
        assertEquals("A port is 1 to 65535.", error(LaunchField.HTTPS_PORT));
        vm.connection().tcpPortProperty().set("");
        assertEquals("Enter a number.", error(LaunchField.TCP_PORT));
        vm.connection().httpsPortProperty().set("9440");
        vm.connection().tcpPortProperty().set("9440");
        assertEquals("The HTTPS and TCP ports must differ.", error(LaunchField.TCP_PORT));
        assertFalse(vm.pageValid(WizardPage.CONNECTION).get());
        vm.connection().httpsPortProperty().set("8443");
        assertEquals("", error(LaunchField.TCP_PORT), "changing the other port clears it");
        assertTrue(vm.pageValid(WizardPage.CONNECTION).get());
    }

    @Test
    void zookeeperRulesAndRequest() {
        fillValid();
        vm.highAvailability().zookeeperTagProperty().set("bad tag");
        assertTrue(error(LaunchField.ZOOKEEPER_TAG).startsWith("An image tag"));
        vm.highAvailability().zookeeperLaunchProperty().set(false);
        assertEquals("", error(LaunchField.ZOOKEEPER_TAG), "no options without ZooKeeper");
        assertTrue(vm.highAvailability().zookeeperWarning().get().contains("2 replicas"));
        assertEquals("", vm.request().zookeeper());
        assertEquals(null, vm.request().zookeeperOptions());
        assertFalse(client.launchBody(vm.request()).containsKey("zookeeperOptions"));
        vm.highAvailability().zookeeperLaunchProperty().set(true);
        vm.highAvailability().zookeeperTagProperty().set("3.8.4");
        vm.highAvailability().zookeeperSizeProperty().set(LaunchRequest.ZookeeperOptions.ENSEMBLE);
        assertEquals(new LaunchRequest.ZookeeperOptions("3.8.4", "ensemble"), vm.request().zookeeperOptions());
    }

    @Test
    void theRequestIsWhatTheFieldsSay() {
        fillValid();
        assertTrue(vm.pageValid(WizardPage.REVIEW).get());
        LaunchRequest r = vm.request();
        assertEquals(new LaunchRequest("api-test", "admin", Secret.of("Str0ng-Passw0rd!"), "", "n2d-standard-2",
                1, 2, 2, 100, true, 8443, 9440, "launch", new LaunchRequest.ZookeeperOptions("", "single"), LaunchRequest.ROLE_DEVELOPMENT), r);
        assertTrue(vm.hasInput());
    }

    @Test
    void nextStopsAtAnInvalidPageAndGoToCannotSkipOne() {
        vm.next();
        assertEquals(WizardPage.ENVIRONMENT, vm.pageProperty().get());
        vm.environmentProperty().set(ENV);
        vm.next();
        assertEquals(WizardPage.CLUSTER, vm.pageProperty().get());
        vm.next();
        assertEquals(WizardPage.CLUSTER, vm.pageProperty().get(), "name and password are missing");
        vm.goTo(WizardPage.REVIEW);
        assertEquals(WizardPage.CLUSTER, vm.pageProperty().get());
        fillValid();
        vm.goTo(WizardPage.REVIEW);
        assertEquals(WizardPage.REVIEW, vm.pageProperty().get());
        vm.back();
        assertEquals(WizardPage.HIGH_AVAILABILITY, vm.pageProperty().get());
        assertEquals("api-test", vm.cluster().nameProperty().get());
    }

    @Test
    void everyFieldTheServerNamesLeadsToItsPage() {
        Map<String, WizardPage> routes = Map.ofEntries(
                Map.entry("name", WizardPage.CLUSTER), Map.entry("role", WizardPage.CLUSTER),
                Map.entry("nodeType", WizardPage.RESOURCES), Map.entry("httpPort", WizardPage.CONNECTION),
                Map.entry("port", WizardPage.CONNECTION), Map.entry("adminUser", WizardPage.CLUSTER),
                Map.entry("adminPass", WizardPage.CLUSTER), Map.entry("version", WizardPage.CLUSTER),
                Map.entry("instanceType", WizardPage.RESOURCES), Map.entry("shards", WizardPage.RESOURCES),
                Map.entry("replicas", WizardPage.RESOURCES), Map.entry("nodes", WizardPage.RESOURCES),
                Map.entry("size", WizardPage.RESOURCES), Map.entry("secure", WizardPage.CONNECTION),
                Map.entry("https_port", WizardPage.CONNECTION), Map.entry("tcp_port_secure", WizardPage.CONNECTION),
                Map.entry("zookeeper", WizardPage.HIGH_AVAILABILITY),
                Map.entry("zookeeperOptions", WizardPage.HIGH_AVAILABILITY),
                Map.entry("zookeeperOptions.size", WizardPage.HIGH_AVAILABILITY));
        routes.forEach((wire, page) -> assertEquals(page, LaunchField.ofWireName(wire).orElseThrow().page(), wire));
        // Every field of every body the client may send has a route back.
        fillValid();
        for (LaunchForm form : LaunchForm.values()) {
            form.body(vm.request()).keySet()
                    .forEach(k -> assertTrue(LaunchField.ofWireName(k).isPresent(), "no route for " + k + " in " + form));
        }
        assertTrue(LaunchField.ofWireName("colour").isEmpty());
    }

    @Test
    void aServerErrorShowsBesideItsFieldUntilTheFieldChanges() {
        fillValid();
        vm.goTo(WizardPage.REVIEW);
        vm.serverRefused(LaunchField.HTTPS_PORT, "https_port: reserved");
        assertEquals(WizardPage.CONNECTION, vm.pageProperty().get());
        assertEquals("https_port: reserved", error(LaunchField.HTTPS_PORT));
        assertFalse(vm.pageValid(WizardPage.CONNECTION).get());
        vm.connection().httpsPortProperty().set("8444");
        assertEquals("", error(LaunchField.HTTPS_PORT));
        assertTrue(vm.pageValid(WizardPage.CONNECTION).get());
    }

    @Test
    void previewMasksThePasswordOnScreenAndCurlUsesAPlaceholderToken() {
        fillValid();
        LaunchRequest r = vm.request();
        String screen = LaunchPreview.forScreen(client, r, false);
        assertFalse(screen.contains("Str0ng-Passw0rd!"));
        assertTrue(screen.contains("\"adminPass\" : \"" + LaunchPreview.MASK + "\""));
        assertTrue(LaunchPreview.forScreen(client, r, true).contains("Str0ng-Passw0rd!"));

        // ACM 26.1.59's form: what a fresh client sends.
        String json = LaunchPreview.json(client, r).reveal();
        assertEquals("{\"name\":\"api-test\",\"role\":\"dev\",\"nodeType\":\"n2d-standard-2\",\"nodes\":\"2\","
                + "\"shards\":\"1\",\"replicas\":\"2\",\"size\":100,\"adminUser\":\"admin\",\"adminPass\":\"Str0ng-Passw0rd!\","
                + "\"secure\":1,\"httpPort\":8443,\"port\":9440,\"zookeeper\":\"launch\","
                + "\"zookeeperOptions\":{\"tag\":\"\",\"size\":\"single\"}}", json);
        assertEquals("curl -X POST -H 'X-Auth-Token: <TOKEN>' -H 'Content-Type: application/json' -d '" + json
                + "' http://127.0.0.1:9/api/environment/101/clusters/launch", LaunchPreview.curl(client, "101", r, false).reveal());
        // The Altinity API Guide's form, field for field, for a server that only knows it.
        assertEquals("{\"name\":\"api-test\",\"adminUser\":\"admin\",\"adminPass\":\"Str0ng-Passw0rd!\",\"version\":\"\","
                + "\"instanceType\":\"n2d-standard-2\",\"nodes\":2,\"shards\":1,\"replicas\":2,\"size\":100,\"secure\":true,"
                + "\"https_port\":8443,\"tcp_port_secure\":9440,\"zookeeper\":\"launch\","
                + "\"zookeeperOptions\":{\"tag\":\"\",\"size\":\"single\"}}",
                new com.fasterxml.jackson.databind.ObjectMapper().valueToTree(LaunchForm.GUIDE.body(r)).toString());
        assertTrue(LaunchPreview.curl(client, "101", r, true).reveal().contains("'X-Auth-Token: real-token-123'"));
    }

    @Test
    void curlQuotesAPasswordWithAQuote() {
        fillValid();
        vm.cluster().adminPassProperty().set("it's-a-secret");
        vm.cluster().adminPassConfirmProperty().set("it's-a-secret");
        String curl = LaunchPreview.curl(client, "101", vm.request(), false).reveal();
        assertTrue(curl.contains("\"adminPass\":\"it'\\''s-a-secret\""), curl);
        assertEquals("'a'\\''b'", LaunchPreview.shellQuote("a'b"));
    }

    /** A wizard reading node types from a loopback server that answers {@code nodetypes} with {@code nodeTypes}. */
    private static LaunchWizardViewModel wizardWithNodeTypes(com.accountdesk.testing.FixedServer server) {
        return new LaunchWizardViewModel(new AcmClient(HttpUrl.get(server.baseUrl()), Secret.of("k"), new HttpTransport()),
                Background.callingThread(), new ScriptedDialogs(), Settings.inMemory());
    }

    private static com.accountdesk.testing.FixedServer nodeTypesServer(String nodeTypes) throws Exception {
        return com.accountdesk.testing.FixedServer.byRequest((n, r) -> r.path().endsWith("/nodetypes")
                ? com.accountdesk.testing.FixedServer.Answer.json(200, "{\"data\":" + nodeTypes + "}")
                : com.accountdesk.testing.FixedServer.Answer.json(200, "{\"data\":[]}"));
    }

    @Test
    void storageClassesAreOfferedFromTheNodeTypesWithTheChosenTypesOwnFirst() throws Exception {
        try (var server = nodeTypesServer("[{\"code\":\"m6i.large\",\"storageClass\":\"gp3\"},"
                + "{\"code\":\"r6i.large\",\"storageClass\":\"io2\"},{\"code\":\"m6i.xlarge\",\"storageClass\":\"gp3\"},"
                + "{\"code\":\"c6i.large\"}]")) {
            LaunchWizardViewModel w = wizardWithNodeTypes(server);
            w.resources().nodeTypeProperty().set("r6i.large");
            w.environmentProperty().set(ENV);
            assertEquals(java.util.List.of("gp3", "io2"), w.resources().storageClasses(), "each class named once, in the list's order");
            assertEquals("io2", w.resources().storageClassProperty().get(), "the chosen node type's own class");

            LaunchWizardViewModel fresh = wizardWithNodeTypes(server);
            fresh.environmentProperty().set(ENV);
            assertEquals("m6i.large", fresh.resources().nodeTypeProperty().get());
            assertEquals("gp3", fresh.resources().storageClassProperty().get());
            assertFalse(fresh.hasInput(), "a choice made for the user is not input of theirs");

            w.resources().nodeTypeProperty().set("c6i.large");
            w.options().loadNodeTypes();
            assertEquals("gp3", w.resources().storageClassProperty().get(), "a type naming none: the first offered");

            w.resources().storageClassProperty().set("");
            assertEquals("", w.error(LaunchField.STORAGE_CLASS).get(), "the environment's default is always allowed");
            w.resources().storageClassProperty().set("standard");
            assertEquals("This environment offers no storage class standard.", w.error(LaunchField.STORAGE_CLASS).get());
            w.resources().storageClassProperty().set("io2");
            assertEquals("", w.error(LaunchField.STORAGE_CLASS).get());
        }
    }

    @Test
    void noStorageClassNamedOffersNoneAndSendsNone() throws Exception {
        try (var server = nodeTypesServer("[{\"code\":\"m6i.large\"},{\"code\":\"m6i.xlarge\",\"storageClass\":\"\"}]")) {
            LaunchWizardViewModel w = wizardWithNodeTypes(server);
            w.environmentProperty().set(ENV);
            w.cluster().nameProperty().set("api-test");
            w.cluster().adminPassProperty().set("Str0ng-Passw0rd!");
            w.cluster().adminPassConfirmProperty().set("Str0ng-Passw0rd!");
            assertEquals(2, w.resources().nodeTypes().size());
            assertTrue(w.resources().storageClasses().isEmpty());
            assertEquals("", w.request().extras().storageClass());
            assertFalse(LaunchForm.PUBLISHED.body(w.request()).containsKey("storageClass"));
        }
    }
}
