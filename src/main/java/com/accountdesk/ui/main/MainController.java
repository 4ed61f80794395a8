package com.accountdesk.ui.main;

import com.accountdesk.keys.OwnKeyReplacement;
import com.accountdesk.session.AcmSession;
import com.accountdesk.session.CrateSession;
import com.accountdesk.session.DiskThresholds;
import com.accountdesk.session.KeyWarnings;
import com.accountdesk.session.Session;
import com.accountdesk.credentials.Profile;
import com.accountdesk.model.Cluster;
import com.accountdesk.model.Environment;
import com.accountdesk.ui.account.MyAccountWindow;
import com.accountdesk.ui.common.DialogService;
import com.accountdesk.ui.common.FxmlViews;
import com.accountdesk.ui.common.ScrollWhenShort;
import com.accountdesk.ui.common.Texts;
import com.accountdesk.ui.common.ThemeChoice;
import com.accountdesk.ui.common.UiServices;
import com.accountdesk.ui.keys.KeyWiring;
import com.accountdesk.ui.cratedb.CrateAccountController;
import com.accountdesk.ui.cratedb.CrateAccountViewModel;
import com.accountdesk.ui.cratedb.CrateClustersController;
import com.accountdesk.ui.cratedb.CrateClustersViewModel;
import com.accountdesk.ui.cratedb.ExpandStorageDialog;
import com.accountdesk.keys.CrateKeys;
import com.accountdesk.ui.cratedb.CrateKeysController;
import com.accountdesk.ui.cratedb.CrateKeysViewModel;
import com.accountdesk.ui.launch.LaunchWizard;
import com.accountdesk.ui.launch.LaunchWizardViewModel;
import com.accountdesk.ui.rotate.Rotations;
import javafx.application.Platform;
import javafx.fxml.FXML;
import javafx.geometry.Orientation;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.Parent;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * The main window: top bar (sandbox badge, Launch Cluster, user menu with the saved accounts to
 * switch to) over the account's page: environments and their clusters for ACM, the account and
 * its API keys for CrateDB Cloud (which has no environments; its keys are what Account Desk
 * manages there).
 */
public final class MainController {
    private final Session session;
    private final UiServices services;
    private final Navigation navigation;
    private final BorderPane view;
    private final EnvironmentsController environments;
    private final ClustersController clusters;
    private final CrateKeysViewModel crateKeys;
    private final CrateAccountController crateAccount;
    private final OwnKeyViewModel ownKeyModel;
    private final OwnKeyController ownKey;
    private final Rotations rotations;
    private MyAccountWindow myAccount;

    @FXML private BorderPane root;
    @FXML private Label sandboxBadge;
    @FXML private Button launchButton;
    @FXML private MenuButton userMenu;
    @FXML private Menu themeMenu;
    @FXML private SeparatorMenuItem profilesEnd;

