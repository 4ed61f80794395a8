package com.accountdesk.credentials;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Where no keyring can answer, none is probed: a Linux session's message bus is what a keyring answers on. */
class SecretStoresTest {
    @Test
    void aLinuxSessionWithNoBusNoDisplayAndNoBusSocketHasNoKeyringToProbe(@TempDir Path runtime) throws Exception {
        assertFalse(SecretStores.keyringCanAnswer(Map.of(), "Linux"), "cron: an empty environment");
        assertFalse(SecretStores.keyringCanAnswer(Map.of("XDG_RUNTIME_DIR", runtime.toString(), "DISPLAY", " "), "Linux"),
                "a runtime folder without a bus socket");

        Files.createFile(runtime.resolve("bus"));
        assertTrue(SecretStores.keyringCanAnswer(Map.of("XDG_RUNTIME_DIR", runtime.toString()), "Linux"), "systemd's user bus");
        assertTrue(SecretStores.keyringCanAnswer(Map.of("DBUS_SESSION_BUS_ADDRESS", "unix:path=/run/user/1000/bus"), "Linux"));
        assertTrue(SecretStores.keyringCanAnswer(Map.of("DISPLAY", ":0"), "FreeBSD"), "a display can start a bus");
        assertTrue(SecretStores.keyringCanAnswer(Map.of("WAYLAND_DISPLAY", "wayland-0"), "Linux"));
    }

    @Test
    void macOsAndWindowsKeyringsNeedNoBus() {
        assertTrue(SecretStores.keyringCanAnswer(Map.of(), "Mac OS X"));
        assertTrue(SecretStores.keyringCanAnswer(Map.of(), "Windows 11"));
    }
}
