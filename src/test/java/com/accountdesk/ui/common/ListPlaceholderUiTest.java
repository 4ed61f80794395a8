package com.accountdesk.ui.common;

import com.accountdesk.testing.Clipping;
import com.accountdesk.testing.Fx;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.Pane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A list's placeholder in a short list (a small window): its words whole, the icon left out. */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class ListPlaceholderUiTest {
    private static final String LONG = "No clusters in this environment yet. Launch one with \"Launch Cluster…\" (Alt+L).";
    private ListPlaceholder placeholder;
    private final SimpleStringProperty error = new SimpleStringProperty("");

    @Start
    void start(Stage stage) {
        placeholder = ListPlaceholder.builder()
                .loading(new SimpleBooleanProperty(false), "Loading…")
                .error(error, "Could not load the clusters.", () -> { })
                .empty(new SimpleStringProperty(LONG))
                .build();
        placeholder.setManaged(false); // sized here, as a table sizes its placeholder
        placeholder.resizeRelocate(0, 0, 760, 108); // the clusters' list of the main window on an 800×600 screen
        Scene scene = new Scene(new Pane(placeholder), 780, 400);
        scene.getStylesheets().add(Theme.appStylesheet()); // the app's padding and type sizes
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void aShortListKeepsTheWordsWholeAndLeavesTheIconOut(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of(), clipped(robot));
        assertFalse(icon(robot).isVisible(), "the icon in a short list");

        robot.interact(() -> placeholder.resizeRelocate(0, 0, 760, 300));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of(), clipped(robot));
        assertTrue(icon(robot).isVisible(), "no icon where there is room");
    }

    private List<String> clipped(FxRobot robot) {
        return Fx.call(() -> Clipping.clipped(placeholder));
    }

    private Node icon(FxRobot robot) {
        return robot.from(placeholder).lookup(".placeholder-icon").query().getParent();
    }

    /** An error's explanation and Retry need more room than a short list has: the pane around the list scrolls. */
    @Test
    void aShortListInAPaneKeepsAnErrorsWordsAndItsRetryWhole(FxRobot robot) {
        TableView<String> table = new TableView<>();
        table.getColumns().add(new TableColumn<>("Name"));
        robot.interact(() -> {
            placeholder.setManaged(true);
            table.setPlaceholder(placeholder);
            Stage stage = (Stage) placeholder.getScene().getWindow();
            VBox pane = new VBox(8, new Label("Clusters"), table);
            Scene scene = new Scene(new ScrollWhenShort(pane), 780, 150);
            scene.getStylesheets().add(Theme.appStylesheet());
            stage.setScene(scene);
            error.set("The server did not answer in time (30 s). Check your network, then try again.");
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of(), clipped(robot));
        Button retry = placeholder.retryButton();
        assertTrue(Fx.call(() -> retry.isVisible() && placeholder.getLayoutBounds()
                .contains(placeholder.sceneToLocal(retry.localToScene(retry.getLayoutBounds())))), "Retry is cut off the list");
    }
}
