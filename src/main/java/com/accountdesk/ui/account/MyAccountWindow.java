package com.accountdesk.ui.account;

import com.accountdesk.app.AppContext;
import com.accountdesk.app.Session;
import com.accountdesk.ui.common.SecretClipboard;
import javafx.scene.Scene;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.stage.Stage;
import javafx.stage.Window;

import java.time.Clock;

/**
 * The My Account window (its own stage, owned by the main window): API Access and Anywhere API
 * Access tabs. A shown Anywhere token is forgotten when its tab is left or the window closes.
 */
public final class MyAccountWindow {
    private final Stage stage = new Stage();
    private final ApiAccessController apiAccess;
    private final AnywhereViewModel anywhere;

    /** @param signOut what to do when the key the app signs in with has been deleted */
    public MyAccountWindow(Window owner, Session session, AppContext app, Runnable signOut) {
        ApiAccessViewModel apiModel = new ApiAccessViewModel(new AccountKeys(session.acm()), app.executor(),
                session.acm().token(), secret -> app.clipboard().copy(secret),
                () -> app.settings().getInt(SecretClipboard.CLEAR_AFTER_SECONDS, SecretClipboard.DEFAULT_CLEAR_AFTER_SECONDS),
                Clock.systemUTC());
        apiAccess = new ApiAccessController(apiModel);
        anywhere = new AnywhereViewModel(session.acm(), app.executor(), secret -> app.clipboard().copy(secret));

        Tab apiTab = new Tab("API Access", apiAccess.view());
        apiTab.setId("apiAccessTab");
        Tab anywhereTab = new Tab("Anywhere API Access", new AnywhereController(anywhere).view());
        anywhereTab.setId("anywhereTab");
        anywhereTab.selectedProperty().addListener((obs, was, selected) -> {
            if (!selected) {
                anywhere.forget();
            }
        });
        TabPane tabs = new TabPane(apiTab, anywhereTab);
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.setId("myAccountTabs");

        Scene scene = new Scene(tabs, 820, 620);
        scene.getStylesheets().add(MyAccountWindow.class.getResource("account.css").toExternalForm());
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.F5), apiAccess::refresh);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.ESCAPE), stage::close);
        stage.setScene(scene);
        stage.initOwner(owner);
        stage.setTitle("My Account — " + session.displayName());
        stage.setMinWidth(640);
        stage.setMinHeight(480);
        app.dressWindow(stage, "myAccount");
        // Finished changes are also told in a notification, for when the user has looked away.
        apiModel.onFinished((title, text) -> app.notifier().success(stage, title, text));
        anywhere.onFinished((title, text) -> app.notifier().success(stage, title, text));
        // The window goes with its owner; and a shown Anywhere token goes with the window.
        javafx.beans.value.ChangeListener<Boolean> ownerGone = (obs, was, showing) -> {
            if (!showing) {
                stage.close();
            }
        };
        owner.showingProperty().addListener(ownerGone);
        stage.setOnHidden(e -> {
            anywhere.forget();
            owner.showingProperty().removeListener(ownerGone);
        });
        apiModel.signedOutProperty().addListener((obs, was, out) -> {
            if (out) {
                stage.close();
                signOut.run();
            }
        });
    }

    public void show() {
        stage.show();
        stage.toFront();
    }

    public boolean isShowing() {
        return stage.isShowing();
    }

    public void close() {
        stage.close();
    }

    public Stage stage() {
        return stage;
    }
}
