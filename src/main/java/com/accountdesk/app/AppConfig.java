package com.accountdesk.app;

import com.accountdesk.sandbox.http.FaultInjector;
import com.accountdesk.sandbox.SandboxMain;
import com.accountdesk.sandbox.SandboxOptions;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * How this run of the app is set up.
 *
 * @param endpoint        a real ACM API base URL, or null to run on the embedded sandbox
 * @param sandboxState    the sandbox's state file; null keeps it in memory
 * @param freshSandbox    start the sandbox from its seeded state
 * @param settingsFile    the user's settings; null keeps them in memory (and secrets too)
 * @param sandboxProvisioningDelay how long a cluster launched on the sandbox stays "provisioning"
 * @param sandboxFaults   faults the embedded sandbox injects from the start (changeable in Settings)
 * @param faultSeed       seed of the sandbox's fault dice
 */
public record AppConfig(String endpoint, Path sandboxState, boolean freshSandbox, Path settingsFile,
                        Duration sandboxProvisioningDelay, FaultInjector.Rates sandboxFaults, long faultSeed) {
    /** How long a cluster launched on the sandbox stays "provisioning" unless told otherwise. */
    public static final Duration DEFAULT_PROVISIONING_DELAY = SandboxOptions.inMemory().provisioningDelay();

    public AppConfig {
        sandboxFaults = sandboxFaults == null ? FaultInjector.Rates.NONE : sandboxFaults;
    }

    /** With a well-behaved sandbox. */
    public AppConfig(String endpoint, Path sandboxState, boolean freshSandbox, Path settingsFile,
                     Duration sandboxProvisioningDelay) {
        this(endpoint, sandboxState, freshSandbox, settingsFile, sandboxProvisioningDelay, FaultInjector.Rates.NONE, 1);
    }

    public AppConfig(String endpoint, Path sandboxState, boolean freshSandbox, Path settingsFile) {
        this(endpoint, sandboxState, freshSandbox, settingsFile, DEFAULT_PROVISIONING_DELAY);
    }

    /** A run on a fresh in-memory sandbox with in-memory settings: what UI tests use. */
    public static AppConfig freshSandboxInMemory() {
        return new AppConfig(null, null, true, null);
    }

    /** The same run with launched sandbox clusters turning "online" after {@code delay} (tests use a short one). */
    public AppConfig withSandboxProvisioningDelay(Duration delay) {
        return new AppConfig(endpoint, sandboxState, freshSandbox, settingsFile, delay, sandboxFaults, faultSeed);
    }

    public boolean usesSandbox() {
        return endpoint == null || endpoint.isBlank();
    }

    /**
     * From the command line ({@code --endpoint URL}, {@code --fresh-sandbox}) and the environment
     * ({@code ACCOUNTDESK_ENDPOINT}); the sandbox when neither names an endpoint. The sandbox's
     * fault flags ({@code --latency MS --fail-rate R --drop-rate R --malformed-rate R --huge-rate R
     * --fault-seed N}, see {@link SandboxMain#USAGE}) apply to the embedded sandbox.
     */
    public static AppConfig fromArgs(String[] args) {
        String endpoint = System.getenv("ACCOUNTDESK_ENDPOINT");
        boolean fresh = false;
        List<String> faultFlags = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            if ("--endpoint".equals(args[i]) && i + 1 < args.length) {
                endpoint = args[++i];
            } else if ("--fresh-sandbox".equals(args[i])) {
                fresh = true;
            } else if (SandboxMain.FAULT_FLAGS.contains(args[i]) && i + 1 < args.length) {
                faultFlags.add(args[i]);
                faultFlags.add(args[++i]);
            }
        }
        SandboxOptions faults = SandboxMain.parse(faultFlags.toArray(String[]::new), null, System.err);
        AppDirs dirs = AppDirs.current();
        return new AppConfig(endpoint, dirs.sandboxState(), fresh, dirs.settingsFile(),
                DEFAULT_PROVISIONING_DELAY, faults == null ? FaultInjector.Rates.NONE : faults.faults(),
                faults == null ? 1 : faults.faultSeed());
    }
}
