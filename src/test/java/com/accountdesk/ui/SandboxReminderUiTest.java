package com.accountdesk.ui;

import com.accountdesk.app.AppConfig;
import com.accountdesk.app.AppContext;
import com.accountdesk.credentials.FileSecretStore;
import com.accountdesk.credentials.Profile;
import com.accountdesk.credentials.ProfileStore;
import com.accountdesk.credentials.SecretStores;
import com.accountdesk.model.Provider;
import com.accountdesk.model.Secret;
import com.accountdesk.sandbox.state.DemoAccount;
import com.accountdesk.ui.common.Notifier;
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
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import static com.accountdesk.testing.UiTestSupport.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A new user on the app's own sandbox sees what a reminder looks like: the demo CrateDB key pair,
 * saved, is checked against the embedded sandbox at start, whose seeded idle key is near removal.
 */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class SandboxReminderUiTest {
    private AppContext app;
    private final List<Notifier.Notice> heard = new CopyOnWriteArrayList<>();

    @Start
    void start(Stage stage) throws Exception {
        Path config = Path.of(System.getProperty("accountdesk.home"), "sandbox-reminder-" + UUID.randomUUID(), "config");
        Profile saved = new ProfileStore(config.resolve(ProfileStore.FILE_NAME))
                .save(new Profile(null, Provider.CRATEDB, DemoAccount.NAME, Profile.SANDBOX, DemoAccount.CRATE_KEY, ""));
        FileSecretStore secrets = new FileSecretStore(config.resolve(SecretStores.FILE_NAME));
        secrets.save(saved.secretName(), Secret.of(DemoAccount.CRATE_SECRET));
        secrets.save(saved.secretBindingName(), Secret.of(saved.secretBinding()));
        // The embedded sandbox, fresh and in memory: only the settings and saved accounts are on disk.
        app = AppContext.create(new AppConfig(null, null, true, config.resolve("settings.properties")));
        app.notifier().addListener(heard::add);
        app.show(stage);
    }

    @AfterEach
    void stop() {
        app.close();
    }

    @Test
    void theDemoAccountSavedOnTheAppsSandboxIsRemindedOfItsIdleKey(FxRobot robot) {
        waitUntil(() -> !heard.isEmpty() && Window.getWindows().stream().anyMatch(w -> w instanceof PopupWindow && w.isShowing()));
        Notifier.Notice notice = heard.get(0);
        assertEquals(Notifier.Kind.WARNING, notice.kind());
        assertEquals("A saved account needs attention", notice.title());
        assertTrue(notice.text().startsWith(DemoAccount.NAME) && notice.text().contains("(10 days left)"), notice.text());
    }
}
