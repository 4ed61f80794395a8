package com.accountdesk.ui.keys;

import com.accountdesk.ui.common.DialogService;
import com.accountdesk.ui.common.UiServices;
import javafx.animation.PauseTransition;
import javafx.stage.Window;
import javafx.util.Duration;

import java.util.function.Supplier;

/** The app's {@link KeyActions}: the one place the key features are wired to the toolkit and the app's services. */
public final class KeyWiring {
    private KeyWiring() {
    }

    /**
     * Work on the app's executor, questions over {@code owner}, the app's secret clipboard and its
     * setting, and every finished change also told in a notification over {@code owner} (shown when
     * the user has looked away from it).
     */
    public static KeyActions actions(UiServices services, Supplier<Window> owner) {
        KeyActions actions = new KeyActions(services.background(), DialogService.over(owner), fxLater(),
                secret -> services.clipboard().copy(secret), services.clipboardClearSeconds());
        actions.onFinished((title, text) -> services.notifier().success(owner.get(), title, text));
        return actions;
    }

    /** The window the user is acting in (a question goes over it), else {@code fallback}'s. */
    public static Supplier<Window> focusedOr(Supplier<Window> fallback) {
        return () -> Window.getWindows().stream().filter(Window::isFocused).findFirst().orElseGet(fallback);
    }

    /** A pause on the FX thread; call from it. */
    public static OneShotTimer fxLater() {
        return (delay, action) -> {
            PauseTransition pause = new PauseTransition(Duration.millis(delay.toMillis()));
            pause.setOnFinished(e -> action.run());
            pause.play();
        };
    }
}
