package com.accountdesk.ui.common;

import javafx.beans.property.BooleanProperty;

import java.util.concurrent.Callable;
import java.util.concurrent.Executor;
import java.util.function.Consumer;

/**
 * Runs blocking work for a view-model and hands the outcome back. In the app: off the FX thread,
 * outcome on it ({@link Tasks}); in a view-model test: in order on the calling thread, so the test
 * needs neither the FX toolkit nor waits.
 */
public interface Background {
    /** @param busy true while the work runs; may be null */
    <T> void run(Callable<T> work, BooleanProperty busy, Consumer<T> onSuccess, Consumer<Throwable> onError);

    /** On {@code executor}, callbacks on the FX thread. */
    static Background on(Executor executor) {
        return new Background() {
            @Override
            public <T> void run(Callable<T> work, BooleanProperty busy, Consumer<T> onSuccess, Consumer<Throwable> onError) {
                Tasks.create(work).busy(busy).onSuccess(onSuccess).onError(onError).runOn(executor);
            }
        };
    }

    /** Now, on the calling thread. */
    static Background callingThread() {
        return new Background() {
            @Override
            public <T> void run(Callable<T> work, BooleanProperty busy, Consumer<T> onSuccess, Consumer<Throwable> onError) {
                if (busy != null) {
                    busy.set(true);
                }
                T value;
                try {
                    value = work.call();
                } catch (Exception e) {
                    if (busy != null) {
                        busy.set(false);
                    }
                    onError.accept(e);
                    return;
                }
                if (busy != null) {
                    busy.set(false);
                }
                onSuccess.accept(value);
            }
        };
    }
}
