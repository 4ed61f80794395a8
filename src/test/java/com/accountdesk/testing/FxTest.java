package com.accountdesk.testing;

import javafx.application.Platform;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The "window stays responsive" check fails when the FX thread is held, as work done on it would hold it. */
@Tag("ui")
class FxTest {

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @Test
    void anFxThreadHeldByWorkFailsTheCheck() {
        Fx.IdlePing idle = Fx.idlePing();
        CountDownLatch release = new CountDownLatch(1);
        // The FX thread waits for 2 s, like a blocking call made on it.
        Platform.runLater(() -> {
            try {
                release.await(2, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        try {
            AssertionError e = assertThrows(AssertionError.class, () -> Fx.assertAnswersWhile("the call", () -> true, idle));
            assertTrue(e.getMessage().contains("frozen"), e.getMessage());
        } finally {
            release.countDown();
        }
    }

    @Test
    void workOverBeforeTheCheckProvesNothing() {
        AssertionError e = assertThrows(AssertionError.class, () -> Fx.assertAnswersWhile("the call", () -> false, Fx.idlePing()));
        assertTrue(e.getMessage().contains("proves nothing"), e.getMessage());
    }

    @Test
    void aFreeFxThreadPasses() {
        Fx.assertAnswersWhile("the call", () -> true, Fx.idlePing());
    }

    @Test
    void theAllowanceFollowsTheIdleFxThreadAboveAFloor() {
        assertEquals(Duration.ofMillis(250), new Fx.IdlePing(3).allowed(), "a quick machine: one GC or CSS pass still passes");
        assertEquals(Duration.ofMillis(800), new Fx.IdlePing(80).allowed(), "a busy machine is given room in proportion");
    }

    @Test
    void callRunsOnTheFxThreadAndReturnsItsResult() {
        assertEquals(Boolean.TRUE, Fx.call(Platform::isFxApplicationThread));
        IllegalStateException thrown = assertThrows(IllegalStateException.class, () -> Fx.run(() -> {
            throw new IllegalStateException("boom");
        }));
        assertEquals("boom", thrown.getMessage());
    }
}
