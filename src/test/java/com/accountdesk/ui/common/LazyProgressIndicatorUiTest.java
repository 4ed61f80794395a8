package com.accountdesk.ui.common;

import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.HBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A hidden spinner costs no styling: JavaFX styles and lays out hidden nodes too, and a
 * ProgressIndicator's skin is a dozen regions with an animation, in every toolbar and list.
 */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class LazyProgressIndicatorUiTest {
    private LazyProgressIndicator hidden;
    private LazyProgressIndicator shown;

    @Start
    void start(Stage stage) {
        hidden = new LazyProgressIndicator();
        shown = new LazyProgressIndicator();
        hidden.setVisible(false);
        hidden.setPrefSize(20, 20);
        shown.setPrefSize(20, 20);
        stage.setScene(new Scene(new HBox(8, hidden, shown), 200, 80));
        stage.show();
    }

    @Test
    void hiddenItHasNoPartsShownItSpins(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, nodes(hidden), "a hidden spinner has parts");
        assertTrue(nodes(shown) > 5, "a shown spinner has its parts: " + nodes(shown));
        assertEquals(20, hidden.getLayoutBounds().getWidth(), 0.5, "it keeps its size");

        robot.interact(() -> hidden.setVisible(true));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(nodes(shown), nodes(hidden), "once shown, it is a spinner like any other");
        assertEquals(ProgressIndicator.INDETERMINATE_PROGRESS, hidden.getProgress());
    }

    private static int nodes(Node node) {
        int count = 1;
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                count += nodes(child);
            }
        }
        return count;
    }
}
