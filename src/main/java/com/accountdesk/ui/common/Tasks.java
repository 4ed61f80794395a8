package com.accountdesk.ui.common;

import javafx.beans.property.BooleanProperty;
import javafx.concurrent.Task;

import java.util.concurrent.Callable;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Runs work off the FX thread and hands the outcome back on it:
 * {@code Tasks.create(() -> client.account()).busy(vm.busy).onSuccess(...).onError(...).runOn(executor)}.
 */
public final class Tasks {
    private static final Logger LOG = Logger.getLogger(Tasks.class.getName());

    private Tasks() {
    }

    public static <T> Builder<T> create(Callable<T> work) {
        return new Builder<>(work);
    }

    /** Collects the callbacks; every callback runs on the FX thread. */
    public static final class Builder<T> {
        private final Callable<T> work;
        private Consumer<T> onSuccess = v -> { };
        private Consumer<Throwable> onError = e -> LOG.log(Level.WARNING, "background task failed: {0}",
                ErrorMessages.withoutMessages(e));
        private Runnable andFinally = () -> { };
        private BooleanProperty busy;

        private Builder(Callable<T> work) {
            this.work = work;
        }

        public Builder<T> onSuccess(Consumer<T> callback) {
            this.onSuccess = callback;
            return this;
        }

        public Builder<T> onError(Consumer<Throwable> callback) {
            this.onError = callback;
            return this;
        }

        /** Set to true while the work runs, so a view can show progress and disable its actions. */
        public Builder<T> busy(BooleanProperty property) {
            this.busy = property;
            return this;
        }

        /** Starts the work; call on the FX thread. */
        public Task<T> runOn(Executor executor) {
            Task<T> task = new Task<>() {
                @Override
                protected T call() throws Exception {
                    return work.call();
                }
            };
            if (busy != null) {
                busy.set(true);
            }
            task.setOnSucceeded(e -> {
                finish();
                onSuccess.accept(task.getValue());
            });
            task.setOnFailed(e -> {
                finish();
                onError.accept(task.getException());
            });
            task.setOnCancelled(e -> finish());
            executor.execute(task);
            return task;
        }

        private void finish() {
            if (busy != null) {
                busy.set(false);
            }
        }
    }
}
