package com.accountdesk.ui;

import com.accountdesk.app.AppConfig;
import com.accountdesk.app.AppContext;
import com.accountdesk.credentials.SecretStores;
import com.accountdesk.sandbox.state.DemoAccount;
import com.accountdesk.sandbox.http.FaultInjector.Fault;
import com.accountdesk.sandbox.SandboxServer;
import com.accountdesk.testing.LogCapture;
import com.accountdesk.testing.SecretScan;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import com.accountdesk.testing.AppExtension;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static com.accountdesk.testing.UiTestSupport.sandbox;
import static com.accountdesk.testing.UiTestSupport.showing;
import static com.accountdesk.testing.UiTestSupport.type;
import static com.accountdesk.testing.UiTestSupport.waitUntil;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The app driven through its windows with every logger at ALL: sign-in by password and by a
 * remembered key, failures under faults, a session renewed mid-work. No secret may show in the log,
 * in any text on screen, or in any file written, except the user-only credential file. (JavaFX's own
 * FINER layout log prints every Label's text: a secret must never be a Label's text.)
 */
@Tag("ui")
@ExtendWith(AppExtension.class)
class SecretHygieneUiTest implements AppExtension.Configured {
    private AppContext app;
    private Path home;
    private LogCapture log;

    @Override
    public AppConfig appConfig() {
        log = new LogCapture();
        home = Path.of(System.getProperty("accountdesk.home"), "hygiene-ui-" + UUID.randomUUID());
        return new AppConfig(null, null, true, home.resolve("config/settings.properties"));
    }

    @AfterEach
    void stopLogCapture() {
        log.close();
    }

    /** Every text shown in every open window: labels, buttons, fields that are not password fields. */
    private static String screenText(FxRobot robot) {
        StringBuilder s = new StringBuilder();
        for (Window w : robot.listWindows()) {
            if (w.getScene() == null) {
                continue;
            }
            for (Node n : w.getScene().getRoot().lookupAll("*")) {
                // Labels, buttons, cells: JavaFX's FINER log prints their text. (A token shown once to
                // be copied sits in a text field, which is meant to show it.)
                if (n instanceof Labeled l) {
                    s.append(l.getText()).append('\n');
                }
            }
        }
        return s.toString();
    }

    private void waitForConnect(FxRobot robot) {
        waitUntil(() -> robot.lookup("#endpointField").tryQuery().isPresent()
                && !robot.lookup("#endpointField").queryAs(TextField.class).getText().isEmpty());
    }

