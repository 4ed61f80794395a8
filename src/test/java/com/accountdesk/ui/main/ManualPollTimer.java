package com.accountdesk.ui.main;

import java.time.Duration;

/** Plans one look at a time, as the FX pause does; the test runs it with {@link #fire}. */
public final class ManualPollTimer implements PollTimer {
    /** The pause of the look planned now; null when none is. */
    public Duration pause;
    private Runnable look;

    @Override
    public void schedule(Duration after, Runnable next) {
        pause = after;
        look = next;
    }

    @Override
    public void cancel() {
        pause = null;
        look = null;
    }

    public boolean planned() {
        return look != null;
    }

    /** Runs the planned look (which may plan the next). */
    public void fire() {
        Runnable next = look;
        cancel();
        if (next == null) {
            throw new AssertionError("no look was planned");
        }
        next.run();
    }
}
