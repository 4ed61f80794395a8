package com.accountdesk.app;

import java.nio.file.Path;

/**
 * How this run of the app is set up.
 *
 * @param endpoint        a real ACM API base URL, or null to run on the embedded sandbox
 * @param sandboxState    the sandbox's state file; null keeps it in memory
 * @param freshSandbox    start the sandbox from its seeded state
 * @param settingsFile    the user's settings; null keeps them in memory
 */
public record AppConfig(String endpoint, Path sandboxState, boolean freshSandbox, Path settingsFile) {

    /** A run on a fresh in-memory sandbox with in-memory settings: what UI tests use. */
    public static AppConfig freshSandboxInMemory() {
        return new AppConfig(null, null, true, null);
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
