package com.accountdesk.cli;

import com.accountdesk.app.AppDirs;
import com.accountdesk.credentials.SecretStores;
import com.accountdesk.keys.KeyNames;
import com.accountdesk.keys.RotationStore;

import java.nio.file.Path;

/** Where this user's files are, and who may read them, for the commands' help. */
final class FileLocations {
    private FileLocations() {
    }

    /** As a help section: one file a line, with the modes the app gives them. */
    static String describe(AppDirs dirs) {
        Path config = dirs.config();
        Path data = dirs.data();
        String text = String.join(System.lineSeparator(),
                System.lineSeparator() + "Files (this user's only: folders rwx------, files rw-------):",
                "  settings         " + dirs.settingsFile(),
                "  saved accounts   " + dirs.profilesFile() + "  (never a secret)",
                "  secrets          the OS keyring; where there is none, " + config.resolve(SecretStores.FILE_NAME),
                "  key names        " + config.resolve(KeyNames.FILE_NAME),
                "  rotations        " + data.resolve(RotationStore.FILE_NAME) + "  (key rotations under way)",
                "  sandbox state    " + dirs.sandboxState() + "  (the built-in sandbox's)",
                "  logs             " + AppDirs.logDir() + "  (account-desk-0.log is the newest)");
        return text + System.lineSeparator();
    }
}
