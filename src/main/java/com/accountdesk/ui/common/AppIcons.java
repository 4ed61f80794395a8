package com.accountdesk.ui.common;

import javafx.scene.image.Image;
import javafx.stage.Stage;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The app icon at every size it is drawn in (icons/, made by packaging/icons/IconMaker.java), for
 * window title bars and task bars. Every window calls {@link #applyTo(Stage)}.
 */
public final class AppIcons {
    /** The sizes shipped as PNG; the window system picks the best fit. */
    public static final int[] SIZES = {16, 24, 32, 48, 64, 128, 256, 512};

    private static List<Image> images;

    private AppIcons() {
    }

    /** The classpath resource of the icon at {@code size} pixels. */
    public static String resource(int size) {
        return "/com/accountdesk/icons/account-desk-" + size + ".png";
    }

    /** The icons, decoded once; call on the FX thread. */
    public static List<Image> all() {
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

    public static void applyTo(Stage stage) {
        stage.getIcons().setAll(all());
    }
}
