package com.accountdesk.credentials;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/** Chooses where secrets live: the OS keyring when there is one, else a user-only file. */
public final class SecretStores {
    /** {@code -Daccountdesk.keyring=off} skips the keyring (tests set it, so they never touch the user's). */
    public static final String KEYRING_PROPERTY = "accountdesk.keyring";
    public static final String FILE_NAME = "credentials.json";

    private SecretStores() {
    }

    public static SecretStore open(Path configDir) {
        return open(configDir, System.getenv());
    }

    /** @param env the environment, which says whether a Linux session has a message bus for a keyring to answer on */
    public static SecretStore open(Path configDir, Map<String, String> env) {
        if (!"off".equalsIgnoreCase(System.getProperty(KEYRING_PROPERTY, "")) && keyringCanAnswer(env, System.getProperty("os.name", ""))) {
            var keyring = KeyringSecretStore.open();
            if (keyring.isPresent()) {
                return keyring.get();
            }
        }
        return new FileSecretStore(configDir.resolve(FILE_NAME));
    }

    /**
     * False only where no keyring can answer, so the probe (JNA, D-Bus: a third of a cron job's run)
     * is not even tried: on Linux and the BSDs the keyrings java-keyring speaks to (Secret Service,
     * KWallet) answer on the session's message bus, and a session with none has no address for it,
     * no bus socket in its runtime folder and no display to start one for.
     */
    static boolean keyringCanAnswer(Map<String, String> env, String osName) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.contains("mac") || os.contains("win")) {
            return true;
        }
        if (!env.getOrDefault("DBUS_SESSION_BUS_ADDRESS", "").isBlank() || !env.getOrDefault("DISPLAY", "").isBlank()
                || !env.getOrDefault("WAYLAND_DISPLAY", "").isBlank()) {
            return true;
        }
        String runtime = env.getOrDefault("XDG_RUNTIME_DIR", "");
        return !runtime.isBlank() && Files.exists(Path.of(runtime, "bus"));
    }
}
