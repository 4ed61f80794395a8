package com.accountdesk.ui;

import com.accountdesk.api.HttpTransport;
import com.accountdesk.app.AppConfig;
import com.accountdesk.app.AppContext;
import com.accountdesk.session.Accounts;
import com.accountdesk.io.Settings;
import com.accountdesk.credentials.FileSecretStore;
import com.accountdesk.credentials.Profile;
import com.accountdesk.credentials.ProfileStore;
import com.accountdesk.credentials.SecretStores;
import com.accountdesk.model.Provider;
import com.accountdesk.model.Secret;
import com.accountdesk.sandbox.state.DemoAccount;
import com.accountdesk.ui.common.Notifier;
import javafx.scene.control.PasswordField;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import static com.accountdesk.testing.UiTestSupport.labelText;
import static com.accountdesk.testing.UiTestSupport.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The app started on files someone damaged or swapped: it starts, says so, and sends no saved key anywhere new. */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class DamagedAndSwappedFilesUiTest {
    @TempDir
    Path home;
    private AppContext app;

    @Start
    void start(Stage stage) {
        // Each test writes its files first, then starts the app itself (see open).
    }

    @AfterEach
    void stop() {
        if (app != null) {
            app.close();
        }
    }

    private Path config() {
        return home.resolve("config");
    }

    private List<Notifier.Notice> open(FxRobot robot) {
        List<Notifier.Notice> heard = new CopyOnWriteArrayList<>();
        robot.interact(() -> {
            app = AppContext.create(new AppConfig(null, null, true, config().resolve("settings.properties")));
            app.notifier().addListener(heard::add);
            app.show(new Stage());
        });
        return heard;
    }

    @Test
    void damagedSettingsAndProfilesAreSetAsideWithANotice(FxRobot robot) throws Exception {
        Files.createDirectories(config());
        Files.writeString(config().resolve("settings.properties"), "ui.theme=dark\nbroken=\\uZZZZ\n");
        Files.writeString(config().resolve("profiles.json"), "[null]");
        List<Notifier.Notice> heard = open(robot);
        waitUntil(() -> heard.size() == 2);
        assertTrue(heard.stream().allMatch(n -> n.kind() == Notifier.Kind.WARNING), heard.toString());
        assertTrue(heard.get(0).text().contains("settings.properties") && heard.get(1).text().contains("profiles.json"), heard.toString());
        try (var files = Files.list(config())) {
            assertEquals(2, files.filter(p -> p.getFileName().toString().contains(".corrupt-")).count());
        }
    }

    @Test
    void aSavedAccountWhoseEndpointWasSwappedIsNotSignedInWithItsSecret(FxRobot robot) throws Exception {
        Path profiles = config().resolve("profiles.json");
        new Accounts(new HttpTransport(), new ProfileStore(profiles), new FileSecretStore(config().resolve(SecretStores.FILE_NAME)),
                new Settings(config().resolve("settings.properties")), null)
                .remember(Profile.draft(Provider.CRATEDB, Profile.SANDBOX, DemoAccount.CRATE_KEY, "").withDisplayName("Demo"),
                        Secret.of(DemoAccount.CRATE_SECRET), true);
        Files.writeString(profiles, Files.readString(profiles).replace("\"sandbox\"", "\"https://evil.example/\""));

        open(robot);
        waitUntil(() -> labelText(robot, "#errorLabel").contains("not used"));
        assertTrue(labelText(robot, "#errorLabel").contains("another endpoint"), labelText(robot, "#errorLabel"));
        assertEquals("", robot.lookup("#crateSecretField").queryAs(PasswordField.class).getText(), "the secret was not filled in");
        assertFalse(robot.lookup("#userMenu").tryQuery().isPresent(), "not signed in");
    }
}
