package com.accountdesk.bench;

import com.accountdesk.app.StartupProbe;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;

/**
 * The start-up baseline: an empty JavaFX Stage of the app's window size, with one Label, measured
 * by the same {@link StartupProbe} and launched the same way (same runtime and class path) as the app.
 */
public final class EmptyStage {
    private EmptyStage() {
    }

    public static void main(String[] args) {
        // Not an Application itself, so the plain java launcher accepts it with JavaFX on the class path.
        Application.launch(App.class, args);
    }

    public static final class App extends Application {
        @Override
        public void start(Stage stage) {
            stage.setTitle("Empty Stage");
            stage.setScene(new Scene(new Label("Empty"), 1180, 780));
            if (StartupProbe.requested(getParameters().getRaw())) {
                StartupProbe.exitAfterFirstFrame(stage);
            }
            stage.show();
        }
    }
}
