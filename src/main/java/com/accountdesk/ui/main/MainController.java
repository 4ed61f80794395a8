package com.accountdesk.ui.main;

import com.accountdesk.app.AppContext;
import com.accountdesk.app.Session;
import com.accountdesk.credentials.Profile;
import com.accountdesk.model.Cluster;
import com.accountdesk.model.Environment;
import com.accountdesk.ui.account.MyAccountWindow;
import com.accountdesk.ui.common.FxmlViews;
import com.accountdesk.ui.common.ThemeChoice;
import com.accountdesk.ui.common.SecretClipboard;
import com.accountdesk.ui.cratedb.CrateAccountController;
import com.accountdesk.ui.cratedb.CrateKeysController;
import com.accountdesk.ui.cratedb.CrateKeysViewModel;
import com.accountdesk.ui.launch.LaunchWizard;
import com.accountdesk.ui.launch.LaunchWizardViewModel;
import javafx.fxml.FXML;
import javafx.geometry.Orientation;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;

import java.time.Clock;
import java.util.List;

/**
 * The main window: top bar (sandbox badge, Launch Cluster, user menu with the saved accounts to
 * switch to) over the account's page: environments and their clusters for ACM, the account and
 * its API keys for CrateDB Cloud (which has no environments; its keys are what Account Desk
 * manages there).
 */
public final class MainController {
    private final Session session;
    private final AppContext app;
    private final BorderPane view;
    private final EnvironmentsController environments;
    private final ClustersController clusters;
    private final CrateKeysViewModel crateKeys;
    private final CrateAccountController crateAccount;
    private MyAccountWindow myAccount;

    @FXML private BorderPane root;
    @FXML private Label sandboxBadge;
    @FXML private Button launchButton;
    @FXML private MenuButton userMenu;
    @FXML private Menu themeMenu;
    @FXML private SeparatorMenuItem profilesEnd;

    public MainController(Session session, AppContext app) {
        this.session = session;
        this.app = app;
        if (session.isAcm()) {
            EnvironmentsViewModel environmentsModel = new EnvironmentsViewModel(session.acm(), app.executor());
            environmentsModel.preferredProperty().set(app.settings().get(LaunchWizardViewModel.LAST_ENVIRONMENT, ""));
            environmentsModel.preferredProperty().addListener((obs, old, id) -> app.settings().put(LaunchWizardViewModel.LAST_ENVIRONMENT, id));
            this.environments = new EnvironmentsController(environmentsModel);
            ClustersViewModel clustersModel = new ClustersViewModel(session.acm(), app.executor());
            clustersModel.onBecameRunning(cluster -> app.notifier().success(app.stage(), "Cluster running",
                    cluster.name() + " is " + cluster.status() + " and ready for connections."));
            ClusterActionsViewModel actionsModel = new ClusterActionsViewModel(session.acm(), app.executor(), clustersModel::refresh);
            this.clusters = new ClustersController(clustersModel, actionsModel, app.clipboard()::copy);
            this.crateKeys = null;
            this.crateAccount = null;
        } else {
            this.environments = null;
            this.clusters = null;
            this.crateKeys = new CrateKeysViewModel(session.crate(), app.executor(), Clock.systemUTC());
            this.crateAccount = new CrateAccountController(session.crate(), app.executor(), crateKeysView());
        }
        this.view = FxmlViews.load(this, "main.fxml");
    }

    public BorderPane view() {
        return view;
    }

    /** The Environments view; null for a CrateDB session. */
    public EnvironmentsController environments() {
        return environments;
    }

    private CrateKeysController crateKeysView() {
        return new CrateKeysController(crateKeys, app.clipboard()::copy,
                () -> app.settings().getInt(SecretClipboard.CLEAR_AFTER_SECONDS, SecretClipboard.DEFAULT_CLEAR_AFTER_SECONDS));
    }

