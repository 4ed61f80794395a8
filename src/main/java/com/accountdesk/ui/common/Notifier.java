package com.accountdesk.ui.common;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.stage.Window;
import javafx.util.Duration;
import org.controlsfx.control.Notifications;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * Tells the user that background work finished (a key was created, a cluster was launched) with a
 * small notification in the corner of the window it belongs to, which goes away by itself. Never
 * the only place something is said: the window that did the work says it too (a status line).
 *
 * <p>So it pops up only when that line may go unseen: when the asking window is not the one the
 * user is looking at (another window or app has the focus), or has closed meanwhile (a wizard
 * that finished: then in the main window). A popup over the window being used would only cover
 * its buttons. Listeners hear every notice either way. A notice passes clicks on to what lies beneath
 * it (see {@link ClickThrough}), except on its close button; a reminder keeps them (it acts on a click).
 */
public final class Notifier {
    /** What was said: listeners (and tests) see every notice as it is shown. */
    public record Notice(Kind kind, String title, String text) {
    }

    public enum Kind { INFO, SUCCESS, WARNING, ERROR }

    static final Duration SHOWN_FOR = Duration.seconds(6);
    static final Duration REMINDER_SHOWN_FOR = Duration.seconds(30);

    private final Supplier<Window> fallbackOwner;
    private final Predicate<Window> watched;
    private final List<Consumer<Notice>> listeners = new CopyOnWriteArrayList<>();

    /**
     * @param fallbackOwner the window to show in when the asking window has closed meanwhile. The
     *                      owner's scene must carry the app's stylesheet (see AppWindows.dress):
     *                      it colours the notification from the theme, light or dark.
     */
    public Notifier(Supplier<Window> fallbackOwner) {
        this(fallbackOwner, Window::isFocused);
    }

    /** @param watched whether the user is looking at a window (its focus; tests decide it themselves) */
    public Notifier(Supplier<Window> fallbackOwner, Predicate<Window> watched) {
        this.fallbackOwner = fallbackOwner;
        this.watched = watched;
    }

    public void success(Window owner, String title, String text) {
        show(owner, new Notice(Kind.SUCCESS, title, text));
    }

    public void info(Window owner, String title, String text) {
        show(owner, new Notice(Kind.INFO, title, text));
    }

    public void warning(Window owner, String title, String text) {
        show(owner, new Notice(Kind.WARNING, title, text));
    }

    /** Shows the notice in the corner of {@code owner} (or of the main window if that has closed). Call on the FX thread. */
    public void show(Window owner, Notice notice) {
        listeners.forEach(listener -> listener.accept(notice));
        boolean ownerOpen = owner != null && owner.isShowing();
        if (ownerOpen && watched.test(owner)) {
            return; // the user is looking at the window that says it
        }
        Window target = ownerOpen ? owner : fallbackOwner.get();
        if (target == null || !target.isShowing()) {
            return; // the app is closing: nothing to show it in
        }
        Notifications.create()
                .title(notice.title())
                .text(notice.text())
                .graphic(graphic(notice.kind()))
                .owner(target)
                .position(Pos.BOTTOM_RIGHT)
                .hideAfter(SHOWN_FOR)
                .styleClass("app-notification", "notice-" + notice.kind().name().toLowerCase(Locale.ROOT))
                .show();
        ClickThrough.passClicksOn(target); // it says something; a click on it was meant for what is beneath
    }

    /**
     * A reminder nothing else says (e.g. keys about to lapse): shown in the corner of {@code owner}
     * whether or not the user looks at it, for longer, and clicking it runs {@code onClick}.
     */
    public void remind(Window owner, Notice notice, Runnable onClick) {
        listeners.forEach(listener -> listener.accept(notice));
        if (owner == null || !owner.isShowing()) {
            return;
        }
        Notifications.create()
                .title(notice.title())
                .text(notice.text())
                .graphic(graphic(notice.kind()))
                .owner(owner)
                .position(Pos.BOTTOM_RIGHT)
                .hideAfter(REMINDER_SHOWN_FOR)
                .onAction(e -> onClick.run())
                .styleClass("app-notification", "notice-" + notice.kind().name().toLowerCase(Locale.ROOT))
                .show();
        ClickThrough.keepClicks(owner); // a click on a reminder is for it: it opens what it is about
    }

    private static Node graphic(Kind kind) {
        return Icons.icon(switch (kind) {
            case INFO -> AppIcon.INFO;
            case SUCCESS -> AppIcon.SUCCESS;
            case WARNING, ERROR -> AppIcon.ERROR;
        });
    }

    /** Calls {@code listener} with every notice from now on; run the returned action to stop. */
    public Runnable addListener(Consumer<Notice> listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }
}
