package com.accountdesk.ui.common;

import com.accountdesk.io.Settings;
import javafx.animation.PauseTransition;
import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import javafx.util.Duration;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Executor;

/**
 * Remembers a window's size, position and maximized state in the settings, under
 * {@code window.<name>.*}, and puts it back next time, but only where it would still be seen:
 * a window saved on a screen that is gone opens at its default place instead. The settings file is
 * written once a move or resize has settled, in one write, on the writer given (never the FX thread).
 */
public final class WindowGeometry {
    /** How much of the window's top edge must be on a screen for the saved place to be used. */
    static final double VISIBLE_STRIP = 40;
    private static final Duration SAVE_DELAY = Duration.millis(600);

    private final Stage stage;
    private final Settings settings;
    private final String prefix;
    private final Executor writer;
    private final PauseTransition pendingSave = new PauseTransition(SAVE_DELAY);
    /** The bounds when neither maximized nor iconified: what a restore should give back. */
    private Rectangle2D normalBounds;

    private WindowGeometry(Stage stage, Settings settings, String name, Executor writer) {
        this.stage = stage;
        this.settings = settings;
        this.prefix = "window." + name + ".";
        this.writer = writer;
    }

    /**
     * Restores {@code stage}'s saved geometry (call before showing it) and saves it from now on,
     * whenever it settles after a move or resize and when the window closes.
     *
     * @param writer where the settings file is written (a background thread in the app)
     */
    public static WindowGeometry remember(Stage stage, Settings settings, String name, Executor writer) {
        WindowGeometry geometry = new WindowGeometry(stage, settings, name, writer);
        geometry.restore();
        geometry.track();
        return geometry;
    }

    /** Whether the saved geometry was used. */
    boolean restore() {
        double x = settings.getDouble(prefix + "x", Double.NaN);
        double y = settings.getDouble(prefix + "y", Double.NaN);
        double w = settings.getDouble(prefix + "width", Double.NaN);
        double h = settings.getDouble(prefix + "height", Double.NaN);
        boolean maximized = settings.getBoolean(prefix + "maximized", false);
        if (Double.isNaN(x) || Double.isNaN(y) || Double.isNaN(w) || Double.isNaN(h) || w <= 0 || h <= 0) {
            return false;
        }
        if (!visibleOnAScreen(x, y, w)) {
            return false;
        }
        Rectangle2D screen = Screen.getScreensForRectangle(x, y, w, VISIBLE_STRIP).get(0).getVisualBounds();
        stage.setWidth(Math.min(Math.max(w, stage.getMinWidth()), screen.getWidth()));
        stage.setHeight(Math.min(Math.max(h, stage.getMinHeight()), screen.getHeight()));
        stage.setX(x);
        stage.setY(y);
        normalBounds = new Rectangle2D(x, y, stage.getWidth(), stage.getHeight());
        stage.setMaximized(maximized);
        return true;
    }

    /** The window's top strip (where its title bar is) must overlap a screen, so it can be grabbed. */
    static boolean visibleOnAScreen(double x, double y, double width) {
        return !Screen.getScreensForRectangle(x, y, width, VISIBLE_STRIP).isEmpty();
    }

    private void track() {
        pendingSave.setOnFinished(e -> save());
        stage.xProperty().addListener(obs -> changed());
        stage.yProperty().addListener(obs -> changed());
        stage.widthProperty().addListener(obs -> changed());
        stage.heightProperty().addListener(obs -> changed());
        stage.maximizedProperty().addListener(obs -> pendingSave.playFromStart());
        stage.addEventHandler(WindowEvent.WINDOW_HIDING, e -> save());
    }

    private void changed() {
        if (!stage.isMaximized() && !stage.isIconified() && !stage.isFullScreen()
                && stage.getWidth() > 0 && stage.getHeight() > 0 && !Double.isNaN(stage.getX())) {
            normalBounds = new Rectangle2D(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight());
        }
        pendingSave.playFromStart();
    }

    /** Hands the current geometry to the writer now (read here, on the FX thread; written there). */
    public void save() {
        pendingSave.stop();
        if (normalBounds == null) {
            return;
        }
        Map<String, Object> values = new LinkedHashMap<>();
        values.put(prefix + "x", normalBounds.getMinX());
        values.put(prefix + "y", normalBounds.getMinY());
        values.put(prefix + "width", normalBounds.getWidth());
        values.put(prefix + "height", normalBounds.getHeight());
        values.put(prefix + "maximized", stage.isMaximized());
        writer.execute(() -> settings.putAll(values));
    }
}
