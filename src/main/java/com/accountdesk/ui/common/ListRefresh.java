package com.accountdesk.ui.common;

import javafx.collections.ObservableList;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.ListIterator;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * A refreshed list put into the list a table shows by difference rather than by replacement: rows
 * whose item is unchanged are not touched (the table keeps its selection, focus and scroll place,
 * and a refresh that changed nothing costs nothing); a changed item is set in its row, gone ones
 * are removed, new ones added at the end. Items are matched by identity (a key's token, a
 * cluster's id), not by position: the table may have sorted its list in place.
 */
public final class ListRefresh {
    /**
     * Beyond this many removed, added or changed items, one replacement is cheaper for the table
     * than as many single changes (each is an event it handles on its own).
     */
    static final int MOST_SINGLE_CHANGES = 64;

    private ListRefresh() {
    }

    /** Makes {@code shown} hold {@code fresh}'s items (by value), in as few changes as a difference takes. */
    public static <T, K> void into(ObservableList<T> shown, List<? extends T> fresh, Function<? super T, ? extends K> identity) {
        if (shown.isEmpty() || fresh.isEmpty()) {
            shown.setAll(fresh);
            return;
        }
        if (sameRowsInPlace(shown, fresh, identity)) {
            return;
        }
        Map<K, T> freshById = new HashMap<>(fresh.size() * 2);
        for (T item : fresh) {
            if (freshById.putIfAbsent(identity.apply(item), item) != null) {
                shown.setAll(fresh); // two items with one identity: nothing to match rows by
                return;
            }
        }
        Map<K, T> shownById = new HashMap<>(shown.size() * 2);
        int changedOrRemoved = 0;
        for (T item : shown) {
            K id = identity.apply(item);
            T now = freshById.get(id);
            if (shownById.putIfAbsent(id, item) != null
                    || ((now == null || !now.equals(item)) && ++changedOrRemoved > MOST_SINGLE_CHANGES)) {
                shown.setAll(fresh); // two rows with one identity, or so many changes that one replacement is cheaper
                return;
            }
        }
        List<T> added = new ArrayList<>();
        for (T item : fresh) {
            if (!shownById.containsKey(identity.apply(item))) {
                added.add(item);
            }
        }
        if (changedOrRemoved + added.size() > MOST_SINGLE_CHANGES) {
            shown.setAll(fresh);
            return;
        }
        shown.removeIf(item -> !freshById.containsKey(identity.apply(item)));
        for (ListIterator<T> rows = shown.listIterator(); rows.hasNext(); ) {
            T item = rows.next();
            T now = freshById.get(identity.apply(item));
            if (!now.equals(item)) {
                rows.set(now);
            }
        }
        if (!added.isEmpty()) {
            shown.addAll(added);
        }
    }

    /**
     * The common refresh: the same items in the same order (a server lists them so each time, and the
     * shown list is never sorted in place; the table sorts a view of it), some perhaps changed. Then
     * each changed row is set where it is, with no map of either list. False, with nothing done, when
     * the rows are not the same ones in the same places.
     */
    private static <T, K> boolean sameRowsInPlace(ObservableList<T> shown, List<? extends T> fresh, Function<? super T, ? extends K> identity) {
        if (shown.size() != fresh.size()) {
            return false;
        }
        List<Integer> changed = new ArrayList<>();
        for (int i = 0; i < shown.size(); i++) {
            T was = shown.get(i);
            T now = fresh.get(i);
            if (!Objects.equals(identity.apply(was), identity.apply(now))) {
                return false;
            }
            if (!now.equals(was)) {
                changed.add(i);
            }
        }
        if (changed.size() > MOST_SINGLE_CHANGES) {
            shown.setAll(fresh);
        } else {
            for (int i : changed) {
                shown.set(i, fresh.get(i));
            }
        }
        return true;
    }
}
