package com.accountdesk;

import com.accountdesk.app.AccountDeskApp;
import com.accountdesk.app.AppDirs;
import com.accountdesk.sandbox.SandboxMain;
import javafx.application.Application;

import java.util.Arrays;

/**
 * The entry point. With no arguments it starts the app; {@code sandbox ...} starts the sandbox
 * server alone, with no window. Not an {@code Application} itself, so plain jars and jpackage work.
 */
public final class Launcher {
    private Launcher() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length > 0 && "sandbox".equals(args[0])) {
            int code = SandboxMain.run(Arrays.copyOfRange(args, 1, args.length), AppDirs.sandboxStateFile());
            if (code != 0) {
                System.exit(code);
            }
            return;
        }
        Application.launch(AccountDeskApp.class, args);
    }
}
