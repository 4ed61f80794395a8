package com.accountdesk.ui.common;

import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

/** A refresh put into a shown list by difference: what changed is all that changes. */
class ListRefreshTest {
    record Key(String token, String name) {
    }

    private static List<Key> keys(int n) {
        return IntStream.range(0, n).mapToObj(i -> new Key("k" + i, "name " + i)).toList();
    }

    /** The changes the list announced, one entry per added, removed, replaced or whole-list change. */
    private static List<String> watch(ObservableList<Key> list) {
        List<String> seen = new ArrayList<>();
        list.addListener((ListChangeListener<Key>) c -> {
            while (c.next()) {
                seen.add(c.wasReplaced() ? "replaced " + c.getAddedSize() : c.wasAdded() ? "added " + c.getAddedSize()
                        : c.wasRemoved() ? "removed " + c.getRemovedSize() : "other");
            }
        });
        return seen;
    }

    @Test
    void aRefreshThatChangedNothingChangesNothing() {
        ObservableList<Key> shown = FXCollections.observableArrayList(keys(10_000));
        Key first = shown.get(0);
        List<String> changes = watch(shown);
        ListRefresh.into(shown, new ArrayList<>(keys(10_000)), Key::token);
        assertEquals(List.of(), changes);
        assertSame(first, shown.get(0), "the row's item is the one it had");
    }

    @Test
    void aRefreshInTheSameOrderSetsOnlyTheChangedRowsWhereTheyAre() {
        ObservableList<Key> shown = FXCollections.observableArrayList(keys(10_000));
        Key untouched = shown.get(7);
        List<Key> fresh = new ArrayList<>(keys(10_000));
        fresh.set(5_000, new Key("k5000", "re-dated"));
        fresh.set(9_999, new Key("k9999", "renamed"));

        List<String> changes = watch(shown);
        ListRefresh.into(shown, fresh, Key::token);

        assertEquals(List.of("replaced 1", "replaced 1"), changes);
        assertEquals(fresh, shown);
        assertSame(untouched, shown.get(7), "an unchanged row keeps its item");
    }

    @Test
    void aWhollyNewListIsOneReplacement() {
        ObservableList<Key> shown = FXCollections.observableArrayList(keys(10_000));
        List<Key> fresh = IntStream.range(0, 10_000).mapToObj(i -> new Key("other" + i, "other")).toList();
        List<String> changes = watch(shown);
        ListRefresh.into(shown, fresh, Key::token);
        assertEquals(List.of("replaced 10000"), changes);
        assertEquals(fresh, shown);
    }

    @Test
    void aSortedListKeepsItsOrderAndOnlyTheChangedRowIsReplaced() {
        ObservableList<Key> shown = FXCollections.observableArrayList(keys(1_000));
        shown.sort(Comparator.comparing(Key::name).reversed()); // as a table sorts its items in place
        List<Key> order = List.copyOf(shown);
        List<Key> fresh = new ArrayList<>(keys(1_000));
        fresh.set(500, new Key("k500", "renamed"));

        List<String> changes = watch(shown);
        ListRefresh.into(shown, fresh, Key::token);

        assertEquals(List.of("replaced 1"), changes);
        int at = order.indexOf(new Key("k500", "name 500"));
        assertEquals(new Key("k500", "renamed"), shown.get(at), "in the row it was in");
        assertEquals(1_000, shown.size());
    }

    @Test
    void goneItemsAreRemovedAndNewOnesAddedAtTheEnd() {
        ObservableList<Key> shown = FXCollections.observableArrayList(keys(100));
        List<Key> fresh = new ArrayList<>(keys(100));
        fresh.remove(10);
        fresh.remove(20);
        fresh.add(0, new Key("new-1", "new"));
        fresh.add(new Key("new-2", "new"));

        List<String> changes = watch(shown);
        ListRefresh.into(shown, fresh, Key::token);

        assertEquals(List.of("removed 1", "removed 1", "added 2"), changes);
        assertEquals(100, shown.size());
        assertEquals(List.of(new Key("new-1", "new"), new Key("new-2", "new")), shown.subList(98, 100));
        assertEquals(new java.util.HashSet<>(fresh), new java.util.HashSet<>(shown));
    }

    @Test
    void manyChangesAreOneReplacement() {
        ObservableList<Key> shown = FXCollections.observableArrayList(keys(1_000));
        List<Key> fresh = keys(1_000).stream().map(k -> new Key(k.token(), k.name() + "!")).toList();
        List<String> changes = watch(shown);
        ListRefresh.into(shown, fresh, Key::token);
        assertEquals(1, changes.size(), changes.toString());
        assertEquals(fresh, shown);
    }

    @Test
    void twoItemsWithOneIdentityAreTakenAsTheyCome() {
        ObservableList<Key> shown = FXCollections.observableArrayList(keys(3));
        List<Key> fresh = List.of(new Key("k0", "a"), new Key("k0", "b"), new Key("k1", "c"));
        ListRefresh.into(shown, fresh, Key::token);
        assertEquals(fresh, shown);
    }
}
