package com.accountdesk.ui.common;

import javafx.scene.control.Alert;
import javafx.stage.Window;

import java.util.function.Supplier;

/**
 * The questions and messages a view-model puts to the user. View-models decide when to ask and
 * what the answer means; how it looks is this service's. In the app: modal dialogs over a window;
 * in a view-model test: scripted answers, recorded, so the test needs no toolkit.
 */
public interface DialogService {
    /** Asks before something that cannot be undone; true only when the user chose {@code action}. */
    boolean confirm(Confirmation question);

    /** Tells the user what went wrong and what to do next. */
    void error(String title, String text);

    /** Tells the user something they should know; nothing to decide. */
    void notice(String title, String text);

    /**
     * @param action the verb on the button that goes ahead, e.g. "Delete"; Cancel stays the default
     */
    record Confirmation(String title, String header, String text, String action) {
    }

    /** Modal dialogs owned by the window {@code owner} gives when asked (it may not exist yet when this is made). */
    static DialogService over(Supplier<Window> owner) {
        return new DialogService() {
            @Override
            public boolean confirm(Confirmation question) {
                return Dialogs.confirm(owner.get(), question.title(), question.header(), question.text(), question.action());
            }

            @Override
            public void error(String title, String text) {
                Dialogs.message(owner.get(), Alert.AlertType.ERROR, title, text);
            }

            @Override
            public void notice(String title, String text) {
                Dialogs.message(owner.get(), Alert.AlertType.INFORMATION, title, text);
            }
        };
    }
}
