package com.accountdesk;

import com.accountdesk.app.AccountDeskApp;
import com.accountdesk.app.AppDirs;
import com.accountdesk.app.AppLogging;
import com.accountdesk.app.AppVersion;
import com.accountdesk.cli.Cli;
import com.accountdesk.sandbox.SandboxMain;
import javafx.application.Application;

import java.util.Arrays;

/**
 * The entry point. With no arguments it starts the app; {@code sandbox ...} starts the sandbox
 * server alone, with no window; {@code status}, {@code login}, help and anything the window does not
 * take are the command line ({@link Cli}), which never loads JavaFX.
 * Not an {@code Application} itself, so plain jars and jpackage work.
 */
public final class Launcher {
    private Launcher() {
    }

    public static void main(String[] args) throws Exception {
        // Before anything else, and without touching JavaFX: works where no display is.
        if (args.length > 0 && "--version".equals(args[0])) {
            System.out.println(AppVersion.line());
            return;
        }
        if (args.length > 0 && "sandbox".equals(args[0])) {
            int code = SandboxMain.run(Arrays.copyOfRange(args, 1, args.length), AppDirs.sandboxStateFile());
            if (code != 0) {
                System.exit(code);
            }
            return;
        }
        // Logs go to files, not the console: a normal start prints nothing.
        if (Cli.handles(args)) {
            // The command line: no window, no JavaFX; exits with the command's code.
            AppLogging.toFilesOnFirstRecord();
            System.exit(Cli.main(args));
        }
        AppLogging.toFilesInBackground(); // opened once the first frame is drawn; held in memory till then
        Application.launch(AccountDeskApp.class, args);
    }
}