    public MainController(Session session, UiServices services, Navigation navigation) {
        this.session = session;
        this.services = services;
        this.navigation = navigation;
        if (session instanceof AcmSession acm) {
            EnvironmentsViewModel environmentsModel = new EnvironmentsViewModel(acm.client(), services.background());
            environmentsModel.preferredProperty().set(services.settings().get(LaunchWizardViewModel.LAST_ENVIRONMENT, ""));
            environmentsModel.preferredProperty().addListener((obs, old, id) -> services.settings().put(LaunchWizardViewModel.LAST_ENVIRONMENT, id));
            this.environments = new EnvironmentsController(environmentsModel);
            ClustersViewModel clustersModel = new ClustersViewModel(acm.client(), services.background(), PollTimer.onFxThread());
            clustersModel.onBecameRunning(cluster -> services.notifier().success(services.windows().main(),
                    Texts.get("main.clusterRunning.title"), Texts.get("main.clusterRunning", cluster.name(), cluster.status())));
            ClusterActionsViewModel actionsModel = new ClusterActionsViewModel(acm.client(), services.background(),
                    DialogService.over(() -> services.windows().main()), clustersModel::refresh);
            this.clusters = new ClustersController(clustersModel, actionsModel, services.clipboard()::copy,
                    ClusterChoices.of(acm.client(), services.background()),
                    cluster -> com.accountdesk.ui.users.ClusterUsersWindow.open(acm.client(), cluster, services),
                    cluster -> com.accountdesk.ui.backups.BackupsWindow.open(acm.client(), cluster, services));
            this.crateKeys = null;
            this.crateAccount = null;
            this.ownKeyModel = new OwnKeyViewModel(acm, services.accounts(), services.background(), Clock.systemUTC(),
                    () -> KeyWarnings.warning(services.settings()));
            this.ownKey = new OwnKeyController(ownKeyModel, this::keyReplaced);
        } else if (session instanceof CrateSession crate) {
            this.environments = null;
            this.clusters = null;
            this.ownKeyModel = null;
            this.ownKey = null;
            this.crateKeys = new CrateKeysViewModel(new CrateKeys(crate.client()),
                    KeyWiring.actions(services, KeyWiring.focusedOr(() -> services.windows().main())), Clock.systemUTC());
            if (session.profile() != null) {
                crateKeys.useNames(services.keyNames().of(session.profile().id()));
            }
            CrateClustersViewModel crateClusters = new CrateClustersViewModel(crate.client(), services.background(),
                    DialogService.over(() -> services.windows().main()));
            crateClusters.useThresholds(() -> DiskThresholds.of(services.settings()));
            this.crateAccount = new CrateAccountController(
                    new CrateAccountViewModel(new CrateKeys(crate.client()), services.background()), crateKeysView(),
                    new CrateClustersController(crateClusters, row -> ExpandStorageDialog.open(services.windows().main(),
                            crateClusters, row)));
            crateAccount.clusters().onCharts(row -> com.accountdesk.ui.metrics.MetricsWindow.open(crate.client(), row.cluster(), services));
        } else {
            throw new IllegalArgumentException("no main window for " + session.provider());
        }
        this.rotations = new Rotations(session, services, this::rotatedToKey, this::refreshKeyTables);
        this.view = FxmlViews.load(this, "main.fxml");
    }

    public BorderPane view() {
        return view;
    }

    /** Loads the account's page (environments, the app's own key): once the view is shown, never in the constructor. */
    public void start() {
        if (session instanceof AcmSession) {
            environments.refresh();
            ownKeyModel.check();
        }
    }

    /** The Environments view; null for a CrateDB session. */
    public EnvironmentsController environments() {
        return environments;
    }

    private CrateKeysController crateKeysView() {
        return new CrateKeysController(crateKeys);
    }

    private static ScrollWhenShort scrollWhenShort(Parent view) {
        return new ScrollWhenShort((Region) view, "pane-scroll", "edge-to-edge");
    }

