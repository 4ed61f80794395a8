package com.accountdesk.ui.main;

import com.accountdesk.ui.common.Texts;
import com.accountdesk.ui.common.AppInfo;
import com.accountdesk.ui.common.Dialogs;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;

/** "About Account Desk" (user menu): the version, what it runs on, and where its log files are. */
final class AboutDialog {
    static final String ID = "aboutDialog";

    private AboutDialog() {
    }

    static void show(Window owner, AppInfo app) {
        Alert alert = new Alert(Alert.AlertType.INFORMATION, details(app), ButtonType.CLOSE);
        alert.initOwner(owner);
        alert.setTitle(Texts.get("main.about.title", app.name()));
        alert.setHeaderText(app.versionLine());
        alert.getDialogPane().setId(ID);
        Dialogs.style(alert).show();
    }

    /** The body: for a bug report, what a user would be asked first. */
    static String details(AppInfo app) {
        return Texts.get("main.about.details", System.getProperty("java.version"), System.getProperty("java.vendor"),
                System.getProperty("javafx.runtime.version", "?"), System.getProperty("os.name"), System.getProperty("os.version"),
                System.getProperty("os.arch"), app.logFolder().toString());
    }
}
