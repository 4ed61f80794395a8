package com.accountdesk.model;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PastedKeyTest {
    @Test
    void invisibleCharactersAreTakenOutWhereverTheyAreAndNamed() {
        PastedKey pasted = PastedKey.clean("\u00A0 key\u200B-one\uFEFF\u0085\u2028\u200E\t\n");
        assertEquals("key-one", pasted.value());
        assertEquals(List.of("U+00A0", "U+200B", "U+FEFF", "U+0085", "U+2028", "U+200E"), pasted.removed());
        assertTrue(pasted.note().contains("U+00A0"), pasted.note());
        assertFalse(pasted.note().contains("key-one"), "the note never quotes the key");
    }

    @Test
    void ordinaryTrimmingSaysNothing() {
        PastedKey pasted = PastedKey.clean("  key-one \n");
        assertEquals("key-one", pasted.value());
        assertFalse(pasted.changed());
        assertEquals("", pasted.note());
        assertEquals("ключ", PastedKey.clean("ключ").value(), "visible characters stay: the header check refuses them with a sentence");
    }
}
