package com.accountdesk.ui.account;

import com.accountdesk.ui.keys.ManualTimer;
import com.accountdesk.ui.keys.KeyActions;
import com.accountdesk.keys.KeyNames;
import com.accountdesk.model.ApiKey;
import com.accountdesk.model.Secret;
import com.accountdesk.testing.ScriptedDialogs;
import com.accountdesk.ui.common.Background;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** API Access's local key names, without a window: shown, described in sentences, renamed, and absent without a saved account. */
class ApiAccessNamesTest {
    private static final Instant NOW = Instant.parse("2026-03-01T12:00:00Z");
    private final Secret own = Secret.of("own-key-0123456789abcdef");
    /** No service and no script: naming a key sends nothing and asks nothing. */
    private final ApiAccessViewModel vm = new ApiAccessViewModel(null, new KeyActions(Background.callingThread(),
            new ScriptedDialogs(), new ManualTimer(), s -> { }, () -> 30), own, Clock.fixed(NOW, ZoneOffset.UTC));
    private final ApiKey key = new ApiKey(own, NOW, NOW.plus(Duration.ofDays(3)));

    @Test
    void withoutASavedAccountNoNamesAreKept() {
        assertFalse(vm.namesKept());
        assertEquals("", vm.name(key));
        assertEquals(own.masked(), vm.describe(key));
    }

    @Test
    void aNameIsShownAndUsedInSentences() {
        KeyNames names = new KeyNames(null);
        vm.useNames(names.of("profile-1"));
        vm.keys().add(key);
        vm.rename(key, "CI deploys");
        assertTrue(vm.namesKept());
        assertEquals("CI deploys", vm.name(key));
        assertEquals("“CI deploys” (" + own.masked() + ")", vm.describe(key));
        assertTrue(vm.statusProperty().get().contains("CI deploys"));
        assertEquals("CI deploys", names.of("profile-1").name(own.reveal()), "kept in the store");
        vm.rename(key, "");
        assertEquals("", vm.name(key));
    }
}
