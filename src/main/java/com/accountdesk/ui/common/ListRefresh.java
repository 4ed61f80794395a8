package com.accountdesk.ui.common;

import javafx.collections.ObservableList;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.ListIterator;
import java.util.Map;
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
        Map<K, T> freshById = new HashMap<>(fresh.size() * 2);
        for (T item : fresh) {
            if (freshById.putIfAbsent(identity.apply(item), item) != null) {
                shown.setAll(fresh); // two items with one identity: nothing to match rows by
                return;
            }
        }
        Map<K, T> shownById = new HashMap<>(shown.size() * 2);
        int changed = 0;
        for (T item : shown) {
            K id = identity.apply(item);
            if (shownById.putIfAbsent(id, item) != null) {
                shown.setAll(fresh);
                return;
            }
            T now = freshById.get(id);
            if (now != null && !now.equals(item)) {
                changed++;
            }
        }
        List<T> added = new ArrayList<>();
        for (T item : fresh) {
            if (!shownById.containsKey(identity.apply(item))) {
                added.add(item);
            }
        }
        int removed = shown.size() - (fresh.size() - added.size());
        if (removed + added.size() + changed > MOST_SINGLE_CHANGES) {
            shown.setAll(fresh);
            return;
        }
        if (removed > 0) {
            shown.removeIf(item -> !freshById.containsKey(identity.apply(item)));
        }
        if (changed > 0) {
            for (ListIterator<T> rows = shown.listIterator(); rows.hasNext(); ) {
                T item = rows.next();
                T now = freshById.get(identity.apply(item));
                if (!now.equals(item)) {
                    rows.set(now);
                }
            }
        }
        if (!added.isEmpty()) {
            shown.addAll(added);
        }
    }
}