    @Test
    void noSecretInLogsScreensOrFiles(FxRobot robot) throws Exception {
        SandboxServer server = sandbox(app);
        String key = server.state().read(d -> d.acm.tokens.get(0).token);
        String wrongKey = "wrong-key-" + UUID.randomUUID();
        // The demo password is public (the sign-in screen shows it); this account gets a private one.
        String password = "Private-pass-" + UUID.randomUUID();
        String hash = java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                .digest(password.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        server.state().write(d -> d.acm.passwordHash = hash);
        List<String> secrets = new ArrayList<>(List.of(password, key, wrongKey));
        StringBuilder screens = new StringBuilder();
        waitForConnect(robot);

        // A wrong key, then the key whose account answer comes back malformed (it holds the key).
        robot.clickOn("#apiKeyChoice");
        type(robot, "#apiKeyField", wrongKey);
        assertTrue(robot.lookup("#rememberCheck").queryAs(javafx.scene.control.CheckBox.class).isSelected());
        robot.clickOn("#connectButton");
        waitUntil(() -> showing(robot, "#errorLabel"));
        screens.append(screenText(robot));
        server.faults().script(Fault.MALFORMED);
        type(robot, "#apiKeyField", key);
        robot.clickOn("#connectButton");
        waitUntil(() -> showing(robot, "#errorLabel") && !robot.lookup("#connectButton").queryButton().isDisabled());
        screens.append(screenText(robot));
        robot.clickOn("#connectButton");
        waitUntil(() -> robot.lookup("#userMenu").tryQuery().isPresent());
        robot.clickOn("#userMenu").clickOn("Settings…");
        waitUntil(() -> robot.lookup("#secretsWhere").tryQuery().isPresent());
        screens.append(screenText(robot));
        robot.type(KeyCode.ESCAPE);

        // Sign out, sign in by password; the session expires and is renewed mid-refresh.
        robot.clickOn("#userMenu").clickOn("Sign out");
        waitForConnect(robot);
        robot.clickOn("#passwordChoice");
        type(robot, "#loginField", DemoAccount.LOGIN);
        type(robot, "#passwordField", password);
        robot.clickOn("#connectButton");
        waitUntil(() -> robot.lookup("#userMenu").tryQuery().isPresent());
        server.state().write(d -> {
            d.acm.sessions.forEach(s -> s.expires = Instant.now().getEpochSecond() - 1);
            return null;
        });
        robot.clickOn("#refreshButton");
        waitUntil(() -> showing(robot, "#reauthSecretField"));
        screens.append(screenText(robot));
        robot.clickOn("#reauthSecretField").write(password).type(KeyCode.ENTER);
        waitUntil(() -> robot.lookup("#reauthSecretField").tryQuery().isEmpty()
                && !robot.lookup("#refreshButton").queryButton().isDisabled());
        server.faults().script(Fault.HUGE);
        robot.clickOn("#refreshButton");
        waitUntil(() -> showing(robot, "#errorLabel"));
        screens.append(screenText(robot));

        // My Account: a new key (its answer once malformed: the body holds every key), Allow
        // Domains, and an Anywhere token.
        robot.clickOn("#userMenu").clickOn("My Account…");
        waitUntil(() -> robot.lookup("#keyTable").tryQuery().isPresent()
                && !robot.lookup("#refreshKeysButton").queryButton().isDisabled());
        List<String> keysBefore = server.state().read(d -> d.acm.tokens.stream().map(t -> t.token).toList());
        robot.clickOn("#addButton");
        waitUntil(() -> showing(robot, "#expiryOkButton"));
        robot.type(KeyCode.ENTER);
        waitUntil(() -> server.state().read(d -> d.acm.tokens.size()) > keysBefore.size()
                && !robot.lookup("#refreshKeysButton").queryButton().isDisabled());
        server.state().read(d -> d.acm.tokens.stream().map(t -> t.token).filter(t -> !keysBefore.contains(t)).toList())
                .forEach(secrets::add);
        server.faults().script(Fault.MALFORMED);
        robot.clickOn("#refreshKeysButton");
        waitUntil(() -> showing(robot, "#keysErrorLabel") && !robot.lookup("#refreshKeysButton").queryButton().isDisabled());
        screens.append(screenText(robot));
        robot.interact(() -> robot.lookup("#originsArea").queryAs(javafx.scene.control.TextArea.class).setText("example.com"));
        robot.clickOn("#saveOriginsButton");
        waitUntil(() -> "example.com".equals(server.state().read(d -> d.acm.origins)));
        robot.clickOn("Anywhere API Access");
        waitUntil(() -> showing(robot, "#createTokenButton"));
        robot.clickOn("#createTokenButton");
        waitUntil(() -> showing(robot, "#" + com.accountdesk.ui.common.Dialogs.CONFIRM_OK_ID));
        robot.clickOn("#" + com.accountdesk.ui.common.Dialogs.CONFIRM_OK_ID);
        waitUntil(() -> showing(robot, "#tokenBox") && !robot.lookup("#tokenField").queryAs(TextField.class).getText().isEmpty());
        secrets.add(robot.lookup("#tokenField").queryAs(TextField.class).getText());
        screens.append(screenText(robot));
        SecretScan.assertAllNonEmpty(secrets);

        assertTrue(log.count() > 10, "DEBUG logging captured: " + log.count());
        SecretScan.assertNoneIn("the log", log.text(), secrets);
        SecretScan.assertNoneIn("the screens", screens.toString(), secrets);
        Path credentials = home.resolve("config").resolve(SecretStores.FILE_NAME);
        assertTrue(Files.readString(credentials).contains(key), "the remembered key is in the user-only file");
        List<Path> scanned = SecretScan.assertNoneInFiles(home, secrets, f -> f.equals(credentials));
        assertTrue(scanned.contains(home.resolve("config/settings.properties")), "settings were written and checked: " + scanned);
    }
}