    @FXML
    private void initialize() {
        if (session.isAcm()) {
            SplitPane split = new SplitPane(environments.view(), clusters.view());
            split.setOrientation(Orientation.VERTICAL);
            split.setDividerPositions(0.5);
            root.setCenter(split);
            environments.table().getSelectionModel().selectedItemProperty()
                    .addListener((obs, old, env) -> clusters.viewModel().show(env));
        } else {
            root.setCenter(crateAccount.view());
        }
        userMenu.setText(session.displayName());
        userMenu.setAccessibleText("Account menu for " + session.displayName());
        userMenu.setTooltip(new Tooltip("My Account, settings, theme, other accounts and sign out"));
        ThemeChoice.fill(themeMenu, app.theme());
        addProfiles();
        sandboxBadge.setVisible(session.sandbox());
        sandboxBadge.setManaged(session.sandbox());
        sandboxBadge.setTooltip(new Tooltip("Connected to the built-in sandbox on this computer: "
                + "nothing here reaches a real cloud account."));
        // Launching clusters is an ACM feature; CrateDB Cloud clusters are not managed here.
        launchButton.setVisible(session.isAcm());
        launchButton.setManaged(session.isAcm());
        if (crateKeys != null) {
            crateKeys.ownKeyGoneProperty().addListener((obs, was, gone) -> {
                if (gone) {
                    signOut();
                }
            });
        }
        root.sceneProperty().addListener((obs, old, scene) -> {
            if (old != null) {
                old.getAccelerators().keySet().removeAll(java.util.List.of(REFRESH, SEARCH));
            }
            if (scene != null) {
                if (session.isAcm()) {
                    scene.getAccelerators().put(REFRESH, environments::refresh);
                    scene.getAccelerators().put(SEARCH, environments::focusSearch);
                } else {
                    scene.getAccelerators().put(REFRESH, crateAccount::refresh);
                }
            }
        });
    }

    private static final KeyCombination REFRESH = new KeyCodeCombination(KeyCode.F5);
    private static final KeyCombination SEARCH = new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN);

    /** The other saved accounts, between "My Account…" and "Sign out", and "Add Account…". */
    private void addProfiles() {
        List<MenuItem> items = new java.util.ArrayList<>();
        String current = session.profile() == null ? "" : session.profile().id();
        for (Profile p : app.accounts().profiles()) {
            if (p.id().equals(current)) {
                continue;
            }
            MenuItem item = new MenuItem("Switch to " + p.label());
            item.setMnemonicParsing(false);
            item.setId("switch-" + p.id());
            item.setOnAction(e -> switchTo(p));
            items.add(item);
        }
        MenuItem add = new MenuItem("_Add Account…");
        add.setId("addAccountItem");
        add.setOnAction(e -> signOut());
        items.add(add);
        items.add(new SeparatorMenuItem());
        userMenu.getItems().addAll(userMenu.getItems().indexOf(profilesEnd) + 1, items);
    }

    @FXML
    private void openMyAccount() {
        // One My Account window at a time: a second click brings it to the front.
        if (myAccount == null || !myAccount.isShowing()) {
            myAccount = session.isCrate()
                    ? new MyAccountWindow(app.stage(), session, app, crateKeys)
                    : new MyAccountWindow(app.stage(), session, app, this::signOut);
        }
        myAccount.show();
    }

    @FXML
    private void openLaunchWizard() {
        LaunchWizard wizard = LaunchWizard.open(app, session.acm(), this::launched);
        // Said in the wizard's status line too; the notification is for when the user has turned away.
        wizard.viewModel().launch().launchedProperty().addListener((obs, old, cluster) -> {
            if (cluster != null) {
                app.notifier().success(wizard.stage(), "Cluster launched",
                        cluster.name() + " is starting in " + wizard.viewModel().launch().environment().name() + ".");
            }
        });
    }

    /** Shows the environment a cluster was just launched in, so its new cluster is watched below. */
    private void launched(Environment env, Cluster cluster) {
        var selection = environments.table().getSelectionModel();
        Environment listed = environments.table().getItems().stream()
                .filter(e -> e.id().equals(env.id())).findFirst().orElse(null);
        if (listed != null && listed.equals(selection.getSelectedItem())) {
            clusters.viewModel().refresh();
        } else if (listed != null) {
            selection.select(listed);
        } else {
            clusters.viewModel().show(env);
        }
    }

    private void switchTo(Profile profile) {
        closeWindows();
        app.switchTo(profile);
    }

    @FXML
    private void openSettings() {
        app.openSettings();
    }

    @FXML
    private void openAbout() {
        AboutDialog.show(app.stage());
    }

    @FXML
    private void signOut() {
        closeWindows();
        app.showConnect();
    }

    private void closeWindows() {
        if (myAccount != null) {
            myAccount.close();
        }
    }
}
