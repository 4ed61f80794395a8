package com.accountdesk.ui.common;

import com.accountdesk.testing.Fx;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.scene.Scene;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A time in a narrow column shows its day whole rather than "2026-12-0…". */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class BriefWhenNarrowCellUiTest {
    private static final Instant CREATED = Instant.parse("2026-12-06T19:08:00Z");
    private TableColumn<Instant, Instant> column;
    private TableView<Instant> table;

    @Start
    void start(Stage stage) {
        table = new TableView<>(FXCollections.observableArrayList(CREATED));
        column = new TableColumn<>("Created");
        column.setId("createdColumn");
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        column.setCellFactory(c -> new BriefWhenNarrowCell<>(TimeFormats::utc, TimeFormats::utcDate));
        column.setPrefWidth(260);
        table.getColumns().add(column);
        stage.setScene(new Scene(table, 300, 160));
        stage.show();
    }

    @Test
    void wideTheTimeNarrowTheDayWhole(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of("2026-12-06 19:08 UTC"), shown());

        robot.interact(() -> column.setPrefWidth(105));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of("2026-12-06"), shown());
        assertEquals(List.of(), Fx.call(() -> com.accountdesk.testing.Clipping.cutCells(table, "createdColumn")));

        robot.interact(() -> column.setPrefWidth(260));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of("2026-12-06 19:08 UTC"), shown(), "wide again, the time again");
    }

    private List<String> shown() {
        return Fx.call(() -> table.lookupAll(".table-cell").stream().map(n -> (TableCell<?, ?>) n)
                .filter(c -> c.getItem() != null).map(TableCell::getText).toList());
    }
}
