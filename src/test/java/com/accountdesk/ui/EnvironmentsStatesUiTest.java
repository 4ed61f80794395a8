package com.accountdesk.ui;

import com.accountdesk.api.Endpoints;
import com.accountdesk.api.HttpTransport;
import com.accountdesk.api.acm.AcmClient;
import com.accountdesk.model.Secret;
import com.accountdesk.testing.FixedServer;
import com.accountdesk.testing.FixedServer.Answer;
import com.accountdesk.ui.common.ListPlaceholder;
import com.accountdesk.ui.main.EnvironmentsController;
import com.accountdesk.ui.main.EnvironmentsViewModel;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import static com.accountdesk.testing.UiTestSupport.showing;
import static com.accountdesk.testing.UiTestSupport.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The environments list's loading, error and empty states, against a real HTTP server on loopback
 * that answers slowly, then with an error, then with nothing, then with a list.
 */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class EnvironmentsStatesUiTest {
    private static final String ONE = "{\"data\": [{\"id\": 7, \"name\": \"prod\", \"type\": \"kubernetes\", \"domain\": \"prod.example.com\"}]}";

    private final ExecutorService executor = Executors.newCachedThreadPool();
    private final CountDownLatch firstAnswer = new CountDownLatch(1);
    private FixedServer server;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @AfterEach
    void stop() {
        firstAnswer.countDown();
        executor.shutdownNow();
        if (server != null) {
            server.close();
        }
    }

    @Test
    void loadingThenErrorWithTryAgainThenEmptyThenRows(FxRobot robot) throws Exception {
        server = new FixedServer(n -> switch (n) {
            case 1 -> {
                await();
                yield Answer.json(404, "{\"message\": \"environment list is gone\"}");
            }
            case 2 -> Answer.json(200, "{\"data\": []}");
            default -> Answer.json(200, ONE);
        });
        AcmClient client = new AcmClient(Endpoints.parseBase(server.baseUrl()), Secret.of("k"), new HttpTransport());
        AtomicReference<EnvironmentsController> made = new AtomicReference<>();
        robot.interact(() -> {
            EnvironmentsController controller = new EnvironmentsController(new EnvironmentsViewModel(client, com.accountdesk.ui.common.Background.on(executor)));
            made.set(controller);
            stage.setScene(new Scene(controller.view(), 900, 500));
            stage.show();
            controller.refresh();
        });
        EnvironmentsController environments = made.get();
        ListPlaceholder placeholder = environments.placeholder();

        waitUntil(() -> placeholder.state() == ListPlaceholder.State.LOADING);
        assertEquals("Loading environments…", placeholder.message());
        assertFalse(showing(robot, "#retryButton"), "no Try again while loading");

        firstAnswer.countDown();
        waitUntil(() -> placeholder.state() == ListPlaceholder.State.ERROR);
        assertEquals("Could not load the environments.", placeholder.message());
        assertTrue(placeholder.detail().contains("environment list is gone"), placeholder.detail());
        assertTrue(showing(robot, "#retryButton"));
        assertFalse(showing(robot, "#errorLabel"), "the placeholder tells of the failure; no second message above it");

        robot.clickOn("#retryButton");
        waitUntil(() -> server.seen().size() == 2 && placeholder.state() == ListPlaceholder.State.EMPTY);
        assertTrue(placeholder.message().startsWith("This account has no environments yet"), placeholder.message());
        assertFalse(showing(robot, "#retryButton"));

        robot.interact(environments::refresh);
        waitUntil(() -> environments.table().getItems().size() == 1);
        assertEquals("prod", environments.table().getItems().get(0).name());
    }

    private void await() {
        try {
            firstAnswer.await(20, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
