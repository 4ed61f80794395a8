package com.accountdesk.ui.common;

import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.time.Instant;
import java.util.List;

import static com.accountdesk.testing.UiTestSupport.waitUntil;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A time cell's tooltip (the UTC and local time in words) is made when the mouse comes over it, not with the cell. */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class TimeCellUiTest {
    private static final Instant FIRST = Instant.parse("2026-03-01T09:30:00Z");
    private static final Instant SECOND = Instant.parse("2026-04-02T10:45:00Z");

    @Start
    void start(Stage stage) {
        TableView<Instant> table = new TableView<>(FXCollections.observableArrayList(FIRST, SECOND));
        TableColumn<Instant, Instant> column = new TableColumn<>("Expires");
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        column.setCellFactory(c -> new TimeCell<>());
        column.setPrefWidth(300);
        table.getColumns().add(column);
        table.setFixedCellSize(TimeCell.rowHeight());
        stage.setScene(new Scene(table, 340, 240));
        stage.show();
    }

    @Test
    void theTooltipIsMadeAtTheFirstHoverAndSaysTheTime(FxRobot robot) {
        List<TimeCell<?>> cells = robot.lookup(".table-cell").queryAll().stream()
                .<TimeCell<?>>map(c -> (TimeCell<?>) c).filter(c -> c.getItem() != null).toList();
        assertTrue(cells.size() == 2 && cells.stream().allMatch(c -> c.getTooltip() == null), "tooltips made with the cells");
        TimeCell<?> second = cells.stream().filter(c -> SECOND.equals(c.getItem())).findFirst().orElseThrow();

        robot.moveTo((Node) second);

        waitUntil("the tooltip shows", () -> Window.getWindows().stream()
                .anyMatch(w -> w instanceof Tooltip t && t.isShowing() && t.getText().contains("2026-04-02 10:45")));
        assertTrue(cells.stream().filter(c -> c != second).allMatch(c -> c.getTooltip() == null), "a cell not hovered made one");
    }
}
