package com.accountdesk.ui.common;

import com.accountdesk.io.Settings;
import javafx.scene.Scene;
import javafx.geometry.Rectangle2D;
import javafx.stage.Stage;
import javafx.stage.Window;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The one place windows are opened: every window gets the app's icon and stylesheet (the theme is
 * the user-agent stylesheet, so it reaches every window by itself), its size and place remembered
 * under its name, and Escape to close it. Settings are written on a writer thread of its own, never
 * on the FX thread.
 */
public final class AppWindows implements AutoCloseable {
    private static final Logger LOG = Logger.getLogger(AppWindows.class.getName());

    private final Settings settings;
    private final Supplier<Stage> main;
    private final ExecutorService writer = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "account-desk-settings-writer");
        t.setDaemon(true);
        return t;
    });

    /** @param main the main window (set once the app shows it), owner of every other window */
    public AppWindows(Settings settings, Supplier<Stage> main) {
        this.settings = settings;
        this.main = main;
    }

    /** The main window. */
    public Stage main() {
        return main.get();
    }

    /** The window the user is working in (e.g. My Account), for dialogs to sit over; else the main one. */
    public Window active() {
        return Window.getWindows().stream().filter(Window::isFocused).findFirst().orElse(main.get());
    }

    /**
     * Gives {@code window} the app's look and memory: icon, stylesheet, and its size and place
     * remembered under {@code name} (restored only where still on a screen); and its keys: Enter on
     * a tick box or radio button is the default button, mnemonics of controls gone hide no others.
     * Call once (the key filters would act twice) its scene is set and before it is shown.
     */
    public void dress(Stage window, String name) {
        AppIcons.applyTo(window);
        dressWithoutIcon(window, name);
    }

    /**
     * As {@link #dress}, but the caller gives the icon later ({@link AppIcons#applyTo}): the main
     * window at start, so its first frame waits neither for the PNGs nor for handing them to the
     * window system.
     */
    public void dressWithoutIcon(Stage window, String name) {
        if (!window.getScene().getStylesheets().contains(Theme.appStylesheet())) {
            window.getScene().getStylesheets().add(Theme.appStylesheet());
        }
        KeyboardFocus.mnemonicsOutliveNoControl(window.getScene());
        KeyboardFocus.enterReachesTheDefaultButton(window.getScene());
        WindowGeometry.remember(window, settings, name, this::write);
        ScreenFit.apply(window);
    }

    /** Writes on the writer thread; once that is closed (the app quitting), here and now, so nothing is lost. */
    private void write(Runnable task) {
        try {
            writer.execute(task);
        } catch (RejectedExecutionException closed) {
            task.run();
        }
    }

    /**
     * A new window over {@code owner} showing {@code scene}, dressed as every window is. Not shown
     * yet: the caller sets what is particular to it (modality, close rules), then shows it.
     */
    public Stage open(Window owner, String name, String title, Scene scene) {
        Stage stage = new Stage();
        stage.initOwner(owner);
        stage.setTitle(title);
        stage.setScene(scene);
        dress(stage, name);
        return stage;
    }

    /**
     * Keeps {@code window} as tall as its content wants: after a layout pass in which the scene's
     * root would like more height than it has (a step that shows more rows), the window grows by
     * the difference, no taller than its screen (moving up where its bottom would pass the screen's);
     * what is still taller scrolls in the view. It never shrinks by itself, so a user's own size
     * stays. For a window opened at the size of its first, short content.
     */
    public static void growToFit(Stage window) {
        Scene scene = window.getScene();
        scene.addPostLayoutPulseListener(() -> {
            double missing = scene.getRoot().prefHeight(scene.getWidth()) - scene.getHeight();
            if (missing <= 0.5 || !window.isShowing() || window.isMaximized() || Double.isNaN(window.getHeight())) {
                return;
            }
            Rectangle2D screen = ScreenFit.screenOf(window);
            double height = Math.min(window.getHeight() + missing, screen.getHeight());
            if (height > window.getHeight() + 0.5) {
                ScreenFit.resize(window, window.getWidth(), height);
                ScreenFit.onScreen(window, screen); // a taller window moves up rather than past the screen's bottom
            }
        });
    }

    /** Waits (briefly) for settings still being written, so a quit loses no window's place. */
    @Override
    public void close() {
        writer.shutdown();
        try {
            if (!writer.awaitTermination(2, TimeUnit.SECONDS)) {
                LOG.log(Level.WARNING, "window places were still being saved at exit");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
