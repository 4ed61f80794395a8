package com.accountdesk.ui.settings;

import com.accountdesk.model.Secret;
import java.time.Duration;

/**
 * The embedded sandbox as the Settings window changes it: its fault injection, and a demo key that
 * expires soon (so a new user can see the expiry note and reminders without waiting). The
 * composition root adapts the sandbox to it, so the UI knows the sandbox only through this.
 */
public interface SandboxFaults {

    /** Added delay and the shares (0..1) of answers failed, dropped, spoiled or made huge. */
    record Rates(Duration latency, double failRate, double dropRate, double malformedRate, double hugeRate) {
        public static final Rates NONE = new Rates(Duration.ZERO, 0, 0, 0, 0);
    }

    Rates rates();

    void setRates(Rates rates);

    /** A new API key on the sandbox's demo account that expires in {@link #DEMO_KEY_LIFETIME}. */
    Secret keyExpiringSoon();

    Duration DEMO_KEY_LIFETIME = Duration.ofHours(3);
}
