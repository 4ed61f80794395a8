package com.accountdesk.ui.common;

import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.Skin;
import javafx.scene.control.SkinBase;
import javafx.scene.control.skin.ProgressIndicatorSkin;

/**
 * A ProgressIndicator that makes its parts the first time it is shown. JavaFX styles and lays out
 * hidden nodes as well, and the spinner's skin is a dozen regions and an animation: every toolbar
 * and list of the app has one, hidden until something loads (60 of the ACM main window's 431 nodes).
 */
public class LazyProgressIndicator extends ProgressIndicator {
    @Override
    protected Skin<?> createDefaultSkin() {
        if (isVisible()) {
            return new ProgressIndicatorSkin(this);
        }
        visibleProperty().addListener(new ChangeListener<Boolean>() {
            @Override
            public void changed(ObservableValue<? extends Boolean> visible, Boolean was, Boolean now) {
                if (now) {
                    visible.removeListener(this);
                    setSkin(new ProgressIndicatorSkin(LazyProgressIndicator.this));
                }
            }
        });
        return new Unmade(this);
    }

    /** No parts; the size set on the indicator stands. */
    private static final class Unmade extends SkinBase<ProgressIndicator> {
        Unmade(ProgressIndicator control) {
            super(control);
        }
    }
}
