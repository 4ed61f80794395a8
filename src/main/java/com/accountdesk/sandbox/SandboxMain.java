package com.accountdesk.sandbox;

import com.accountdesk.sandbox.state.DemoAccount;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.CountDownLatch;

/**
 * The sandbox alone, with no window:
 * {@code sandbox [--port N] [--token KEY] [--fresh] [--state FILE] [--in-memory] [--enforce-origins]}
 * plus the fault injection flags ({@link #USAGE}).
 */
public final class SandboxMain {
    private SandboxMain() {
    }

    public static final String USAGE = """
            usage: sandbox [--port N] [--token KEY] [--fresh] [--state FILE] [--in-memory] [--enforce-origins]
              --port N            listen on 127.0.0.1:N (default: a free port)
              --token KEY         make KEY a valid API key of the demo account for a year
              --fresh             forget the saved state and start from the seeded demo account
              --state FILE        where to keep state (default: the app's data folder)
              --in-memory         keep no state file
              --enforce-origins   answer 403 to callers not in Allow Domains
            playing other variants of the live services:
              --guide-launch-only launch only at the Altinity API Guide's /{environment}/cluster-launch
                                  (404 at ACM 26.1.59's /environment/{environment}/clusters/launch)
              --boolean-secure-only
                                  refuse a launch's "secure": 0/1 (as 26.1.59 describes it) with a 400
                                  naming secure; take only true/false, as live clients report
              --hide-key-list     answer GET /account without its "tokens" list (as 26.1.59's User schema)
              --croud-port N      also serve the CrateDB Cloud API at the root of 127.0.0.1:N, for croud
                                  (0: any free port)
            fault injection (for trying the app on a bad network; rates are shares 0..1):
              --latency MS        add MS milliseconds before every answer
              --fail-rate R       answer a share R of requests 500/503 without performing them
              --drop-rate R       perform a share R of requests, then drop the connection unanswered
              --malformed-rate R  answer a share R with broken JSON
              --huge-rate R       answer a share R with a 5 MB body
              --fault-seed N      seed of the fault dice (default 1), so a run can be repeated
            """;

    /** The flags that set fault injection; the app accepts them too, for its embedded sandbox. */
    public static final Set<String> FAULT_FLAGS = Set.of(
            "--latency", "--fail-rate", "--drop-rate", "--malformed-rate", "--huge-rate", "--fault-seed");

    /** Parses the arguments, or returns null after printing why they are wrong. */
    public static SandboxOptions parse(String[] args, Path defaultStateFile, PrintStream err) {
        SandboxOptions options = SandboxOptions.inMemory().withStateFile(defaultStateFile, false);
        try {
            for (int i = 0; i < args.length; i++) {
                switch (args[i]) {
                    case "--port" -> options = options.withPort(Integer.parseInt(args[++i]));
                    case "--token" -> options = options.withExtraApiKey(args[++i]);
                    case "--fresh" -> options = options.withStateFile(options.stateFile(), true);
                    case "--state" -> options = options.withStateFile(Path.of(args[++i]), options.fresh());
                    case "--in-memory" -> options = options.withStateFile(null, true);
                    case "--enforce-origins" -> options = options.withEnforceOrigins(true);
                    case "--guide-launch-only" -> options = options.withDialect(options.dialect().withGuideLaunchOnly(true));
                    case "--boolean-secure-only" -> options = options.withDialect(options.dialect().withBooleanSecureOnly(true));
                    case "--hide-key-list" -> options = options.withDialect(options.dialect().withHideKeyList(true));
                    case "--croud-port" -> options = options.withDialect(options.dialect()
                            .withCrateRootPort(port(Integer.parseInt(args[++i]))));
                    case "--latency" -> options = options.withFaults(options.faults()
                            .withLatency(Duration.ofMillis(nonNegative(Long.parseLong(args[++i])))), options.faultSeed());
                    case "--fail-rate" -> options = options.withFaults(options.faults().withFailRate(rate(args[++i])), options.faultSeed());
                    case "--drop-rate" -> options = options.withFaults(options.faults().withDropRate(rate(args[++i])), options.faultSeed());
                    case "--malformed-rate" -> options = options.withFaults(options.faults().withMalformedRate(rate(args[++i])), options.faultSeed());
                    case "--huge-rate" -> options = options.withFaults(options.faults().withHugeRate(rate(args[++i])), options.faultSeed());
                    case "--fault-seed" -> options = options.withFaults(options.faults(), Long.parseLong(args[++i]));
                    default -> throw new IllegalArgumentException("unknown option " + args[i]);
                }
            }
        } catch (ArrayIndexOutOfBoundsException | IllegalArgumentException e) {
            err.println(e instanceof ArrayIndexOutOfBoundsException ? "an option is missing its value" : e.getMessage());
            err.print(USAGE);
            return null;
        }
        return options;
    }

    private static double rate(String text) {
        double r = Double.parseDouble(text);
        if (!(r >= 0 && r <= 1)) {
            throw new IllegalArgumentException("a rate is a share between 0 and 1, not " + text);
        }
        return r;
    }

    private static int port(int n) {
        if (n < 0 || n > 65_535) {
            throw new IllegalArgumentException("a port is a number from 0 to 65535, not " + n);
        }
        return n;
    }

    private static long nonNegative(long n) {
        if (n < 0) {
            throw new IllegalArgumentException("latency cannot be negative");
        }
        return n;
    }

    /** The usage, and where the state is kept and who may read it. */
    public static String help(Path defaultStateFile) {
        return USAGE + "files (this user's only: folders rwx------, files rw-------):\n"
                + "  state               " + defaultStateFile + " (unless --state or --in-memory)\n";
    }

    /** Serves until the process is stopped. */
    public static int run(String[] args, Path defaultStateFile) throws IOException, InterruptedException {
        if (args.length > 0 && (args[0].equals("--help") || args[0].equals("-h"))) {
            System.out.print(help(defaultStateFile));
            return 0;
        }
        SandboxOptions options = parse(args, defaultStateFile, System.err);
        if (options == null) {
            return 2;
        }
        SandboxServer server = SandboxServer.start(options);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            stopped.countDown();
        }, "sandbox-stop"));
        System.out.println("Account Desk sandbox (ACM API): " + server.acmBaseUrl().replaceAll("/$", ""));
        System.out.println("Sign in as " + DemoAccount.LOGIN + " / " + DemoAccount.PASSWORD
                + (options.extraApiKey() != null ? ", or use the API key given with --token" : ""));
        System.out.println("Account Desk sandbox (CrateDB Cloud API): " + server.crateBaseUrl().replaceAll("/$", ""));
        System.out.println("CrateDB API key " + DemoAccount.CRATE_KEY + " with secret " + DemoAccount.CRATE_SECRET);
        if (server.crateRootUrl() != null) {
            System.out.println("CrateDB Cloud API for croud (endpoint): " + server.crateRootUrl());
        }
        if (options.dialect().guideLaunchOnly()) {
            System.out.println("Launching only at the Altinity API Guide's /{environment}/cluster-launch.");
        }
        if (options.dialect().booleanSecureOnly()) {
            System.out.println("Launching only with \"secure\" as true/false.");
        }
        if (options.dialect().hideKeyList()) {
            System.out.println("GET /account answers without the account's key list.");
        }
        if (options.faults().any()) {
            System.out.println("Injecting faults: " + options.faults() + " (seed " + options.faultSeed() + ")");
        }
        System.out.println("State: " + (options.stateFile() == null ? "in memory" : options.stateFile()) + ". Stop with Ctrl+C.");
        System.out.flush();
        stopped.await();
        return 0;
    }
}
