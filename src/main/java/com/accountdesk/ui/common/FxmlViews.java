package com.accountdesk.ui.common;

import javafx.fxml.FXMLLoader;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.RadioButton;
import javafx.scene.layout.Region;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;

/**
 * Loads a view's FXML from beside its controller class and binds it to the given controller, so
 * controllers get their collaborators through their constructors.
 */
public final class FxmlViews {
    private FxmlViews() {
    }

    public static <P extends Parent> P load(Object controller, String fxmlName) {
        URL url = controller.getClass().getResource(fxmlName);
        if (url == null) {
            throw new IllegalStateException("missing view " + fxmlName + " beside " + controller.getClass().getName());
        }
        FXMLLoader loader = new FXMLLoader(url, Texts.bundle());
        loader.setController(controller);
        try {
            P root = loader.load();
            keepNamesWhole(root);
            return root;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load " + url, e);
        }
    }

    /**
     * A label that names a field, and a check box's or radio button's own text, is never squeezed
     * below its text: "ClickHouse …" beside a field says nothing; nor is a wrapping sentence cut to
     * fewer lines. The layout gives room elsewhere, or scrolls.
     */
    public static void keepNamesWhole(Parent root) {
        for (Node node : root.lookupAll("*")) {
            boolean names = node instanceof Label label && label.getLabelFor() != null
                    || node instanceof CheckBox || node instanceof RadioButton;
            if (names && !((Labeled) node).isWrapText() && ((Labeled) node).getMinWidth() == Region.USE_COMPUTED_SIZE) {
                ((Labeled) node).setMinWidth(Region.USE_PREF_SIZE);
            }
            // A sentence that wraps keeps all its lines: on a short window the page scrolls instead.
            if (node instanceof Label label && label.isWrapText() && label.getMinHeight() == Region.USE_COMPUTED_SIZE) {
                label.setMinHeight(Region.USE_PREF_SIZE);
            }
        }
    }
}
