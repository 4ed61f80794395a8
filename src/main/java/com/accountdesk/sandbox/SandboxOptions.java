package com.accountdesk.sandbox;

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
 */
public record SandboxOptions(int port, Path stateFile, boolean fresh, String extraApiKey,
                             boolean enforceOrigins, Duration provisioningDelay,
                             FaultInjector.Rates faults, long faultSeed) {

    public SandboxOptions {
        faults = faults == null ? FaultInjector.Rates.NONE : faults;
    }

    /** Without faults (the shape before fault injection existed). */
    public SandboxOptions(int port, Path stateFile, boolean fresh, String extraApiKey,
                          boolean enforceOrigins, Duration provisioningDelay) {
        this(port, stateFile, fresh, extraApiKey, enforceOrigins, provisioningDelay, FaultInjector.Rates.NONE, 1);
    }

    public static SandboxOptions inMemory() {
        return new SandboxOptions(0, null, true, null, false, Duration.ofSeconds(5));
    }

    public SandboxOptions withFaults(FaultInjector.Rates rates, long seed) {
        return new SandboxOptions(port, stateFile, fresh, extraApiKey, enforceOrigins, provisioningDelay, rates, seed);
    }

    public SandboxOptions withStateFile(Path file, boolean freshStart) {
        return new SandboxOptions(port, file, freshStart, extraApiKey, enforceOrigins, provisioningDelay, faults, faultSeed);
    }

    public SandboxOptions withPort(int newPort) {
        return new SandboxOptions(newPort, stateFile, fresh, extraApiKey, enforceOrigins, provisioningDelay, faults, faultSeed);
    }

    public SandboxOptions withExtraApiKey(String key) {
        return new SandboxOptions(port, stateFile, fresh, key, enforceOrigins, provisioningDelay, faults, faultSeed);
    }

    public SandboxOptions withEnforceOrigins(boolean enforce) {
        return new SandboxOptions(port, stateFile, fresh, extraApiKey, enforce, provisioningDelay, faults, faultSeed);
    }

    public SandboxOptions withProvisioningDelay(Duration delay) {
        return new SandboxOptions(port, stateFile, fresh, extraApiKey, enforceOrigins, delay, faults, faultSeed);
    }
}
