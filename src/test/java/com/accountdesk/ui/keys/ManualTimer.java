package com.accountdesk.ui.keys;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** A {@link OneShotTimer} for view-model tests: nothing runs by itself; the test lets the time pass with {@link #elapse}. */
public final class ManualTimer implements OneShotTimer {
    private record Due(Duration at, Runnable action) {
    }

    private final List<Due> pending = new ArrayList<>();
    private Duration now = Duration.ZERO;

    @Override
    public void after(Duration delay, Runnable action) {
        pending.add(new Due(now.plus(delay), action));
    }

    /** Lets {@code time} pass, running what falls due, in order. */
    public void elapse(Duration time) {
        now = now.plus(time);
        List<Due> due = pending.stream().filter(d -> d.at().compareTo(now) <= 0).toList();
        pending.removeAll(due);
        due.forEach(d -> d.action().run());
    }
}
