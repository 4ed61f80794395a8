package com.accountdesk.sandbox;

import com.accountdesk.sandbox.http.FaultInjector;
import java.nio.file.Path;
import java.time.Duration;

/**
 * How to start the sandbox.
 *
 * @param port               0 picks a free port
 * @param stateFile          where state is kept between runs; null keeps it in memory
 * @param fresh              ignore a saved state and seed anew
 * @param extraApiKey        an API key of the demo account to add at start (e.g. "demo-token"), or null
 * @param enforceOrigins     refuse callers whose address is not in Allow Domains (403), as ACM does
 * @param provisioningDelay  how long a launched cluster stays "provisioning"
 * @param faults             injected faults (latency, errors, drops, bad bodies); {@link FaultInjector.Rates#NONE} for none
 * @param faultSeed          seed of the fault dice, so a run can be repeated
 * @param dialect            which variant of the live services to play (see {@link Dialect})
 */
public record SandboxOptions(int port, Path stateFile, boolean fresh, String extraApiKey,
                             boolean enforceOrigins, Duration provisioningDelay,
                             FaultInjector.Rates faults, long faultSeed, Dialect dialect) {

    /**
     * Variants of the live services the sandbox can play, so the client is tested against each.
     *
     * @param guideLaunchOnly answer 404 at 26.1.59's launch path and launch only at the Altinity API
     *                        Guide's {@code /{environment}/cluster-launch}, like a server older than the description
     * @param hideKeyList     {@code GET /account} without the {@code tokens} list (the published User
     *                        schema has none), though the account has keys
     * @param crateRootPort   also serve the CrateDB Cloud API at the root of this port, for croud
     *                        (0: any free port; -1: not at all)
     * @param booleanSecureOnly refuse a launch whose {@code secure} is 0/1, as the description has it, with a
     *                        400 naming {@code secure}, and take only a JSON boolean, as live clients report
     */
    public record Dialect(boolean guideLaunchOnly, boolean hideKeyList, int crateRootPort, boolean booleanSecureOnly) {
        public static final Dialect PUBLISHED = new Dialect(false, false, -1, false);

        public Dialect withGuideLaunchOnly(boolean on) {
            return new Dialect(on, hideKeyList, crateRootPort, booleanSecureOnly);
        }

        public Dialect withHideKeyList(boolean on) {
            return new Dialect(guideLaunchOnly, on, crateRootPort, booleanSecureOnly);
        }

        public Dialect withCrateRootPort(int port) {
            return new Dialect(guideLaunchOnly, hideKeyList, port, booleanSecureOnly);
        }

        public Dialect withBooleanSecureOnly(boolean on) {
            return new Dialect(guideLaunchOnly, hideKeyList, crateRootPort, on);
        }
    }

    public SandboxOptions {
        faults = faults == null ? FaultInjector.Rates.NONE : faults;
        dialect = dialect == null ? Dialect.PUBLISHED : dialect;
    }

    private SandboxOptions(int port, Path stateFile, boolean fresh, String extraApiKey,
                           boolean enforceOrigins, Duration provisioningDelay,
                           FaultInjector.Rates faults, long faultSeed) {
        this(port, stateFile, fresh, extraApiKey, enforceOrigins, provisioningDelay, faults, faultSeed, Dialect.PUBLISHED);
    }

    /** Without faults (the shape before fault injection existed). */
    private SandboxOptions(int port, Path stateFile, boolean fresh, String extraApiKey,
                           boolean enforceOrigins, Duration provisioningDelay) {
        this(port, stateFile, fresh, extraApiKey, enforceOrigins, provisioningDelay, FaultInjector.Rates.NONE, 1);
    }

    public static SandboxOptions inMemory() {
        return new SandboxOptions(0, null, true, null, false, Duration.ofSeconds(5));
    }

    public SandboxOptions withFaults(FaultInjector.Rates rates, long seed) {
        return new SandboxOptions(port, stateFile, fresh, extraApiKey, enforceOrigins, provisioningDelay, rates, seed, dialect);
    }

    public SandboxOptions withStateFile(Path file, boolean freshStart) {
        return new SandboxOptions(port, file, freshStart, extraApiKey, enforceOrigins, provisioningDelay, faults, faultSeed, dialect);
    }

    public SandboxOptions withPort(int newPort) {
        return new SandboxOptions(newPort, stateFile, fresh, extraApiKey, enforceOrigins, provisioningDelay, faults, faultSeed, dialect);
    }

    public SandboxOptions withExtraApiKey(String key) {
        return new SandboxOptions(port, stateFile, fresh, key, enforceOrigins, provisioningDelay, faults, faultSeed, dialect);
    }

    public SandboxOptions withEnforceOrigins(boolean enforce) {
        return new SandboxOptions(port, stateFile, fresh, extraApiKey, enforce, provisioningDelay, faults, faultSeed, dialect);
    }

    public SandboxOptions withProvisioningDelay(Duration delay) {
        return new SandboxOptions(port, stateFile, fresh, extraApiKey, enforceOrigins, delay, faults, faultSeed, dialect);
    }

    public SandboxOptions withDialect(Dialect newDialect) {
        return new SandboxOptions(port, stateFile, fresh, extraApiKey, enforceOrigins, provisioningDelay, faults, faultSeed, newDialect);
    }
}
