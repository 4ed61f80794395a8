package com.accountdesk.ui.cratedb;

import com.accountdesk.ui.main.PollTimer;

import java.time.Duration;

/** One planned look at a time, which the test runs when it chooses ({@link #fire()}). */
final class ManualPollTimer implements PollTimer {
    Duration pause;
    Runnable look;

    @Override
    public void schedule(Duration after, Runnable next) {
        pause = after;
        look = next;
    }

    @Override
    public void cancel() {
        look = null;
    }

    void fire() {
        Runnable next = look;
        look = null;
        next.run();
    }
}
