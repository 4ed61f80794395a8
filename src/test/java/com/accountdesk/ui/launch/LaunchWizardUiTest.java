package com.accountdesk.ui.launch;

import com.accountdesk.app.AppConfig;
import com.accountdesk.app.AppContext;
import com.accountdesk.model.Cluster;
import com.accountdesk.model.Environment;
import com.accountdesk.sandbox.state.DemoAccount;
import com.accountdesk.sandbox.SandboxServer;
import com.accountdesk.sandbox.state.StateData;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TableView;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.Clipboard;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import com.accountdesk.testing.AppExtension;
import org.testfx.util.WaitForAsyncUtils;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static com.accountdesk.testing.UiTestSupport.labelText;
import static com.accountdesk.testing.UiTestSupport.sandbox;
import static com.accountdesk.testing.UiTestSupport.showing;
import static com.accountdesk.testing.UiTestSupport.signIn;
import static com.accountdesk.testing.UiTestSupport.type;
import static com.accountdesk.testing.UiTestSupport.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The Launch Cluster wizard driven as a user drives it, against the app's own sandbox. */
@Tag("ui")
@ExtendWith(AppExtension.class)
class LaunchWizardUiTest implements AppExtension.Configured {
    static final String PASSWORD = "Str0ng-Passw0rd!";
    private AppContext app;

    @Override
    public AppConfig appConfig() {
        return AppConfig.freshSandboxInMemory().withSandboxProvisioningDelay(Duration.ofSeconds(1));
    }

    // ---- helpers

    static String text(FxRobot robot, String query) {
        Node node = robot.lookup(query).query();
        return node instanceof Label l ? l.getText() : ((TextInputControl) node).getText();
    }

    /**
     * Puts text in a field as pasting would: focus, replace the text. Quicker than typing each key
     * (which {@code type} does where keystrokes matter); the field's bindings see the same change.
     */
    private static void enter(FxRobot robot, String query, String text) {
        robot.interact(() -> {
            TextInputControl field = robot.lookup(query).queryAs(TextInputControl.class);
            field.requestFocus();
            field.setText(text);
        });
    }