    @FXML
    private void initialize() {
        if (session instanceof AcmSession) {
            // Each pane scrolls when the window is too short for it, so the divider moves and no button is lost.
            SplitPane split = new SplitPane(scrollWhenShort(environments.view()),
                    scrollWhenShort(clusters.view()));
            split.setOrientation(Orientation.VERTICAL);
            split.setDividerPositions(0.4); // the clusters pane, with a cluster's details, needs more room than the environments
            root.setCenter(split);
            environments.table().getSelectionModel().selectedItemProperty()
                    .addListener((obs, old, env) -> clusters.viewModel().show(env));
            // The note about the app's own key sits between the top bar and the page.
            root.setTop(new VBox(root.getTop(), ownKey.view()));
        } else {
            root.setCenter(scrollWhenShort(crateAccount.view()));
            // The keys table is on this page: a rotation left unfinished is offered once the window shows it.
            Platform.runLater(rotations::offerPending);
        }
        // Key tables here and in the windows this one owns reach the rotations through the window.
        rotations.install(services.windows().main());
        userMenu.setText(session.displayName());
        // The button shows the name; which saved account this is (password or which key, where) is said in full.
        String account = session.profile() == null ? session.displayName() : session.profile().label();
        userMenu.setAccessibleText(Texts.get("main.userMenu.accessible", account));
        userMenu.setTooltip(new Tooltip(Texts.get("main.userMenu.tooltip", account)));
        ThemeChoice.fill(themeMenu, services.theme());
        addProfiles();
        sandboxBadge.setVisible(session.sandbox());
        sandboxBadge.setManaged(session.sandbox());
        sandboxBadge.setTooltip(new Tooltip(Texts.get("main.sandbox.tooltip")));
        // Launching clusters is an ACM feature; CrateDB Cloud clusters are not managed here.
        launchButton.setVisible(session instanceof AcmSession);
        launchButton.setManaged(session instanceof AcmSession);
        if (crateKeys != null) {
            crateKeys.ownKeyGoneProperty().addListener((obs, was, gone) -> {
                if (gone) {
                    signOut();
                }
            });
        }
        root.sceneProperty().addListener((obs, old, scene) -> {
            if (old != null) {
                old.getAccelerators().keySet().removeAll(List.of(REFRESH, SEARCH));
            }
            if (scene != null) {
                if (session instanceof AcmSession) {
                    scene.getAccelerators().put(REFRESH, () -> {
                        environments.refresh();
                        ownKeyModel.check();
                    });
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
        List<MenuItem> items = new ArrayList<>();
        String current = session.profile() == null ? "" : session.profile().id();
        for (Profile p : navigation.savedAccounts()) {
            if (p.id().equals(current)) {
                continue;
            }
            MenuItem item = new MenuItem(Texts.get("main.switchTo", p.label()));
            item.setMnemonicParsing(false);
            item.setId("switch-" + p.id());
            item.setOnAction(e -> switchTo(p));
            items.add(item);
        }
        MenuItem add = new MenuItem(Texts.get("main.addAccount"));
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
            if (session instanceof AcmSession acm) {
                myAccount = new MyAccountWindow(acm, services, this::signOut);
            } else if (session instanceof CrateSession crate) {
                myAccount = new MyAccountWindow(crate, services, crateKeys);
            }
        }
        myAccount.show();
        if (session instanceof AcmSession) {
            rotations.offerPending();
        }
    }

    @FXML
    private void openLaunchWizard() {
        if (!(session instanceof AcmSession acm)) {
            return; // the button shows for ACM accounts only
        }
        LaunchWizard wizard = LaunchWizard.open(services, acm.client(), this::launched);
        // Said in the wizard's status line too; the notification is for when the user has turned away.
        wizard.viewModel().launch().launchedProperty().addListener((obs, old, cluster) -> {
            if (cluster != null) {
                services.notifier().success(wizard.stage(), Texts.get("main.clusterLaunched.title"),
                        Texts.get("main.clusterLaunched", cluster.name(), wizard.viewModel().launch().environment().name()));
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

    /** The app's own key was replaced: the window goes on with the new key's session. */
    private void keyReplaced(OwnKeyReplacement.Result result) {
        closeWindows();
        navigation.show(result.session());
        String warning = OwnKeyReplacementTexts.warning(result);
        if (warning == null) {
            services.notifier().success(services.windows().main(), Texts.get("main.ownKey.replaced.title"),
                    Texts.get("main.ownKey.replaced", result.session().client().token().masked()));
        } else {
            services.notifier().warning(services.windows().main(), Texts.get("main.ownKey.replaced.title"), warning);
        }
    }

    /** A key rotation made another key the one the app signs in with: the window goes on with it. */
    private void rotatedToKey(Session next) {
        closeWindows();
        navigation.show(next);
    }

    /** Reloads the key tables shown (the account's page, My Account), after a rotation step changed the keys. */
    private void refreshKeyTables() {
        if (crateAccount != null) {
            crateAccount.refresh();
        }
        if (myAccount != null && myAccount.isShowing()) {
            Runnable reload = myAccount.stage().getScene().getAccelerators().get(REFRESH);
            if (reload != null) {
                reload.run();
            }
        }
    }

    private void switchTo(Profile profile) {
        closeWindows();
        navigation.switchTo(profile);
    }

    @FXML
    private void openSettings() {
        navigation.openSettings();
    }

    @FXML
    private void openAbout() {
        AboutDialog.show(services.windows().main(), services.facts());
    }

    @FXML
    private void signOut() {
        closeWindows();
        navigation.signOut();
    }

    private void closeWindows() {
        if (myAccount != null) {
            myAccount.close();
        }
    }
}
