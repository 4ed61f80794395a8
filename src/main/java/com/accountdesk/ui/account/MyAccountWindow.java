package com.accountdesk.ui.account;

import com.accountdesk.keys.AcmKeys;
import com.accountdesk.ui.keys.KeyWiring;
import com.accountdesk.session.AcmSession;
import com.accountdesk.session.CrateSession;
import com.accountdesk.session.Session;
import com.accountdesk.ui.common.ScrollWhenShort;
import com.accountdesk.ui.common.KeyboardFocus;
import com.accountdesk.ui.common.Texts;
import com.accountdesk.ui.common.UiServices;
import com.accountdesk.ui.cratedb.CrateKeysController;
import com.accountdesk.ui.cratedb.CrateKeysViewModel;
import javafx.beans.value.ChangeListener;
import javafx.scene.Scene;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.layout.Region;
import javafx.stage.Stage;
import javafx.stage.Window;

import java.time.Clock;
import java.time.ZoneId;
import java.util.Objects;

/**
 * The My Account window (its own stage, owned by the main window). ACM: API Access, Anywhere API
 * Access, Common Information and Access Rights tabs; a shown Anywhere token, and typed passwords,
 * are forgotten when their tab is left or the window closes.
 * CrateDB Cloud: an API Keys tab.
 */
public final class MyAccountWindow {
    private Stage stage;
    /** Reloads the window's data (F5). */
    private final Runnable refresh;
    /** Drops any secret the window shows. */
    private final Runnable forgetShown;

    /**
     * An ACM account's My Account.
     *
     * @param signOut what to do when the key the app signs in with has been deleted
     */
    public MyAccountWindow(AcmSession session, UiServices services, Runnable signOut) {
        AcmKeys service = new AcmKeys(session.client());
        ApiAccessViewModel apiModel = new ApiAccessViewModel(service, KeyWiring.actions(services, () -> stage),
                session.client().token(), Clock.systemUTC());
        if (session.profile() != null) {
            apiModel.useNames(services.keyNames().of(session.profile().id()));
        }
        ApiAccessController apiAccess = new ApiAccessController(apiModel);
        AnywhereViewModel anywhere = new AnywhereViewModel(service, KeyWiring.actions(services, () -> stage));

        Tab apiTab = new Tab(Texts.get("account.window.apiTab"), apiAccess.view());
        apiTab.setId("apiAccessTab");
        Tab anywhereTab = new Tab(Texts.get("account.window.anywhereTab"), new AnywhereController(anywhere).view());
        anywhereTab.setId("anywhereTab");
        anywhereTab.selectedProperty().addListener((obs, was, selected) -> {
            if (!selected) {
                anywhere.forget();
            }
        });
        CommonInfoViewModel common = new CommonInfoViewModel(session.client(), services.background(),
                services.dialogs(), ZoneId.systemDefault(), services.theme().modeProperty());
        Tab commonTab = new Tab(Texts.get("account.window.commonTab"), new CommonInfoController(common).view());
        commonTab.setId("commonInfoTab");
        AccessRightsViewModel rights = new AccessRightsViewModel(session.client(), services.background());
        Tab rightsTab = new Tab(Texts.get("account.window.rightsTab"), new AccessRightsController(rights).view());
        rightsTab.setId("accessRightsTab");
        // Read when first shown, so opening the window costs no more calls than before.
        loadWhenFirstShown(commonTab, common::load);
        loadWhenFirstShown(rightsTab, rights::load);
        commonTab.selectedProperty().addListener((obs, was, selected) -> {
            if (!selected) {
                common.forgetPasswords();
            }
        });
        this.refresh = () -> {
            apiAccess.refresh();
            if (commonTab.isSelected()) {
                common.load();
            }
            if (rightsTab.isSelected()) {
                rights.load();
            }
        };
        this.forgetShown = () -> {
            anywhere.forget();
            common.forgetPasswords();
        };
        build(session, services, new TabPane(apiTab, anywhereTab, commonTab, rightsTab));
        apiModel.signedOutProperty().addListener((obs, was, out) -> {
            if (out) {
                stage.close();
                signOut.run();
            }
        });
    }

    private static void loadWhenFirstShown(Tab tab, Runnable load) {
        tab.selectedProperty().addListener(new ChangeListener<>() {
            @Override
            public void changed(javafx.beans.value.ObservableValue<? extends Boolean> obs, Boolean was, Boolean selected) {
                if (selected) {
                    tab.selectedProperty().removeListener(this);
                    load.run();
                }
            }
        });
    }

    /**
     * A CrateDB Cloud account's My Account: its API Keys tab, on the same keys as the main window
     * (whose view-model also signs out when the app's own key goes).
     */
    public MyAccountWindow(CrateSession session, UiServices services, CrateKeysViewModel keys) {
        Objects.requireNonNull(keys, "keys");
        CrateKeysController keysView = new CrateKeysController(keys);
        Tab keysTab = new Tab(Texts.get("account.window.crateKeysTab"), keysView.view());
        keysTab.setId("crateKeysTab");
        this.refresh = keysView::refresh;
        this.forgetShown = () -> { }; // a new key's secret lives in its own dialog, which forgets it
        build(session, services, new TabPane(keysTab));
    }

    private void build(Session session, UiServices services, TabPane tabs) {
        // Each tab scrolls when the window is too short for it (a small screen): no button out of reach.
        tabs.getTabs().forEach(tab -> tab.setContent(new ScrollWhenShort((Region) tab.getContent(), "pane-scroll", "edge-to-edge")));
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.setId("myAccountTabs");

        Scene scene = new Scene(tabs, 960, 620);
        scene.getStylesheets().add(MyAccountWindow.class.getResource("account.css").toExternalForm());
        Window owner = services.windows().main();
        stage = services.windows().open(owner, "myAccount", Texts.get("account.window.title", session.displayName()), scene);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.F5), refresh);
        KeyboardFocus.escapeCloses(scene, stage::close); // a bare accelerator: "Copy as ▾" kept Escape to itself
        stage.setMinWidth(640);
        stage.setMinHeight(480);
        // The window goes with its owner; and a shown secret goes with the window.
        ChangeListener<Boolean> ownerGone = (obs, was, showing) -> {
            if (!showing) {
                stage.close();
            }
        };
        owner.showingProperty().addListener(ownerGone);
        stage.setOnHidden(e -> {
            forgetShown.run();
            owner.showingProperty().removeListener(ownerGone);
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
