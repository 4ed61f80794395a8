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
 */
public record SandboxOptions(int port, Path stateFile, boolean fresh, String extraApiKey,
                             boolean enforceOrigins, Duration provisioningDelay) {

    public static SandboxOptions inMemory() {
        return new SandboxOptions(0, null, true, null, false, Duration.ofSeconds(5));
    }

    public SandboxOptions withStateFile(Path file, boolean freshStart) {
        return new SandboxOptions(port, file, freshStart, extraApiKey, enforceOrigins, provisioningDelay);
    }

    public SandboxOptions withPort(int newPort) {
        return new SandboxOptions(newPort, stateFile, fresh, extraApiKey, enforceOrigins, provisioningDelay);
    }

    public SandboxOptions withExtraApiKey(String key) {
        return new SandboxOptions(port, stateFile, fresh, key, enforceOrigins, provisioningDelay);
    }

    public SandboxOptions withEnforceOrigins(boolean enforce) {
        return new SandboxOptions(port, stateFile, fresh, extraApiKey, enforce, provisioningDelay);
    }

    public SandboxOptions withProvisioningDelay(Duration delay) {
        return new SandboxOptions(port, stateFile, fresh, extraApiKey, enforceOrigins, delay);
    }
}
