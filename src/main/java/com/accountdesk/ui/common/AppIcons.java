package com.accountdesk.ui.common;

import javafx.application.Platform;
import javafx.scene.image.Image;
import javafx.stage.Stage;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The app icon at every size it is drawn in (icons/, made by packaging/icons/IconMaker.java), for
 * window title bars and task bars. Every window calls {@link #applyTo(Stage)}.
 */
public final class AppIcons {
    private static final Logger LOG = Logger.getLogger(AppIcons.class.getName());
    /** The sizes shipped as PNG; the window system picks the best fit. */
    public static final int[] SIZES = {16, 24, 32, 48, 64, 128, 256, 512};

    private static volatile List<Image> images;

    private AppIcons() {
    }

    /** The classpath resource of the icon at {@code size} pixels. */
    public static String resource(int size) {
        return "/com/accountdesk/icons/account-desk-" + size + ".png";
    }

    /** The icons, decoded once; on any thread. */
    public static synchronized List<Image> all() {
        if (images == null) {
            List<Image> loaded = new ArrayList<>(SIZES.length);
            for (int size : SIZES) {
                try (InputStream in = AppIcons.class.getResourceAsStream(resource(size))) {
                    if (in == null) {
                        throw new IllegalStateException("missing icon " + resource(size));
                    }
                    loaded.add(new Image(in));
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot read icon " + resource(size), e);
                }
            }
            images = List.copyOf(loaded);
        }
        return images;
    }

    /**
     * Gives {@code stage} the icons: now once they are decoded, else as soon as a thread of their own
     * has decoded them, so the first window's first frame does not wait for eight PNGs (up to
     * 512 px). Call on the FX thread.
     */
    public static void applyTo(Stage stage) {
        List<Image> decoded = images;
        if (decoded != null) {
            stage.getIcons().setAll(decoded);
            return;
        }
        Thread decoder = new Thread(() -> {
            try {
                List<Image> all = all();
                Platform.runLater(() -> stage.getIcons().setAll(all));
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "the app's icon could not be read", e);
            }
        }, "account-desk-icons");
        decoder.setDaemon(true);
        decoder.start();
    }
}
