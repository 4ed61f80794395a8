package com.accountdesk.ui.account;

import com.accountdesk.app.AppContext;
import com.accountdesk.model.ApiKey;
import com.accountdesk.sandbox.state.SandboxState;
import com.accountdesk.sandbox.state.StateData;
import javafx.scene.control.Button;
import javafx.scene.control.TableView;
import javafx.scene.input.Clipboard;
import org.testfx.api.FxRobot;
import com.accountdesk.testing.Fx;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static com.accountdesk.testing.UiTestSupport.sandbox;
import static com.accountdesk.testing.UiTestSupport.waitUntil;

/** Shared steps of the My Account UI tests: open the window, read the table, the sandbox and the clipboard. */
final class MyAccountUi {
    private MyAccountUi() {
    }

    /** Opens My Account from the user menu and waits until the keys are loaded. */
    static void open(FxRobot robot) {
        robot.clickOn("#userMenu").clickOn("My Account…");
        waitUntil(() -> robot.lookup("#keyTable").tryQuery().isPresent());
        waitUntil(() -> !table(robot).getItems().isEmpty() && !busy(robot));
    }

    @SuppressWarnings("unchecked")
    static TableView<ApiKey> table(FxRobot robot) {
        return robot.lookup("#keyTable").queryAs(TableView.class);
    }

    static boolean busy(FxRobot robot) {
        return robot.lookup("#refreshKeysButton").queryAs(Button.class).isDisabled();
    }

    /** Selects the row of the key and puts focus on the table, as a click would. */
    static void select(FxRobot robot, ApiKey key) {
        robot.interact(() -> {
            TableView<ApiKey> table = table(robot);
            table.getSelectionModel().select(key);
            table.requestFocus();
        });
    }

    static ApiKey row(FxRobot robot, String token) {
        return table(robot).getItems().stream().filter(k -> k.token().reveal().equals(token)).findFirst().orElseThrow();
    }

    /** Whether the table row showing the key carries the CSS pseudo-class (lookups ignore pseudo-classes). */
    @SuppressWarnings("unchecked")
    static boolean rowMarked(FxRobot robot, String token, String pseudoClass) {
        return robot.lookup("#keyTable .table-row-cell").queryAll().stream()
                .map(n -> (javafx.scene.control.TableRow<ApiKey>) n)
                .filter(r -> r.getItem() != null && r.getItem().token().reveal().equals(token))
                .anyMatch(r -> r.getPseudoClassStates().stream().anyMatch(p -> p.getPseudoClassName().equals(pseudoClass)));
    }

    static SandboxState state(AppContext app) throws Exception {
        return sandbox(app).state();
    }

    static List<String> serverTokens(AppContext app) throws Exception {
        return state(app).read(d -> d.acm.tokens.stream().map(t -> t.token).toList());
    }

    static StateData.AcmToken serverToken(AppContext app, String token) throws Exception {
        return state(app).read(d -> d.acm.tokens.stream().filter(t -> t.token.equals(token)).findFirst().orElse(null));
    }

    /** A key put straight into the server, as if added from the web console meanwhile. */
    static String addKeyElsewhere(AppContext app) throws Exception {
        String token = "elsewhere-" + UUID.randomUUID().toString().replace("-", "");
        long now = Instant.now().getEpochSecond();
        state(app).write(d -> d.acm.tokens.add(new StateData.AcmToken(token, now, now + Duration.ofDays(3).toSeconds())));
        return token;
    }

    static String clipboardText(FxRobot robot) {
        return Fx.call(() -> Clipboard.getSystemClipboard().hasString() ? Clipboard.getSystemClipboard().getString() : null);
    }
}
