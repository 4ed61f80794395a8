package com.accountdesk.bench;

import com.accountdesk.model.ApiKey;
import com.accountdesk.ui.common.TimeCell;
import com.accountdesk.ui.common.TimeFormats;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import javafx.collections.transformation.SortedList;
import javafx.scene.Parent;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;

/**
 * STAND-IN for the My Account keys table (ui/account; MyAccountTableBench measures the real one): a TableView&lt;ApiKey&gt;
 * with the same columns and cells as that table (masked key, status, created and expires as
 * UTC + local time with a tooltip), over a FilteredList and a SortedList bound to the table's
 * comparator. "as-built" copies that table's cells and its refresh on every change; "tuned" uses
 * {@link TimeCell}, a fixed row height and no blanket refresh.
 */
final class KeysTable {
    private final ObservableList<ApiKey> keys = FXCollections.observableArrayList();
    private final FilteredList<ApiKey> filtered = new FilteredList<>(keys);
    private final SortedList<ApiKey> sorted = new SortedList<>(filtered);
    private final TableView<ApiKey> table = new TableView<>(sorted);
    private final TableColumn<ApiKey, Instant> expires = new TableColumn<>("Expires");

    KeysTable(boolean tuned) {
        TableColumn<ApiKey, String> key = new TableColumn<>("Key");
        key.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().token().masked()));
        TableColumn<ApiKey, String> marks = new TableColumn<>("Status");
        marks.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().isExpired(Instant.now()) ? "Expired" : ""));
        TableColumn<ApiKey, Instant> created = new TableColumn<>("Created");
        created.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().created()));
        expires.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().expires()));
        created.setCellFactory(c -> tuned ? new TimeCell<>() : new AsBuiltTimeCell());
        expires.setCellFactory(c -> tuned ? new TimeCell<>() : new AsBuiltTimeCell());
        created.setComparator(Comparator.nullsFirst(Comparator.naturalOrder()));
        expires.setComparator(Comparator.nullsFirst(Comparator.naturalOrder()));
        table.getColumns().setAll(List.of(key, marks, created, expires));
        sorted.comparatorProperty().bind(table.comparatorProperty());
        if (tuned) {
            table.setFixedCellSize(TimeCell.rowHeight());
        } else {
            keys.addListener((ListChangeListener<ApiKey>) c -> table.refresh());
        }
    }

    Parent view() {
        return table;
    }

    void load(List<ApiKey> all) {
        keys.setAll(all);
    }

    void sortByExpiry(TableColumn.SortType direction) {
        expires.setSortType(direction);
        table.getSortOrder().setAll(List.of(expires));
    }

    void filter(String text) {
        filtered.setPredicate(text.isEmpty() ? null : k -> k.token().reveal().contains(text));
    }

    void scrollTo(int row) {
        table.scrollTo(row);
    }

    int rowCount() {
        return table.getItems().size();
    }

    /** The cell as ui/account has it: a new Tooltip on every update. */
    private static final class AsBuiltTimeCell extends TableCell<ApiKey, Instant> {
        @Override
        protected void updateItem(Instant time, boolean empty) {
            super.updateItem(time, empty);
            if (empty || time == null) {
                setText(null);
                setTooltip(null);
                return;
            }
            setText(TimeFormats.utc(time) + "\nlocal " + TimeFormats.local(time));
            setTooltip(new Tooltip(TimeFormats.utc(time) + " is " + TimeFormats.local(time) + " here"));
        }
    }
}
