package com.accountdesk.app;

import javafx.application.Application;
import javafx.stage.Stage;

/** The JavaFX application: builds the {@link AppContext} and shows the first window. */
public final class AccountDeskApp extends Application {
    private AppContext context;

    @Override
    public void start(Stage stage) {
        context = AppContext.create(AppConfig.fromArgs(getParameters().getRaw().toArray(String[]::new)));
        if (StartupProbe.requested(getParameters().getRaw())) {
            StartupProbe.exitAfterFirstFrame(stage);
        }
        context.show(stage);
    }

    @Override
    public void stop() {
        if (context != null) {
            context.close();
        }
    }
}