    static boolean disabled(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Button.class).isDisabled();
    }

    /** Presses Next and tells whether the wizard stayed on the page (because of a problem on it). */
    static boolean nextRefused(FxRobot robot) {
        Node before = robot.lookup(".wizard-page").query();
        robot.interact(() -> robot.lookup("#wizardNext").queryAs(Button.class).fire());
        return robot.lookup(".wizard-page").query() == before;
    }

    @SuppressWarnings("unchecked")
    static ComboBox<Environment> environmentChoice(FxRobot robot) {
        return robot.lookup("#environmentChoice").queryAs(ComboBox.class);
    }

    @SuppressWarnings("unchecked")
    private static TableView<Cluster> clustersTable(FxRobot robot) {
        return robot.lookup("#clustersTable").queryAs(TableView.class);
    }

    static void openWizard(FxRobot robot) {
        signIn(robot);
        robot.clickOn("#launchButton");
        waitUntil(() -> robot.lookup("#environmentChoice").tryQuery().isPresent()
                && environmentChoice(robot).getValue() != null);
    }

    static void next(FxRobot robot) {
        robot.clickOn("#wizardNext");
    }

    /** Pages 2 to 5 as the issue's walk fills them; ends on the review page. */
    static void fillFromClusterPage(FxRobot robot, String name) {
        type(robot, "#nameField", name);
        assertEquals("admin", text(robot, "#adminUserField"));
        enter(robot, "#adminPassField", PASSWORD);
        enter(robot, "#adminPassConfirmField", PASSWORD);
        next(robot);
        enter(robot, "#nodeTypeEditor", "m6i.large");
        enter(robot, "#shardsField", "1");
        type(robot, "#replicasField", "2");
        assertEquals("2", text(robot, "#nodesField"), "nodes follow shards × replicas");
        enter(robot, "#sizeField", "100");
        next(robot);
        assertTrue(robot.lookup("#secureCheck").queryAs(CheckBox.class).isSelected(), "secure is on by default");
        enter(robot, "#httpsPortField", "8443");
        enter(robot, "#tcpPortField", "9440");
        next(robot);
        assertTrue(robot.lookup("#zookeeperLaunch").queryAs(RadioButton.class).isSelected());
        robot.clickOn("#zookeeperSingle");
        next(robot);
        waitUntil(() -> showing(robot, "#reviewJson"));
    }

    private void addClusterInSandbox(String environmentId, String name) throws Exception {
        sandbox(app).state().write(d -> {
            StateData.AcmCluster c = new StateData.AcmCluster();
            c.id = String.valueOf(d.nextClusterId++);
            c.environmentId = environmentId;
            c.name = name;
            c.nodes = 1;
            c.shards = 1;
            c.replicas = 1;
            c.launchedMillis = System.currentTimeMillis();
            d.clusters.add(c);
            return null;
        });
    }

    // ---- tests

    @Test
    void walkThroughLaunchesExactlyThatJsonAndTheClusterTurnsRunning(FxRobot robot) throws Exception {
        openWizard(robot);
        assertEquals(DemoAccount.ENVIRONMENT_AWS, environmentChoice(robot).getValue().name());
        next(robot);
        fillFromClusterPage(robot, "api-test");

        assertFalse(text(robot, "#reviewJson").contains(PASSWORD), "the password is masked on screen");
        assertTrue(text(robot, "#reviewJson").contains("\"storageClass\" : \"gp3-encrypted\"")
                || text(robot, "#reviewJson").contains("\"storageClass\":\"gp3-encrypted\""), text(robot, "#reviewJson"));
        assertTrue(robot.lookup(".label").queryAllAs(Label.class).stream()
                .anyMatch(l -> l.getText().equals("gp3-encrypted")), "the review shows the storage class");
        robot.clickOn("#wizardLaunch");
        waitUntil(() -> showing(robot, "#launchResult"));
        assertTrue(text(robot, "#launchResult").contains("name api-test"), text(robot, "#launchResult"));

        SandboxServer sandbox = sandbox(app);
        JsonNode received = sandbox.state().read(d -> d.clusters.stream()
                .filter(c -> c.name.equals("api-test")).findFirst().orElseThrow().request);
        JsonNode expected = new ObjectMapper().readTree("""
                {"name":"api-test","role":"dev","nodeType":"m6i.large","nodes":"2","shards":"1","replicas":"2",
                 "size":100,"adminUser":"admin","adminPassSha256":"%s",
                 "secure":1,"httpPort":8443,"port":9440,
                 "zookeeper":"launch","zookeeperOptions":{"tag":"","size":"single"},
                 "storageClass":"gp3-encrypted"}""".formatted(
                java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                        .digest(PASSWORD.getBytes(java.nio.charset.StandardCharsets.UTF_8)))));
        // storageClass: demo-aws's node types name gp3-encrypted, which the wizard proposes (issue 16).
        // (The sandbox keeps the cluster password only as its SHA-256, like every secret it never shows again.)
        assertEquals(expected, received);
        assertEquals(1, sandbox.launchRequests());
        String launchedId = sandbox.state().read(d -> d.clusters.get(0).id);
        assertTrue(text(robot, "#launchResult").contains("id " + launchedId));

        // The main window's Clusters view of that environment lists it and watches it until it runs.
        waitUntil(() -> clustersTable(robot).getItems().stream().anyMatch(c -> c.name().equals("api-test")));
        waitUntil(() -> clustersTable(robot).getItems().stream()
                .anyMatch(c -> c.name().equals("api-test") && c.isRunning()));
        assertEquals("online", clustersTable(robot).getItems().get(0).status());
        waitUntil(() -> !showing(robot, "#clustersPolling"));
        assertEquals("Clusters of " + DemoAccount.ENVIRONMENT_AWS, text(robot, "#clustersTitle"));

        robot.clickOn("#wizardCancel"); // "Close" now: no question asked after a launch
        waitUntil(() -> robot.lookup("#wizardCancel").tryQuery().isEmpty());
        assertEquals("101", app.settings().get(LaunchWizardViewModel.LAST_ENVIRONMENT, null));
    }

    @Test
    void theFooterAsksToFixMarkedFieldsOnlyOnceSomeAreMarked(FxRobot robot) {
        openWizard(robot);
        next(robot);
        assertFalse(showing(robot, "#nameError"), "nothing marked before anything is typed");
        // The footer said "Fix the fields marked on this page" the moment the page opened, none marked.
        assertEquals("", text(robot, "#pageHint"), "no field is marked yet");
        assertTrue(nextRefused(robot));
        assertTrue(showing(robot, "#nameError"));
        assertEquals("Fix the fields marked on this page to go on.", text(robot, "#pageHint"));
    }

    @Test
    void invalidInputsDisableNextWithTheReasonBesideTheField(FxRobot robot) {
        openWizard(robot);
        next(robot);
        assertFalse(showing(robot, "#nameError"), "nothing red before anything is typed");
        assertFalse(showing(robot, "#adminPassError"));
        type(robot, "#nameField", "9lives");
        assertEquals("Start with a lowercase letter.", text(robot, "#nameError"));
        enter(robot, "#nameField", "Api_Test");
        assertEquals("Start with a lowercase letter.", text(robot, "#nameError"));
        enter(robot, "#nameField", "api_test");
        assertEquals("Use only lowercase letters, digits and hyphens.", text(robot, "#nameError"));
        type(robot, "#nameField", "api-test");
        assertFalse(showing(robot, "#nameError"));
        enter(robot, "#adminPassField", "short");
        assertEquals("At least 8 characters.", text(robot, "#adminPassError"));
        enter(robot, "#adminPassField", PASSWORD);
        enter(robot, "#adminPassConfirmField", PASSWORD + "x");
        assertEquals("The two passwords differ.", text(robot, "#adminPassConfirmError"));
        assertTrue(nextRefused(robot));
        enter(robot, "#adminPassConfirmField", PASSWORD);
        assertTrue(text(robot, "#passwordStrength").startsWith("Strength: strong"), text(robot, "#passwordStrength"));
        robot.clickOn("#showPassword");
        assertTrue(showing(robot, "#adminPassShown"));
        assertEquals(PASSWORD, text(robot, "#adminPassShown"));
        next(robot);

        enter(robot, "#shardsField", "0");
        assertEquals("Shards must be 1 to 64.", text(robot, "#shardsError"));
        assertTrue(nextRefused(robot));
        enter(robot, "#shardsField", "2");
        enter(robot, "#replicasField", "two");
        assertEquals("Enter a whole number.", text(robot, "#replicasError"));
        enter(robot, "#replicasField", "2");
        assertEquals("4", text(robot, "#nodesField"));
        enter(robot, "#nodesField", "3");
        assertTrue(text(robot, "#nodesWarning").contains("Shards × replicas is 4"), "a mismatch warns but allows Next");
        enter(robot, "#sizeField", "0");
        assertEquals("Disk size must be 1 to 16384 GB.", text(robot, "#sizeError"));
        assertTrue(nextRefused(robot));
        enter(robot, "#sizeField", "100");
        next(robot);

        enter(robot, "#httpsPortField", "70000");
        assertEquals("A port is 1 to 65535.", text(robot, "#httpsPortError"));
        enter(robot, "#httpsPortField", "9440");
        assertEquals("The HTTPS and TCP ports must differ.", text(robot, "#tcpPortError"));
        assertTrue(nextRefused(robot));
        enter(robot, "#httpsPortField", "8443");
        next(robot);

        enter(robot, "#zookeeperTagField", "bad tag");
        assertTrue(showing(robot, "#zookeeperTagError"));
        assertTrue(nextRefused(robot));
        enter(robot, "#zookeeperTagField", "3.8.4");
        next(robot);
        waitUntil(() -> showing(robot, "#reviewJson"));
        assertTrue(text(robot, "#reviewJson").contains("\"nodes\" : \"3\""), "the user's own node count is kept");

        // Back keeps everything typed.
        robot.clickOn("#wizardBack").clickOn("#wizardBack").clickOn("#wizardBack").clickOn("#wizardBack");
        assertEquals("api-test", text(robot, "#nameField"));
        assertEquals(PASSWORD, text(robot, "#adminPassShown"));
        next(robot);
        assertEquals("3", text(robot, "#nodesField"));
    }

    @Test
    void aNameAlreadyUsedInTheEnvironmentIsRefusedAsItIsTyped(FxRobot robot) throws Exception {
        addClusterInSandbox("101", "taken-name");
        openWizard(robot);
        next(robot);
        type(robot, "#nameField", "taken-name");
        waitUntil(() -> text(robot, "#nameError").contains("already exists"));
        assertTrue(nextRefused(robot));
    }

    @Test
    void aServerRefusalTakesTheUserBackToTheFieldItNames(FxRobot robot) throws Exception {
        openWizard(robot);
        next(robot);
        fillFromClusterPage(robot, "late-dup");
        // Someone else launches the same name after the wizard looked: only the server can tell.
        addClusterInSandbox("101", "late-dup");
        robot.clickOn("#wizardLaunch");
        waitUntil(() -> showing(robot, "#nameField"));
        assertEquals("A cluster named late-dup already exists in this environment.", text(robot, "#nameError"));
        assertEquals("late-dup", text(robot, "#nameField"));
        assertEquals(PASSWORD, text(robot, "#adminPassField"), "nothing typed is lost");
        assertTrue(nextRefused(robot));

        type(robot, "#nameField", "late-dup-2");
        next(robot);
        assertEquals("2", text(robot, "#replicasField"));
        next(robot);
        next(robot);
        next(robot);
        robot.clickOn("#wizardLaunch");
        waitUntil(() -> showing(robot, "#launchResult"));
        assertEquals(2, sandbox(app).launchRequests());
    }

    @Test
    void aDoubleClickOnLaunchSendsOneRequest(FxRobot robot) throws Exception {
        openWizard(robot);
        next(robot);
        fillFromClusterPage(robot, "double-click");
        robot.doubleClickOn("#wizardLaunch");
        waitUntil(() -> showing(robot, "#launchResult"));
        assertEquals(1, sandbox(app).launchRequests());
        assertEquals(List.of("double-click"), sandbox(app).state().read(d -> d.clusters.stream().map(c -> c.name).toList()));
        assertFalse(showing(robot, "#wizardLaunch"), "Launch is gone once the cluster exists");
    }

    @Test
    void reviewCopiesCurlWithATokenPlaceholderAndTheExactJson(FxRobot robot) throws Exception {
        openWizard(robot);
        next(robot);
        fillFromClusterPage(robot, "copy-me");
        robot.clickOn("#copyCurl");
        String curl = clipboardText(robot);
        assertTrue(curl.startsWith("curl -X POST -H 'X-Auth-Token: <TOKEN>' -H 'Content-Type: application/json' -d '{"), curl);
        assertTrue(curl.endsWith(sandbox(app).acmBaseUrl() + "environment/101/clusters/launch"), curl);
        assertTrue(curl.contains("\"adminPass\":\"" + PASSWORD + "\""), "what is copied is what is sent");
        robot.clickOn("#copyJson");
        JsonNode json = new ObjectMapper().readTree(clipboardText(robot));
        assertEquals("copy-me", json.get("name").asText());
        assertEquals(2, json.get("nodes").asInt());
        assertTrue(app.clipboard().holdsSecret(), "copies holding the password clear themselves");
    }

    private static String clipboardText(FxRobot robot) {
        String[] out = new String[1];
        robot.interact(() -> out[0] = Clipboard.getSystemClipboard().getString());
        return out[0];
    }

    @Test
    void cancelAsksFirstOnlyWhenSomethingWasTyped(FxRobot robot) {
        openWizard(robot);
        robot.clickOn("#wizardCancel");
        waitUntil(() -> robot.lookup("#wizardCancel").tryQuery().isEmpty());

        robot.clickOn("#launchButton");
        waitUntil(() -> robot.lookup("#environmentChoice").tryQuery().isPresent());
        next(robot);
        type(robot, "#nameField", "half-done");
        robot.clickOn("#wizardCancel");
        // The view-model asks through the app's confirmation: Discard, or Cancel to keep editing.
        waitUntil(() -> robot.lookup("#" + com.accountdesk.ui.common.Dialogs.CONFIRM_CANCEL_ID).tryQuery().isPresent());
        robot.clickOn("#" + com.accountdesk.ui.common.Dialogs.CONFIRM_CANCEL_ID);
        assertEquals("half-done", text(robot, "#nameField"));
        robot.clickOn("#wizardCancel");
        waitUntil(() -> robot.lookup("Discard").tryQuery().isPresent());
        robot.clickOn("Discard");
        waitUntil(() -> robot.lookup("#wizardCancel").tryQuery().isEmpty());
        assertTrue(robot.lookup("#userMenu").tryQuery().isPresent());
    }

    @Test
    void theLastEnvironmentUsedIsPreselected(FxRobot robot) {
        app.settings().put(LaunchWizardViewModel.LAST_ENVIRONMENT, "102");
        openWizard(robot);
        assertEquals(DemoAccount.ENVIRONMENT_GCP, environmentChoice(robot).getValue().name());
        assertEquals("102", environmentChoice(robot).getValue().id());
        assertTrue(labelText(robot, ".wizard-step.current").endsWith("Environment"));
    }

    @Test
    void aVersionAndAKeeperAreChosenFromTheEnvironmentsLists(FxRobot robot) throws Exception {
        openWizard(robot);
        next(robot);
        @SuppressWarnings("unchecked")
        ComboBox<String> versions = robot.lookup("#versionField").queryAs(ComboBox.class);
        waitUntil(() -> versions.getItems().size() == 5);
        assertFalse(showing(robot, "#versionsStatus"), "no state line once the list is there");
        // The list opens grouped by stream, the end-of-life release marked.
        robot.clickOn(versions.lookup(".arrow-button"));
        waitUntil(() -> robot.lookup(".combo-box-popup .list-cell").queryAll().size() >= 5);
        List<String> shown = new ArrayList<>();
        robot.lookup(".combo-box-popup .list-cell .label").queryAllAs(Label.class).forEach(l -> shown.add(l.getText()));
        assertTrue(shown.containsAll(List.of("Altinity Stable", "Altinity Antalya", "Upstream ClickHouse")), shown.toString());
        assertTrue(shown.contains("23.8.16.43.altinitystable ([EOL] 23.8 Altinity Stable, end of life)"), shown.toString());
        robot.clickOn("25.3.6.10034.altinitystable (25.3 Altinity Stable)");
        waitUntil(() -> "25.3.6.10034.altinitystable".equals(text(robot, "#versionEditor")));
        type(robot, "#nameField", "with-keeper");
        enter(robot, "#adminPassField", PASSWORD);
        enter(robot, "#adminPassConfirmField", PASSWORD);
        next(robot);
        waitUntil(() -> "m6i.large".equals(text(robot, "#nodeTypeEditor")));
        next(robot);
        enter(robot, "#ipField", "203.0.113.0/24, example.com");
        assertEquals("example.com: not an IP address or CIDR range (e.g. 203.0.113.0/24)", text(robot, "#ipError"));
        assertTrue(nextRefused(robot));
        enter(robot, "#ipField", "203.0.113.0/24");
        next(robot);

        robot.clickOn("#keeperUse");
        waitUntil(() -> "shared-keeper".equals(text(robot, "#keeperEditor")));
        assertEquals("m6i.large · three nodes · altinity/clickhouse-keeper:25.3", text(robot, "#keeperInfo"));
        assertFalse(robot.lookup("#zookeeperLaunch").queryAs(RadioButton.class).isSelected());
        robot.clickOn("#zone-us-east-1a");
        next(robot);
        waitUntil(() -> showing(robot, "#reviewJson"));
        waitUntil(() -> !disabled(robot, "#wizardLaunch"));
        robot.clickOn("#wizardLaunch");
        waitUntil(() -> showing(robot, "#launchResult"));

        JsonNode received = sandbox(app).state().read(d -> d.clusters.stream()
                .filter(c -> c.name.equals("with-keeper")).findFirst().orElseThrow().request);
        assertEquals("25.3.6.10034.altinitystable", received.get("version").asText());
        assertEquals("shared-keeper", received.get("keeperName").asText());
        assertEquals("", received.get("zookeeper").asText(), "no new ZooKeeper besides");
        assertEquals("[\"us-east-1a\"]", received.get("azlist").toString());
        assertEquals("203.0.113.0/24", received.get("ipWhitelist").asText());
    }
}
