package com.accountdesk.ui.common;

import com.accountdesk.testing.Fx;
import impl.org.controlsfx.skin.NotificationBar;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.Pane;
import javafx.scene.layout.StackPane;
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

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import static com.accountdesk.testing.UiTestSupport.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Notifications of finished work: shown beside the window that asked, seen by listeners. */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class NotifierUiTest {
    private Stage main;
    private Stage dialog;

    @Start
    void start(Stage stage) {
        main = stage;
        stage.setScene(new Scene(new Pane(), 600, 400));
        stage.show();
    }

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(() -> {
            if (dialog != null) {
                dialog.close();
            }

        });
    }

    /** The notification popups showing now, owned by {@code owner}, with their texts. */
    private static List<String> popupTextsOwnedBy(Window owner) {
        return Window.getWindows().stream()
                .filter(w -> w instanceof PopupWindow p && p.isShowing() && p.getOwnerWindow() == owner)
                .flatMap(w -> texts(w.getScene().getRoot()).stream())
                .toList();
    }

    private static List<String> texts(Parent root) {
        List<String> out = new CopyOnWriteArrayList<>();
        for (Node n : com.accountdesk.testing.Accessibility.allNodes(root)) {
            if (n instanceof Label l && l.getText() != null && !l.getText().isBlank()) {
                out.add(l.getText());
            }
        }
        return out;
    }

    private static boolean anyNotificationShowing() {
        return Window.getWindows().stream().anyMatch(w -> w instanceof PopupWindow p && p.isShowing()
                && p.getScene().getRoot().lookup(".notification-bar") != null);
    }

    @Test
    void showsBesideItsWindowWhenTheUserLooksElsewhereAndTellsListeners(FxRobot robot) {
        // (Headless, every window claims the focus: the test says where the user looks.)
        Notifier notifier = new Notifier(() -> main, window -> window == main);
        List<Notifier.Notice> heard = new CopyOnWriteArrayList<>();
        Runnable stop = notifier.addListener(heard::add);
        AtomicReference<Stage> made = new AtomicReference<>();
        robot.interact(() -> {
            Stage window = new Stage();
            window.setScene(new Scene(new Pane(), 400, 300));
            window.show();
            made.set(window);
        });
        dialog = made.get();
        robot.interact(() -> notifier.success(dialog, "API key created", "Copy it now: it is shown only once."));
        assertEquals(List.of(new Notifier.Notice(Notifier.Kind.SUCCESS, "API key created", "Copy it now: it is shown only once.")), heard);
        waitUntil(() -> popupTextsOwnedBy(dialog).stream().anyMatch(t -> t.contains("shown only once")));

        stop.run();
        robot.interact(() -> notifier.info(dialog, "Quiet", "not heard"));
        assertEquals(1, heard.size(), "a removed listener hears nothing more");
    }

    /**
     * The notification saying {@code text} over {@code owner}, once it has slid open (ControlsFX's
     * transition): only then does it stand still under the pointer.
     */
    private static NotificationBar openNotification(Window owner, String text) {
        waitUntil(() -> popupTextsOwnedBy(owner).contains(text));
        NotificationBar bar = Fx.call(() -> Window.getWindows().stream()
                .filter(w -> w instanceof PopupWindow p && p.isShowing() && p.getOwnerWindow() == owner
                        && texts(w.getScene().getRoot()).contains(text))
                .map(w -> (NotificationBar) w.getScene().getRoot().lookup(".notification-bar")).findFirst().orElseThrow());
        waitUntil(() -> bar.transition.get() >= 1);
        return bar;
    }

    @Test
    void aClickOnTheNotificationReachesTheButtonUnderIt(FxRobot robot) {
        AtomicInteger pressed = new AtomicInteger();
        AtomicReference<Stage> made = new AtomicReference<>();
        robot.interact(() -> {
            // A window whose every point is a button, as the wizard's Close sat under the "Cluster running" toast.
            Button close = new Button("Close");
            close.setId("underTheNotification");
            close.setMaxSize(Double.MAX_VALUE, Double.MAX_VALUE);
            close.setOnAction(e -> pressed.incrementAndGet());
            Stage window = new Stage();
            window.setScene(new Scene(new StackPane(close), 500, 300));
            window.show();
            made.set(window);
        });
        dialog = made.get();
        Notifier notifier = new Notifier(() -> main, window -> false);
        robot.interact(() -> notifier.success(dialog, "Cluster running", "prod-1 is online."));
        NotificationBar first = openNotification(dialog, "prod-1 is online.");
        Bounds toast = Fx.call(() -> first.localToScreen(first.getLayoutBounds()));
        Point2D onTheText = new Point2D(toast.getMinX() + toast.getWidth() / 2, toast.getMaxY() - 12);

        robot.clickOn(onTheText);
        waitUntil(() -> pressed.get() == 1);
        assertEquals(1, pressed.get(), "the click meant for the button reached it");

        // Its own close button still closes it, and nothing beneath hears that click. (Once the first
        // has gone by itself: a second one beside it would slide the two while the pointer moves.)
        waitUntil(() -> popupTextsOwnedBy(dialog).stream().noneMatch(t -> t.contains("prod-1 is online")));
        robot.interact(() -> notifier.success(dialog, "Second", "closes by its button."));
        NotificationBar second = openNotification(dialog, "closes by its button.");
        robot.clickOn(second.lookup(".close-button"));
        waitUntil(() -> popupTextsOwnedBy(dialog).stream().noneMatch(t -> t.contains("closes by its button")));
        assertEquals(1, pressed.get(), "the close button's click stays its own");
    }

    @Test
    void noPopupOverTheWindowTheUserIsLookingAt(FxRobot robot) {
        Notifier notifier = new Notifier(() -> main, window -> window == dialog);
        List<Notifier.Notice> heard = new CopyOnWriteArrayList<>();
        notifier.addListener(heard::add);
        AtomicReference<Stage> made = new AtomicReference<>();
        robot.interact(() -> {
            Stage window = new Stage();
            window.setScene(new Scene(new Pane(), 400, 300));
            window.show();
            window.requestFocus();
            made.set(window);
        });
        dialog = made.get();
        robot.interact(() -> notifier.success(dialog, "Allow Domains saved", "Allow Domains saved (2 entries)."));
        assertEquals(1, heard.size(), "listeners hear it");
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        assertEquals(false, anyNotificationShowing(), "its own status line says it; a popup would cover its buttons");
    }

    @Test
    void whenTheAskingWindowHasClosedTheMainWindowShowsIt(FxRobot robot) {
        Notifier notifier = new Notifier(() -> main, window -> true);
        AtomicReference<Stage> made = new AtomicReference<>();
        robot.interact(() -> {
            Stage window = new Stage();
            window.setScene(new Scene(new Pane(), 400, 300));
            window.show();
            window.close();
            made.set(window);
        });
        robot.interact(() -> notifier.success(made.get(), "Cluster launched", "prod-1 is starting in demo-aws."));
        waitUntil(() -> popupTextsOwnedBy(main).stream().anyMatch(t -> t.contains("prod-1 is starting")));
    }
}
