package com.accountdesk.app;

import com.accountdesk.credentials.Profile;
import com.accountdesk.model.DiskUsage;
import com.accountdesk.session.KeyWarnings;
import com.accountdesk.ui.common.Texts;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.IntSupplier;
import java.util.function.Supplier;

/**
 * Looks over every saved account for what needs the user soon: ACM keys expiring within the
 * warning window, CrateDB keys near removal, and saved secrets the server now refuses. An account
 * that cannot be reached is left out (being offline is not the key's fault). No JavaFX: blocking,
 * run it in the background.
 */
public final class CredentialReminder {
    /** Settings key: "false" turns the reminder off. */
    public static final String ENABLED_SETTING = KeyWarnings.REMINDERS_SETTING;
    /** How often it looks while the app runs. */
    public static final Duration INTERVAL = Duration.ofHours(24);

    /**
     * What to say: a title, one line per account, and the account clicking it opens (the first listed).
     */
    public record Reminder(String title, String text, Profile first) {
    }

    private final Supplier<List<Profile>> profiles;
    private final AccountHealth health;
    private final Supplier<Duration> warning;
    private final IntSupplier diskFullPercent;
    private final Clock clock;

    /** With the disk reported from the default red level (90 %). */
    public CredentialReminder(Supplier<List<Profile>> profiles, AccountHealth health, Supplier<Duration> warning, Clock clock) {
        this(profiles, health, warning, () -> (int) Math.round(DiskUsage.DEFAULT_RED * 100), clock);
    }

    /** @param diskFullPercent the user's red level: a cluster's disk this full or more is reported */
    public CredentialReminder(Supplier<List<Profile>> profiles, AccountHealth health, Supplier<Duration> warning,
                              IntSupplier diskFullPercent, Clock clock) {
        this.profiles = profiles;
        this.health = health;
        this.clock = clock;
        this.warning = warning;
        this.diskFullPercent = diskFullPercent;
    }

    /**
     * The accounts that need the user, refused ones first, then those with a key expiring or (CrateDB)
     * other keys near removal or (CrateDB) a cluster's disk at the user's red level; empty when none does.
     */
    public List<AccountHealth.Report> due() {
        List<AccountHealth.Report> refused = new ArrayList<>();
        List<AccountHealth.Report> soon = new ArrayList<>();
        for (Profile profile : profiles.get()) {
            AccountHealth.Report report = health.check(profile, warning.get(), diskFullPercent.getAsInt() / 100.0);
            if (report.state() == AccountHealth.State.REFUSED) {
                refused.add(report);
            } else if (report.state() == AccountHealth.State.EXPIRES_SOON || !report.othersNearRemoval().isEmpty()
                    || !report.fullDisks().isEmpty()) {
                soon.add(report);
            }
        }
        refused.addAll(soon);
        return refused;
    }

    /** The reminder for what {@link #due()} found, if anything. */
    public Optional<Reminder> check() {
        List<AccountHealth.Report> due = due();
        if (due.isEmpty()) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        StringBuilder text = new StringBuilder();
        for (AccountHealth.Report report : due) {
            if (!text.isEmpty()) {
                text.append('\n');
            }
            String state = switch (report.state()) {
                case REFUSED -> Texts.get("main.reminder.refused");
                case EXPIRES_SOON -> report.describe(now);
                default -> "";
            };
            String others = report.othersNearRemoval().isEmpty() ? ""
                    : Texts.get("main.reminder.othersNearRemoval", report.othersDescribed(now));
            if (!report.fullDisks().isEmpty()) {
                String disks = Texts.get("main.reminder.fullDisks", diskFullPercent.getAsInt(), report.fullDisksDescribed());
                others = others.isEmpty() ? disks : Texts.get("main.reminder.both", others, disks);
            }
            String said = state.isEmpty() ? others : others.isEmpty() ? state : Texts.get("main.reminder.both", state, others);
            text.append(Texts.get("main.reminder.line", report.profile().label(), said));
        }
        text.append('\n').append(Texts.get("main.reminder.click", due.get(0).profile().label()));
        return Optional.of(new Reminder(Texts.get("main.reminder.title", due.size()), text.toString(), due.get(0).profile()));
    }
}
