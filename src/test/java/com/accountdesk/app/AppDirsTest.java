package com.accountdesk.app;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Where settings and data go on each platform, from the environment as given (no real home touched). */
class AppDirsTest {
    private static final Path HOME = Path.of("/home/ada");

    @Test
    void linuxHonoursXdgConfigAndDataHome() {
        AppDirs dirs = AppDirs.resolve("Linux", Map.of("XDG_CONFIG_HOME", "/tmp/x/cfg", "XDG_DATA_HOME", "/tmp/x/share"), null, HOME);
        assertEquals(Path.of("/tmp/x/cfg/account-desk"), dirs.config());
        assertEquals(Path.of("/tmp/x/share/account-desk"), dirs.data());
        assertEquals(Path.of("/tmp/x/cfg/account-desk/settings.properties"), dirs.settingsFile());
        assertEquals(Path.of("/tmp/x/cfg/account-desk/profiles.json"), dirs.profilesFile());
        assertEquals(Path.of("/tmp/x/share/account-desk/sandbox-state.json"), dirs.sandboxState());
    }

    @Test
    void linuxWithoutXdgUsesTheSpecDefaults() {
        AppDirs dirs = AppDirs.resolve("Linux", Map.of(), null, HOME);
        assertEquals(HOME.resolve(".config/account-desk"), dirs.config());
        assertEquals(HOME.resolve(".local/share/account-desk"), dirs.data());
    }

    @Test
    void emptyOrRelativeXdgValuesAreIgnoredAsTheSpecSays() {
        AppDirs dirs = AppDirs.resolve("Linux", Map.of("XDG_CONFIG_HOME", "relative/cfg", "XDG_DATA_HOME", " "), null, HOME);
        assertEquals(HOME.resolve(".config/account-desk"), dirs.config());
        assertEquals(HOME.resolve(".local/share/account-desk"), dirs.data());
    }

    @Test
    void macAndWindowsKeepBothInTheirApplicationFolders() {
        AppDirs mac = AppDirs.resolve("Mac OS X", Map.of("XDG_CONFIG_HOME", "/tmp/ignored"), null, HOME);
        assertEquals(HOME.resolve("Library/Application Support/Account Desk"), mac.config());
        assertEquals(mac.config(), mac.data());
        AppDirs windows = AppDirs.resolve("Windows 11", Map.of("APPDATA", "/c/Users/ada/AppData/Roaming"), null, HOME);
        assertEquals(Path.of("/c/Users/ada/AppData/Roaming/Account Desk"), windows.config());
        assertEquals(windows.config(), windows.data());
    }

    @Test
    void theHomePropertyMovesEverythingUnderOneFolder() {
        AppDirs dirs = AppDirs.resolve("Linux", Map.of("XDG_CONFIG_HOME", "/tmp/x/cfg"), "/tmp/t", HOME);
        assertEquals(Path.of("/tmp/t/config"), dirs.config());
        assertEquals(Path.of("/tmp/t/data"), dirs.data());
    }
}
