package com.accountdesk.ui.common;

import javafx.collections.ObservableList;
import javafx.collections.transformation.SortedList;
import javafx.scene.control.TableView;

/**
 * A table's rows kept in the order its column headers show, whatever the list under it does: a
 * table sorts its own list only when a header is clicked, so a refresh that added or changed a row
 * would otherwise leave it out of order under a header that says "sorted". The view-model's list
 * stays the one it changes (by {@link ListRefresh}); the table shows it through a {@link SortedList}
 * bound to the table's comparator, which places each change without sorting everything again.
 */
public final class SortedRows {
    private SortedRows() {
    }

    /** Shows {@code rows} in {@code table}, in the order of the table's sort columns (the server's order while there are none). */
    public static <T> void show(TableView<T> table, ObservableList<T> rows) {
        SortedList<T> sorted = new SortedList<>(rows);
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
    }
}
