package com.accountdesk.ui;

import com.accountdesk.app.AppConfig;
import com.accountdesk.app.AppContext;
import com.accountdesk.credentials.FileSecretStore;
import com.accountdesk.credentials.Profile;
import com.accountdesk.credentials.ProfileStore;
import com.accountdesk.credentials.SecretStores;
import com.accountdesk.model.Provider;
import com.accountdesk.model.Secret;
import com.accountdesk.sandbox.SandboxOptions;
import com.accountdesk.sandbox.SandboxServer;
import com.accountdesk.sandbox.state.StateData;
import com.accountdesk.ui.common.Notifier;
import javafx.scene.Node;
import javafx.stage.PopupWindow;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import static com.accountdesk.testing.UiTestSupport.showing;
import static com.accountdesk.testing.UiTestSupport.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * At start, in the background, every saved account is checked: a saved ACM key (on a sandbox of
 * its own, as a real endpoint) that expires in 2 h gets one notification, and clicking it opens
 * that account, whose main window then offers to extend or replace the key.
 */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class ReminderUiTest {
    private static final String KEY = "reminded-key-0123456789abcdef";
    private SandboxServer cloud;
    private AppContext app;
    private final List<Notifier.Notice> heard = new CopyOnWriteArrayList<>();

    @Start
    void start(Stage stage) throws Exception {
        cloud = SandboxServer.start(SandboxOptions.inMemory());
        long now = Instant.now().getEpochSecond();
        cloud.state().write(d -> d.acm.tokens.add(new StateData.AcmToken(KEY, now, now + Duration.ofHours(2).getSeconds())));
        Path config = Path.of(System.getProperty("accountdesk.home"), "reminder-" + UUID.randomUUID(), "config");
        Profile saved = new ProfileStore(config.resolve(ProfileStore.FILE_NAME))
                .save(new Profile(null, Provider.ACM, "Build bot", cloud.acmBaseUrl(), "", ""));
        FileSecretStore secrets = new FileSecretStore(config.resolve(SecretStores.FILE_NAME));
        secrets.save(saved.secretName(), Secret.of(KEY));
        secrets.save(saved.secretBindingName(), Secret.of(saved.secretBinding())); // saved for this endpoint, as the app saves it
        app = AppContext.create(new AppConfig(null, null, true, config.resolve("settings.properties")));
        app.notifier().addListener(heard::add);
        app.show(stage);
    }

    @AfterEach
    void stop() {
        app.close();
        cloud.close();
    }

    private static Optional<Node> notificationBar() {
        return Window.getWindows().stream()
                .filter(w -> w instanceof PopupWindow p && p.isShowing())
                .map(w -> w.getScene().getRoot().lookup(".notification-bar"))
                .filter(n -> n != null)
                .findFirst();
    }

    @Test
    void aSavedKeyExpiringIn2HoursIsRemindedAtStartAndClickingOpensItsAccount(FxRobot robot) {
        waitUntil(() -> !heard.isEmpty() && notificationBar().isPresent());
        assertEquals(1, heard.size(), "one notification for all accounts");
        Notifier.Notice notice = heard.get(0);
        assertEquals(Notifier.Kind.WARNING, notice.kind());
        assertEquals("A saved account needs attention", notice.title());
        assertTrue(notice.text().startsWith("Build bot — ACM API key") && notice.text().contains(": expires in 2 h"), notice.text());

        robot.clickOn(notificationBar().orElseThrow());
        waitUntil(() -> showing(robot, "#ownKeyNote"));
        assertTrue(robot.lookup("#userMenu").tryQuery().isPresent(), "signed in to the reminded account");
    }
}
