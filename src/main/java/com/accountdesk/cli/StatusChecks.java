package com.accountdesk.cli;

import com.accountdesk.app.AccountHealth;
import com.accountdesk.credentials.Profile;
import com.accountdesk.ui.common.ErrorMessages;
import com.accountdesk.ui.common.Texts;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * The accounts of {@code status} checked at the same time, so ten accounts cost about what the
 * slowest one does, under one deadline for them all. Each check is its own calls, sent once: one
 * still running at the deadline is reported as not reached and left to end with the process (its
 * threads are daemons), never started again.
 */
final class StatusChecks {
    /** Enough for the accounts a person keeps, few enough that a long list does not open a crowd of connections at once. */
    static final int MOST_AT_ONCE = 8;

    private StatusChecks() {
    }

    /** One report per profile, in the profiles' order. */
    static List<AccountHealth.Report> all(List<Profile> profiles, Function<Profile, AccountHealth.Report> check, Duration deadline) {
        AtomicInteger n = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, Math.min(MOST_AT_ONCE, profiles.size())), task -> {
            Thread t = new Thread(task, "status-check-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<AccountHealth.Report>> pending = new ArrayList<>();
            for (Profile profile : profiles) {
                pending.add(pool.submit(() -> check.apply(profile)));
            }
            long end = System.nanoTime() + deadline.toNanos();
            List<AccountHealth.Report> reports = new ArrayList<>();
            for (int i = 0; i < profiles.size(); i++) {
                reports.add(waitFor(pending.get(i), profiles.get(i), end, deadline));
            }
            return reports;
        } finally {
            pool.shutdownNow();
        }
    }

    private static AccountHealth.Report waitFor(Future<AccountHealth.Report> report, Profile profile, long end, Duration deadline) {
        try {
            return report.get(Math.max(0, end - System.nanoTime()), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            return new AccountHealth.Report(profile, AccountHealth.State.UNREACHABLE, null,
                    Texts.get("common.health.detail.noAnswerWithin", deadline.toSeconds()));
        } catch (ExecutionException e) {
            // AccountHealth words every failure it expects; anything else is still one sentence, not a trace.
            return new AccountHealth.Report(profile, AccountHealth.State.UNREACHABLE, null,
                    ErrorMessages.describe(e.getCause()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new AccountHealth.Report(profile, AccountHealth.State.UNREACHABLE, null,
                    Texts.get("common.health.detail.noAnswerWithin", deadline.toSeconds()));
        }
    }
}
