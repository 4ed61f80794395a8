package com.accountdesk.ui.common;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import com.accountdesk.io.Settings;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleObjectProperty;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;

/**
 * The app's look: AtlantaFX Primer, light or dark. Set as the user-agent stylesheet, so a switch
 * restyles every open window at once. The choice (system, light, dark) is kept in the settings;
 * "system" follows the operating system where it can be read and is light where it cannot.
 *
 * <p>Why Primer: GitHub's palette is neutral, made for dense tables and forms, and both variants
 * meet WCAG AA for body text; Nord's muted greys fall short on secondary text, and Cupertino looks
 * foreign on Linux and Windows.
 */
public final class Theme {
    /** Settings key: "system", "light" or "dark". */
    public static final String SETTING = "ui.theme";

    // The pre-compiled binary form: it loads several times faster than parsing the CSS text.
    private static final String LIGHT = new PrimerLight().getUserAgentStylesheetBSS();
    private static final String DARK = new PrimerDark().getUserAgentStylesheetBSS();

    private final ObjectProperty<ThemeMode> mode = new SimpleObjectProperty<>(this, "mode", ThemeMode.SYSTEM);
    /** What the system said: null until it answers. */
    private final ObjectProperty<Boolean> systemPrefersDark = new SimpleObjectProperty<>(this, "systemPrefersDark");
    private final ReadOnlyBooleanWrapper dark = new ReadOnlyBooleanWrapper(this, "dark");

    public Theme(Settings settings) {
        mode.set(ThemeMode.parse(settings.get(SETTING, ThemeMode.SYSTEM.key())));
        dark.bind(Bindings.createBooleanBinding(() -> switch (mode.get()) {
            case DARK -> true;
            case LIGHT -> false;
            case SYSTEM -> Boolean.TRUE.equals(systemPrefersDark.get());
        }, mode, systemPrefersDark));
        mode.addListener((obs, old, now) -> settings.put(SETTING, now.key()));
        dark.addListener((obs, old, now) -> apply());
    }

    /**
     * Applies the saved choice now and asks the system for its preference in the background (the
     * answer usually arrives before the first frame). Call on the FX thread.
     */
    public void start(Executor executor, SystemColorScheme system) {
        apply();
        CompletableFuture.supplyAsync(system::prefersDark, executor)
                .thenAccept(answer -> Platform.runLater(() -> systemPrefersDark.set(answer.orElse(false))));
    }

    public ObjectProperty<ThemeMode> modeProperty() {
        return mode;
    }

    public ThemeMode mode() {
        return mode.get();
    }

    public void setMode(ThemeMode value) {
        mode.set(value);
    }

    public boolean isDark() {
        return dark.get();
    }

    /** The app's own stylesheet (app.css): every window's scene and every dialog pane carries it. */
    public static String appStylesheet() {
        return Theme.class.getResource("/com/accountdesk/ui/app.css").toExternalForm();
    }

    /** The AtlantaFX stylesheet for a variant. */
    public static String stylesheet(boolean dark) {
        return dark ? DARK : LIGHT;
    }

    private void apply() {
        Application.setUserAgentStylesheet(stylesheet(dark.get()));
    }
}
