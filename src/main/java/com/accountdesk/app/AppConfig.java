package com.accountdesk.app;

import com.accountdesk.sandbox.SandboxOptions;

import java.nio.file.Path;
import java.time.Duration;

/**
 * How this run of the app is set up.
 *
 * @param endpoint        a real ACM API base URL, or null to run on the embedded sandbox
 * @param sandboxState    the sandbox's state file; null keeps it in memory
 * @param freshSandbox    start the sandbox from its seeded state
 * @param settingsFile    the user's settings; null keeps them in memory
 * @param sandboxProvisioningDelay how long a cluster launched on the sandbox stays "provisioning"
 */
public record AppConfig(String endpoint, Path sandboxState, boolean freshSandbox, Path settingsFile,
                        Duration sandboxProvisioningDelay) {
    /** How long a cluster launched on the sandbox stays "provisioning" unless told otherwise. */
    public static final Duration DEFAULT_PROVISIONING_DELAY = SandboxOptions.inMemory().provisioningDelay();

    public AppConfig(String endpoint, Path sandboxState, boolean freshSandbox, Path settingsFile) {
        this(endpoint, sandboxState, freshSandbox, settingsFile, DEFAULT_PROVISIONING_DELAY);
    }

    /** A run on a fresh in-memory sandbox with in-memory settings: what UI tests use. */
    public static AppConfig freshSandboxInMemory() {
        return new AppConfig(null, null, true, null);
    }

    /** The same run with launched sandbox clusters turning "online" after {@code delay} (tests use a short one). */
    public AppConfig withSandboxProvisioningDelay(Duration delay) {
        return new AppConfig(endpoint, sandboxState, freshSandbox, settingsFile, delay);
    }

    public boolean usesSandbox() {
        return endpoint == null || endpoint.isBlank();
    }

    /**
     * From the command line ({@code --endpoint URL}, {@code --fresh-sandbox}) and the environment
     * ({@code ACCOUNTDESK_ENDPOINT}); the sandbox when neither names an endpoint.
     */
    public static AppConfig fromArgs(String[] args) {
        String endpoint = System.getenv("ACCOUNTDESK_ENDPOINT");
        boolean fresh = false;
        for (int i = 0; i < args.length; i++) {
            if ("--endpoint".equals(args[i]) && i + 1 < args.length) {
                endpoint = args[++i];
            } else if ("--fresh-sandbox".equals(args[i])) {
                fresh = true;
            }
        }
        return new AppConfig(endpoint, AppDirs.sandboxStateFile(), fresh, AppDirs.configDir().resolve("settings.properties"));
    }
}
