package com.accountdesk.cli;

import com.accountdesk.session.DiskThresholds;
import com.accountdesk.session.KeyWarnings;
import com.accountdesk.app.AccountHealth;
import com.accountdesk.ui.common.Texts;
import com.accountdesk.session.Accounts;
import com.accountdesk.credentials.Profile;
import com.accountdesk.model.DisplayText;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code account-desk status}: each saved account checked with its saved secret, one line each;
 * exit 0 when all are fine, 1 otherwise. Never prints a secret.
 */
@Command(name = "status",
        description = {"Checks every saved account with its saved secret, one line each: the account (its user, how it "
                        + "signs in, the endpoint's host) and its state.",
                "Exit 0 when all are fine, 1 when a key is refused, cannot be checked against its server, or expires "
                        + "within the window (24 h unless --within says otherwise), or when a CrateDB Cloud cluster's disk "
                        + "is fuller than --disk-full (the red level of the app's disk gauges unless told; 90 % by default): the cluster and how full are named.",
                "The accounts are checked at the same time, each with its own calls sent once, all within one --timeout."})
final class StatusCommand implements Callable<Integer> {
    private final CliContext context;

    @Spec
    private CommandSpec spec;

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help and exit.")
    private boolean help;

    @Option(names = "--within", paramLabel = "HOURS",
            description = "A key expiring within this many hours is not fine (default: ${DEFAULT-VALUE}).")
    private int withinHours = (int) KeyWarnings.DEFAULT_WARNING.toHours();

    @Option(names = "--disk-full", paramLabel = "PERCENT",
            description = "A CrateDB Cloud cluster whose fullest node's disk is this full or more is not fine "
                    + "(default: the red level set in the app's Settings → Disk gauges, else 90).")
    private Integer diskFullOption;

    @Option(names = "--timeout", paramLabel = "SECONDS",
            description = "Wait at most this long for all the accounts together; one that has not answered by then is not fine "
                    + "(default: ${DEFAULT-VALUE}).")
    private int timeoutSeconds = 30;

    StatusCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        if (withinHours < 0) {
            throw new ParameterException(spec.commandLine(), "--within must be 0 hours or more, not " + withinHours + ".");
        }
        int diskFullPercent = diskFullOption != null ? diskFullOption : DiskThresholds.of(context.settings()).redPercent();
        if (diskFullPercent < 1 || diskFullPercent > 100) {
            throw new ParameterException(spec.commandLine(), "--disk-full must be from 1 to 100 (percent), not " + diskFullPercent + ".");
        }
        if (timeoutSeconds < 1) {
            throw new ParameterException(spec.commandLine(), "--timeout must be 1 second or more, not " + timeoutSeconds + ".");
        }
        Accounts accounts = context.accounts();
        List<Profile> profiles = accounts.profiles();
        if (profiles.isEmpty()) {
            context.err().println("No saved accounts: sign in with the app or with 'account-desk login' first.");
            return Cli.ATTENTION;
        }
        AccountHealth health = new AccountHealth(accounts, context.http(), context.clock());
        Duration window = Duration.ofHours(withinHours);
        List<AccountHealth.Report> reports = StatusChecks.all(profiles,
                profile -> health.check(profile, window, diskFullPercent / 100.0), Duration.ofSeconds(timeoutSeconds));
        List<String[]> rows = new ArrayList<>();
        boolean allFine = true;
        Instant now = context.clock().instant();
        for (AccountHealth.Report report : reports) {
            String others = report.othersNearRemoval().isEmpty() ? ""
                    : "; " + Texts.get("common.health.othersNearRemoval", report.othersDescribed(now));
            if (!report.fullDisks().isEmpty()) {
                others += "; " + Texts.get("common.health.fullDisks", diskFullPercent, report.fullDisksDescribed());
            }
            // Every cell may hold what a server chose (names, key ids): no terminal sequence gets through.
            rows.add(new String[] {report.profile().label(), DisplayText.neutralise(report.describe(now) + others)});
            allFine &= report.fine();
        }
        printAligned(rows);
        return allFine ? Cli.FINE : Cli.ATTENTION;
    }

    /** Columns padded to their widest value, two spaces apart; the last one is not padded. */
    private void printAligned(List<String[]> rows) {
        int columns = rows.get(0).length;
        int[] width = new int[columns];
        for (String[] row : rows) {
            for (int c = 0; c < columns; c++) {
                width[c] = Math.max(width[c], row[c].length());
            }
        }
        for (String[] row : rows) {
            StringBuilder line = new StringBuilder();
            for (int c = 0; c < columns; c++) {
                line.append(c == columns - 1 ? row[c] : String.format("%-" + width[c] + "s  ", row[c]));
            }
            context.out().println(line);
        }
    }
}
