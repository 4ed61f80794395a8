package com.accountdesk.sandbox;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;

/**
 * The sandbox alone, with no window:
 * {@code sandbox [--port N] [--token KEY] [--fresh] [--state FILE] [--in-memory] [--enforce-origins]}.
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
            """;

    /** Parses the arguments, or returns null after printing why they are wrong. */
    static SandboxOptions parse(String[] args, Path defaultStateFile, PrintStream err) {
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

    /** Serves until the process is stopped. */
    public static int run(String[] args, Path defaultStateFile) throws IOException, InterruptedException {
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
        System.out.println("State: " + (options.stateFile() == null ? "in memory" : options.stateFile()) + ". Stop with Ctrl+C.");
        System.out.flush();
        stopped.await();
        return 0;
    }
}
