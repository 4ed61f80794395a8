package com.accountdesk.ui.main;

import com.accountdesk.app.AppDirs;
import com.accountdesk.app.AppVersion;
import com.accountdesk.ui.common.Dialogs;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;

/** "About Account Desk" (user menu): the version, what it runs on, and where its log files are. */
final class AboutDialog {
    static final String ID = "aboutDialog";

    private AboutDialog() {
    }

    static void show(Window owner) {
        Alert alert = new Alert(Alert.AlertType.INFORMATION, details(), ButtonType.CLOSE);
        alert.initOwner(owner);
        alert.setTitle("About " + AppVersion.NAME);
        alert.setHeaderText(AppVersion.line());
        alert.getDialogPane().setId(ID);
        Dialogs.style(alert).show();
    }

    /** The body: for a bug report, what a user would be asked first. */
    static String details() {
        return "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + "), JavaFX "
                + System.getProperty("javafx.runtime.version", "?") + "\n"
                + System.getProperty("os.name") + " " + System.getProperty("os.version") + " " + System.getProperty("os.arch") + "\n\n"
                + "Log files: " + AppDirs.logDir();
    }
}
