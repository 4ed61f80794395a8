package com.accountdesk.ui.settings;

import java.time.Duration;

/**
 * The embedded sandbox's fault injection, as the Settings window changes it. The composition root
 * adapts the sandbox's own injector to it, so the UI knows the sandbox only through this.
 */
public interface SandboxFaults {

    /** Added delay and the shares (0..1) of answers failed, dropped, spoiled or made huge. */
    record Rates(Duration latency, double failRate, double dropRate, double malformedRate, double hugeRate) {
        public static final Rates NONE = new Rates(Duration.ZERO, 0, 0, 0, 0);
    }

    Rates rates();

    void setRates(Rates rates);
}
