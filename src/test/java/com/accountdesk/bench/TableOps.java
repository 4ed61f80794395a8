package com.accountdesk.bench;

import javafx.scene.Parent;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

import java.util.List;
import java.util.Random;

/** What the table benchmarks do to a shown table, as clicks and drags do, each followed by a CSS and layout pass. */
final class TableOps {
    private TableOps() {
    }

    /** Sorts by {@code column}, up or down, as a click on its header does. */
    static <S> int sort(TableView<S> table, TableColumn<S, ?> column, boolean descending) {
        column.setSortType(descending ? TableColumn.SortType.DESCENDING : TableColumn.SortType.ASCENDING);
        table.getSortOrder().setAll(List.of(column));
        return pass(table);
    }

    /** Jumps to a random row, as dragging the scroll bar does. */
    static int scrollSomewhere(TableView<?> table, Random random) {
        table.scrollTo(random.nextInt(table.getItems().size()));
        return pass(table);
    }

    /** A CSS and layout pass over the table's window, as the next pulse makes (without drawing). */
    static int pass(TableView<?> table) {
        Parent root = table.getScene().getRoot();
        root.applyCss();
        root.layout();
        return table.getItems().size();
    }
}
