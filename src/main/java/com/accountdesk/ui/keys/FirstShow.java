package com.accountdesk.ui.keys;

import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import javafx.scene.Scene;

/** Starts a view's first read when the view is first put in a window, never while it is being built. */
public final class FirstShow {
    private FirstShow() {
    }

    public static void then(Node view, Runnable action) {
        if (view.getScene() != null) {
            action.run();
            return;
        }
        view.sceneProperty().addListener(new ChangeListener<>() {
            @Override
            public void changed(ObservableValue<? extends Scene> obs, Scene old, Scene scene) {
                if (scene != null) {
                    view.sceneProperty().removeListener(this);
                    action.run();
                }
            }
        });
    }
}
