package com.accountdesk.ui.account;

import com.accountdesk.model.ApiKey;
import com.accountdesk.model.Secret;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The API Access view-model's rules, without a window: expiry checks, markers, Allow Domains problems, copy. */
class ApiAccessViewModelTest {
    private static final Instant NOW = Instant.parse("2026-03-01T12:00:00Z");
    private final List<Secret> copied = new ArrayList<>();
    private final Secret own = Secret.of("own-key-0123456789abcdef");
    /** No service: every case here must be decided before anything would be sent. */
    private final ApiAccessViewModel vm = new ApiAccessViewModel(null, r -> {
        throw new AssertionError("nothing may run in the background here");
    }, own, copied::add, () -> 30, Clock.fixed(NOW, ZoneOffset.UTC));

    @Test
    void aPastOrMissingExpiryIsRefusedWithAReasonAndNothingIsSent() {
        assertTrue(vm.expiryProblem(NOW.minusSeconds(1)).contains("already passed"));
        assertTrue(vm.expiryProblem(NOW).contains("already passed"));
        assertTrue(vm.expiryProblem(null).contains("Choose"));
        assertNull(vm.expiryProblem(NOW.plusSeconds(60)));
        ApiKey key = new ApiKey(own, NOW.minus(Duration.ofDays(1)), NOW.plus(Duration.ofDays(1)));
        vm.redate(key, NOW.minus(Duration.ofHours(1)));
        assertTrue(vm.errorProperty().get().contains("already passed"));
        vm.errorProperty().set("");
        vm.add(NOW.minusSeconds(5));
        assertTrue(vm.errorProperty().get().contains("already passed"));
    }

    @Test
    void marksSayInWordsWhatTheColoursShow() {
        ApiKey inUse = new ApiKey(own, NOW, NOW.plus(Duration.ofDays(30)));
        ApiKey soon = new ApiKey(Secret.of("soon-0123456789abcdef"), NOW, NOW.plus(Duration.ofMinutes(150)));
        ApiKey minutes = new ApiKey(Secret.of("mins-0123456789abcdef"), NOW, NOW.plus(Duration.ofMinutes(20)));
        ApiKey expired = new ApiKey(Secret.of("gone-0123456789abcdef"), NOW.minus(Duration.ofDays(2)), NOW.minusSeconds(1));
        ApiKey plain = new ApiKey(Secret.of("plain-0123456789abcdef"), NOW, NOW.plus(Duration.ofDays(30)));
        assertEquals("In use by this app", vm.marks(inUse));
        assertEquals("Active", vm.marks(plain), "a status cell is never blank");
        assertEquals("Expires in 2 h", vm.marks(soon));
        assertEquals("Expires in 20 min", vm.marks(minutes));
        assertEquals("Expired", vm.marks(expired));
        assertTrue(vm.isExpiringSoon(soon) && !vm.isExpiringSoon(expired) && vm.isExpired(expired));
    }

    @Test
    void allowDomainsProblemsNameEachBadEntryAndBlockSave() {
        vm.originsTextProperty().set("example.com, exa mple.org\n*.ok.example.net\n300.1.1.1, ::1, 10.0.0.0/8");
        assertEquals(List.of("'exa mple.org': contains a space", "'300.1.1.1': not a valid IPv4 address (each part 0 to 255)"),
                vm.originProblems());
        assertTrue(!vm.canSaveOriginsBinding().get());
        vm.originsTextProperty().set("example.com\n*.ok.example.net\n::1\n10.0.0.0/8");
        assertTrue(vm.originProblems().isEmpty());
        assertTrue(vm.canSaveOriginsBinding().get());
    }

    @Test
    void copyHandsOverTheFullKeyNotTheMask() {
        ApiKey key = new ApiKey(own, NOW, NOW.plus(Duration.ofDays(1)));
        vm.copy(key);
        assertEquals(List.of(own), copied);
        assertTrue(vm.statusProperty().get().contains(own.masked()) && vm.statusProperty().get().contains("30 s"));
        assertTrue(!vm.statusProperty().get().contains(own.reveal()));
    }
}
