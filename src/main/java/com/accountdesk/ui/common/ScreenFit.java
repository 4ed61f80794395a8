package com.accountdesk.ui.common;

import javafx.beans.InvalidationListener;
import javafx.event.EventHandler;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.input.InputEvent;
import javafx.stage.Screen;
import javafx.stage.Window;
import javafx.stage.WindowEvent;

import java.util.List;

/**
 * The rule every window follows: it opens at the size it asked for (its scene's or a remembered
 * one) but never larger than its screen's visual bounds, wholly on that screen, and it keeps that
 * size when a window manager answers the first map with a size of its own (openbox gives a JavaFX
 * window 200×200 once it is shown, whatever was asked before; seen under Xvfb). Content that does
 * not fit then scrolls inside the window: that is each view's part.
 */
public final class ScreenFit {
    /** How long after showing a size the system imposes is taken back; the user's first input ends it sooner. */
    static final long SETTLE_NANOS = 1_500_000_000L;

    private ScreenFit() {
    }

    /** Applies the rule to {@code window} from its next showing on. Call before it is shown. */
    public static void apply(Window window) {
        if (window.getProperties().putIfAbsent(ScreenFit.class, Boolean.TRUE) != null) {
            return; // once per window: the primary stage is dressed again at every sign-out
        }
        boolean[] placed = {false};
        window.addEventHandler(WindowEvent.WINDOW_SHOWING, e -> placed[0] = !Double.isNaN(window.getX()));
        window.addEventHandler(WindowEvent.WINDOW_SHOWN, e -> settle(window, placed[0]));
    }

    /** The visual bounds of the screen the window is on (or its owner's, before it has a place). */
    public static Rectangle2D screenOf(Window window) {
        Window anchor = window;
        if (Double.isNaN(window.getX()) && window instanceof javafx.stage.Stage stage && stage.getOwner() != null) {
            anchor = stage.getOwner();
        }
        double x = Double.isNaN(anchor.getX()) ? 0 : anchor.getX();
        double y = Double.isNaN(anchor.getY()) ? 0 : anchor.getY();
        double w = Double.isNaN(anchor.getWidth()) ? 1 : Math.max(1, anchor.getWidth());
        double h = Double.isNaN(anchor.getHeight()) ? 1 : Math.max(1, anchor.getHeight());
        List<Screen> screens = Screen.getScreensForRectangle(x, y, w, h);
        return (screens.isEmpty() ? Screen.getPrimary() : screens.get(0)).getVisualBounds();
    }

    /** Once shown: the scene's size now is what the window asked for; hold it (within the screen) while it settles. */
    private static void settle(Window window, boolean placed) {
        Scene scene = window.getScene();
        double wantedWidth = scene.getWidth();
        double wantedHeight = scene.getHeight();
        long until = System.nanoTime() + SETTLE_NANOS;
        boolean[] settled = {false};
        InvalidationListener hold = obs -> {
            if (!settled[0] && System.nanoTime() < until) {
                javafx.application.Platform.runLater(() -> {
                    if (!settled[0] && System.nanoTime() < until) {
                        fit(window, wantedWidth, wantedHeight, placed);
                    }
                });
            }
        };
        EventHandler<InputEvent> userActs = new EventHandler<>() {
            @Override
            public void handle(InputEvent event) {
                if (event instanceof javafx.scene.input.MouseEvent m && m.getEventType() != javafx.scene.input.MouseEvent.MOUSE_PRESSED) {
                    return; // the pointer passing over is not the user taking the window
                }
                settled[0] = true;
                window.removeEventFilter(InputEvent.ANY, this);
            }
        };
        // The frame's size is known only once the window manager has drawn it: the scene then shrinks.
        window.widthProperty().addListener(hold);
        window.heightProperty().addListener(hold);
        scene.widthProperty().addListener(hold);
        scene.heightProperty().addListener(hold);
        window.addEventFilter(InputEvent.ANY, userActs);
        window.addEventHandler(WindowEvent.WINDOW_HIDDEN, e -> {
            settled[0] = true;
            window.widthProperty().removeListener(hold);
            window.heightProperty().removeListener(hold);
            scene.widthProperty().removeListener(hold);
            scene.heightProperty().removeListener(hold);
        });
        fit(window, wantedWidth, wantedHeight, placed);
    }

    /**
     * Gives the window the size whose scene is {@code sceneWidth}×{@code sceneHeight}, no larger than
     * its screen, and moves it wholly onto that screen; one without a place of its own (none
     * remembered) is centred over its owner, or on the screen.
     */
    static void fit(Window window, double sceneWidth, double sceneHeight, boolean placed) {
        if (window instanceof javafx.stage.Stage stage && (stage.isMaximized() || stage.isFullScreen() || stage.isIconified())) {
            return;
        }
        Rectangle2D screen = screenOf(window);
        Scene scene = window.getScene();
        double frameWidth = frame(window.getWidth(), scene.getWidth());
        double frameHeight = frame(window.getHeight(), scene.getHeight());
        double width = Math.min(sceneWidth + frameWidth, screen.getWidth());
        double height = Math.min(sceneHeight + frameHeight, screen.getHeight());
        if (Double.isNaN(window.getWidth()) || Math.abs(window.getWidth() - width) > 0.5) {
            window.setWidth(width);
        }
        if (Double.isNaN(window.getHeight()) || Math.abs(window.getHeight() - height) > 0.5) {
            window.setHeight(height);
        }
        if (!placed) {
            Window owner = window instanceof javafx.stage.Stage stage ? stage.getOwner() : null;
            boolean overOwner = owner != null && !Double.isNaN(owner.getX());
            double centreX = overOwner ? owner.getX() + owner.getWidth() / 2 : screen.getMinX() + screen.getWidth() / 2;
            double centreY = overOwner ? owner.getY() + owner.getHeight() / 2 : screen.getMinY() + screen.getHeight() / 2;
            window.setX(centreX - width / 2);
            window.setY(centreY - height / 2);
        }
        onScreen(window, screen);
    }

    /** Moves the window (no larger than the screen) so all of it is on {@code screen}. */
    public static void onScreen(Window window, Rectangle2D screen) {
        double w = Math.min(window.getWidth(), screen.getWidth());
        double h = Math.min(window.getHeight(), screen.getHeight());
        double x = Double.isNaN(window.getX()) ? screen.getMinX() : window.getX();
        double y = Double.isNaN(window.getY()) ? screen.getMinY() : window.getY();
        double fitX = Math.max(screen.getMinX(), Math.min(x, screen.getMaxX() - w));
        double fitY = Math.max(screen.getMinY(), Math.min(y, screen.getMaxY() - h));
        if (Math.abs(fitX - x) > 0.5 || Double.isNaN(window.getX())) {
            window.setX(fitX);
        }
        if (Math.abs(fitY - y) > 0.5 || Double.isNaN(window.getY())) {
            window.setY(fitY);
        }
    }

    /** The window manager's frame around the scene (title bar, borders); none where there is no window manager. */
    private static double frame(double window, double scene) {
        return Double.isNaN(window) || window < scene ? 0 : window - scene;
    }
}
