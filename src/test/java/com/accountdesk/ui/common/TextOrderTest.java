package com.accountdesk.ui.common;

import org.junit.jupiter.api.Test;

import java.text.Collator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A text column's order is the language's, as JavaFX's default comparator gives it, nulls first. */
class TextOrderTest {
    private static final List<String> TEXTS = List.of("orders-prod", "Orders-prod", "ordersa", "Zeta", "zeta", "éclair", "eclair",
            "Eclair", "cluster-10", "cluster-2", "", "Ärger", "arger", "b", "B", "5.4.2", "5.10.0", "ångström");

    @Test
    void sortsAsTheLanguagesCollatorWithNullsFirst() {
        List<String> expected = new ArrayList<>(TEXTS);
        expected.sort(Collator.getInstance());
        expected.add(0, null);
        List<String> sorted = new ArrayList<>(TEXTS);
        sorted.add(3, null);
        sorted.sort(new TextOrder());
        assertEquals(expected, sorted);
    }

    @Test
    void keepsItsOrderPastTheKeysItKeeps() {
        TextOrder order = new TextOrder();
        String[] many = IntStream.range(0, TextOrder.MOST_KEYS + 10).mapToObj(i -> "name " + i).toArray(String[]::new);
        String[] expected = many.clone();
        Arrays.sort(expected, Collator.getInstance());
        Arrays.sort(many, order);
        assertEquals(Arrays.asList(expected), Arrays.asList(many));
    }
}
