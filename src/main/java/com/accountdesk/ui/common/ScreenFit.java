package com.accountdesk.ui.common;

import javafx.application.Platform;
import javafx.beans.InvalidationListener;
import javafx.event.EventHandler;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.input.MouseEvent;
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
    /** How long after showing a size the system imposes is taken back; the user's first click in it ends it sooner. */
    static final long SETTLE_NANOS = 10_000_000_000L;
    /** A window manager imposes its size once or twice (openbox: 200×200, then its frame); more is a fight. */
    static final int MAX_CORRECTIONS = 4;
    /** Wider than any window frame: a larger gap between window and scene is a resize under way. */
    static final double MAX_FRAME = 64;
    /** The size GTK gives a new window before it is told another, and room for its title bar. */
    static final double GTK_FIRST_SIZE = 202;
    static final double GTK_FIRST_FRAME = 25;

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

    /**
     * Once shown: the scene's size now is what the window asked for. While the window settles (until
     * the user's first click in it, a few corrections, or {@link #SETTLE_NANOS}), a window the system
     * shrank to its floor (its minimum size, or GTK's first 200×200) is given its size back.
     */
    private static void settle(Window window, boolean placed) {
        Scene scene = window.getScene();
        double wantedWidth = scene.getWidth();
        double wantedHeight = scene.getHeight();
        long until = System.nanoTime() + SETTLE_NANOS;
        int[] corrections = {0};
        boolean[] settled = {false};
        InvalidationListener hold = obs -> {
            if (settled[0] || System.nanoTime() > until || corrections[0] >= MAX_CORRECTIONS) {
                return;
            }
            Platform.runLater(() -> {
                if (settled[0] || corrections[0] >= MAX_CORRECTIONS || !frameKnown(window)) {
                    return; // the window and its scene disagree for a moment: the next change tells
                }
                if (atTheFloor(window) && (scene.getWidth() < wantedWidth - 0.5 || scene.getHeight() < wantedHeight - 0.5)) {
                    corrections[0]++;
                    fit(window, wantedWidth, wantedHeight, placed);
                }
            });
        };
        // A click in the window is the user taking it. Typing is not: a person types into the first
        // field at once, while the window manager may still shrink the window (openbox, ~0.6 s after
        // mapping under load: the main window stayed at its minimum, 718×455).
        EventHandler<MouseEvent> userTakes = new EventHandler<>() {
            @Override
            public void handle(MouseEvent event) {
                settled[0] = true;
                window.removeEventFilter(MouseEvent.MOUSE_PRESSED, this);
            }
        };
        // What counts is the scene: the window manager's frame is known only once it has drawn it.
        scene.widthProperty().addListener(hold);
        scene.heightProperty().addListener(hold);
        window.addEventFilter(MouseEvent.MOUSE_PRESSED, userTakes);
        window.addEventHandler(WindowEvent.WINDOW_HIDDEN, e -> {
            settled[0] = true;
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
        if (Double.isNaN(window.getWidth()) || Math.abs(window.getWidth() - width) > 0.5
                || Double.isNaN(window.getHeight()) || Math.abs(window.getHeight() - height) > 0.5) {
            resize(window, width, height);
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

    /**
     * Gives the window both a width and a height in one request. GTK's glass, asked for a height
     * alone of a window whose width came from its scene, resizes to width 0 and refuses
     * ("gtk_window_resize: assertion 'width > 0' failed"; the rotation window then kept its first
     * height). Setting the width to another value and back within the pulse makes JavaFX send the
     * width with the height; only the last value reaches the window.
     */
    public static void resize(Window window, double width, double height) {
        window.setWidth(width + 1);
        window.setWidth(width);
        window.setHeight(height);
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
        return Double.isNaN(window) || window < scene || window - scene > MAX_FRAME ? 0 : window - scene;
    }

    /**
     * Whether the window was shrunk to the floor a window manager falls back on: its minimum size,
     * or GTK's first 200×200. A size the app or the user chose is never taken back.
     */
    private static boolean atTheFloor(Window window) {
        double minWidth = window instanceof javafx.stage.Stage stage ? stage.getMinWidth() : 0;
        double minHeight = window instanceof javafx.stage.Stage stage ? stage.getMinHeight() : 0;
        return window.getWidth() <= Math.max(GTK_FIRST_SIZE, minWidth) + 0.5
                && window.getHeight() <= Math.max(GTK_FIRST_SIZE, minHeight) + GTK_FIRST_FRAME + 0.5;
    }

    /** Whether the window's size and its scene's agree now, so the frame between them can be read. */
    private static boolean frameKnown(Window window) {
        double width = window.getWidth() - window.getScene().getWidth();
        double height = window.getHeight() - window.getScene().getHeight();
        return width >= 0 && width <= MAX_FRAME && height >= 0 && height <= MAX_FRAME;
    }
}
