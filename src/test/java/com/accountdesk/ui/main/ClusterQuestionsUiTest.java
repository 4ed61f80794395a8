package com.accountdesk.ui.main;

import com.accountdesk.model.Cluster;
import com.accountdesk.testing.Clipping;
import com.accountdesk.testing.Fx;
import com.accountdesk.testing.Wait;
import com.accountdesk.ui.common.Background;
import com.accountdesk.ui.common.Dialogs;
import com.accountdesk.ui.common.Texts;
import com.accountdesk.ui.launch.OptionList;
import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The cluster questions (terminate, stop, rescale) say every sentence whole, also in a window narrower than its longest sentence. */
@Tag("ui")
class ClusterQuestionsUiTest {
    private static final Cluster CLUSTER = new Cluster("7", "api-test", "online", "102", 2, 1, 2, true, "", "", "");

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @AfterEach
    void cancel() {
        Fx.run(() -> dialogPane().ifPresent(pane -> ((Button) pane.lookup("#" + Dialogs.CONFIRM_CANCEL_ID)).fire()));
    }

    private static Optional<DialogPane> dialogPane() {
        return Window.getWindows().stream().filter(Window::isShowing)
                .map(w -> w.getScene() == null ? null : w.getScene().getRoot())
                .filter(DialogPane.class::isInstance).map(DialogPane.class::cast).findFirst();
    }

    @Test
    void theTerminateQuestionWrapsInsteadOfCutting() {
        assertWholeWhenNarrow(() -> ClusterDialogs.terminate(null, CLUSTER));
    }

    @Test
    void terminateIsMarkedAsRestoreIs() {
        // Both end what cannot be had back: their button wears the same danger look.
        Platform.runLater(() -> ClusterDialogs.terminate(null, CLUSTER));
        Wait.until("the question", Duration.ofSeconds(10), () -> Fx.call(() -> dialogPane().isPresent()));
        assertTrue(Fx.call(() -> dialogPane().orElseThrow().lookup("#" + Dialogs.CONFIRM_OK_ID).getStyleClass().contains("danger")));
    }

    @Test
    void theStopQuestionWrapsInsteadOfCutting() {
        assertWholeWhenNarrow(() -> Dialogs.confirm(null, Texts.get("clusters.stop.title"), Texts.get("clusters.stop.header", "api-test"),
                Texts.get("clusters.stop.text"), Texts.get("clusters.action.stop")));
    }

    @Test
    void theRescaleQuestionWrapsInsteadOfCutting() {
        assertWholeWhenNarrow(() -> ClusterDialogs.rescale(null, CLUSTER, new OptionList<>(Background.callingThread())));
    }

    private void assertWholeWhenNarrow(Runnable ask) {
        Platform.runLater(ask);
        Wait.until("the question", Duration.ofSeconds(10), () -> Fx.call(() -> dialogPane().isPresent()));
        // As narrow as a small screen or a window manager may make it: 380 px.
        Fx.run(() -> {
            Window window = dialogPane().orElseThrow().getScene().getWindow();
            window.setWidth(380);
            window.setHeight(window.getHeight() + 200);
        });
        Wait.until("the narrower window", Duration.ofSeconds(10), () -> Fx.call(() -> dialogPane().orElseThrow().getWidth() <= 380));
        List<String> cut = Fx.call(() -> Clipping.clipped(dialogPane().orElseThrow()));
        assertEquals(List.of(), cut);
    }
}
