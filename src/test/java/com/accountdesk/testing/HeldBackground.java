package com.accountdesk.testing;

import com.accountdesk.ui.common.Background;
import javafx.beans.property.BooleanProperty;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * Does the work at once on the test's thread (real HTTP, so each look sees the server as it is
 * then) but holds each answer until the test releases it, in whatever order it chooses: an older,
 * slower look can then come back after a newer one.
 */
public final class HeldBackground implements Background {
    private final List<Runnable> held = new ArrayList<>();

    @Override
    public <T> void run(Callable<T> work, BooleanProperty busy, Consumer<T> onSuccess, Consumer<Throwable> onError) {
        Runnable answer;
        try {
            T value = work.call();
            answer = () -> onSuccess.accept(value);
        } catch (Exception e) {
            answer = () -> onError.accept(e);
        }
        held.add(answer);
    }

    /** Hands back the answer of the {@code n}-th work asked for (from 1). */
    public void release(int n) {
        held.get(n - 1).run();
    }

    /** How many works were asked for so far. */
    public int asked() {
        return held.size();
    }
}
