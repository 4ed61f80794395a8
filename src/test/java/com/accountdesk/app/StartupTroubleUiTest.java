package com.accountdesk.app;

import com.accountdesk.model.Provider;
import com.accountdesk.sandbox.state.DemoAccount;
import com.accountdesk.ui.common.Notifier;
import javafx.scene.control.TextInputControl;
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
import static com.accountdesk.testing.UiTestSupport.signIn;
import static com.accountdesk.testing.UiTestSupport.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The app started where its own folders are unusable: the embedded sandbox cannot keep its state,
 * the settings cannot be read or written. It starts anyway, says what happened, and loses nothing typed.
 */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class StartupTroubleUiTest {
    @TempDir
    Path home;
    private AppContext app;

    @Start
    void start(Stage stage) {
        // Each test sets up its folders first, then starts the app itself (see open).
    }

    @AfterEach
    void stop() {
        if (app != null) {
            app.close();
        }
    }

    private List<Notifier.Notice> open(FxRobot robot, AppConfig config) {
        List<Notifier.Notice> heard = new CopyOnWriteArrayList<>();
        robot.interact(() -> {
            app = AppContext.create(config);
            app.notifier().addListener(heard::add);
            app.show(new Stage());
        });
        return heard;
    }

    private String field(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(TextInputControl.class).getText();
    }

    @Test
    void theSandboxThatCannotStartIsNamedAndARealEndpointOffered(FxRobot robot) throws Exception {
        // Its data folder is a file: the sandbox cannot write its state, so it does not start.
        Path notAFolder = Files.writeString(home.resolve("data"), "not a folder");
        open(robot, new AppConfig(null, notAFolder.resolve("sandbox-state.json"), false, null));

        waitUntil("the error about the sandbox", () -> labelText(robot, "#errorLabel").contains("sandbox could not start"));
        assertEquals(Provider.ACM.defaultEndpoint(), field(robot, "#endpointField"));
        robot.clickOn("#loginField").write("ann@example.com");
        robot.clickOn("#crateChoice");
        assertEquals(Provider.CRATEDB.defaultEndpoint(), field(robot, "#endpointField"));
        robot.clickOn("#acmChoice");
        assertEquals("ann@example.com", field(robot, "#loginField"), "nothing typed is lost");
    }

    @Test
    void settingsThatCannotBeReadOrWrittenAreSaidAndSigningInStillWorks(FxRobot robot) throws Exception {
        // settings.properties is a folder: it cannot be read, and nothing can be written in its place.
        Path config = Files.createDirectories(home.resolve("config"));
        Files.createDirectories(config.resolve("settings.properties"));
        List<Notifier.Notice> heard = open(robot, new AppConfig(null, null, true, config.resolve("settings.properties")));

        waitUntil("a notice about the settings", () -> heard.stream().anyMatch(n -> n.text().contains("settings.properties")));
        signIn(robot);
        waitUntil("a notice that settings are not saved", () -> heard.stream()
                .anyMatch(n -> n.kind() == Notifier.Kind.WARNING && n.text().contains("could not be saved")));
        assertTrue(robot.lookup("#userMenu").queryLabeled().getText().contains(DemoAccount.NAME));
    }
}
