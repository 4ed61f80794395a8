package com.accountdesk.ui.main;

import com.accountdesk.app.AppContext;
import com.accountdesk.app.Session;
import com.accountdesk.model.Cluster;
import com.accountdesk.model.Environment;
import com.accountdesk.ui.account.MyAccountWindow;
import com.accountdesk.ui.common.FxmlViews;
import com.accountdesk.ui.common.ThemeMenu;
import com.accountdesk.ui.launch.LaunchWizard;
import com.accountdesk.ui.launch.LaunchWizardViewModel;
import javafx.fxml.FXML;
import javafx.geometry.Orientation;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuButton;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;

/** The main window: top bar (sandbox badge, Launch Cluster, user menu) over environments and their clusters. */
public final class MainController {
    private final Session session;
    private final AppContext app;
    private final BorderPane view;
    private final EnvironmentsController environments;
    private final ClustersController clusters;
    private MyAccountWindow myAccount;

    @FXML private BorderPane root;
    @FXML private Label sandboxBadge;
    @FXML private MenuButton userMenu;
    @FXML private Menu themeMenu;

    public MainController(Session session, AppContext app) {
        this.session = session;
        this.app = app;
        EnvironmentsViewModel environmentsModel = new EnvironmentsViewModel(session.acm(), app.executor());
        environmentsModel.preferredProperty().set(app.settings().get(LaunchWizardViewModel.LAST_ENVIRONMENT, ""));
        environmentsModel.preferredProperty().addListener((obs, old, id) -> app.settings().put(LaunchWizardViewModel.LAST_ENVIRONMENT, id));
        this.environments = new EnvironmentsController(environmentsModel);
        ClustersViewModel clustersModel = new ClustersViewModel(session.acm(), app.executor());
        clustersModel.onBecameRunning(cluster -> app.notifier().success(app.stage(), "Cluster running",
                cluster.name() + " is " + cluster.status() + " and ready for connections."));
        this.clusters = new ClustersController(clustersModel);
        this.view = FxmlViews.load(this, "main.fxml");
    }

    public BorderPane view() {
        return view;
    }

    public EnvironmentsController environments() {
        return environments;
    }

    @FXML
    private void initialize() {
        SplitPane split = new SplitPane(environments.view(), clusters.view());
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.5);
        root.setCenter(split);
        environments.table().getSelectionModel().selectedItemProperty()
                .addListener((obs, old, env) -> clusters.viewModel().show(env));
        userMenu.setText(session.displayName());
        userMenu.setAccessibleText("Account menu for " + session.displayName());
        userMenu.setTooltip(new Tooltip("My Account, theme and sign out"));
        ThemeMenu.fill(themeMenu, app.theme());
        sandboxBadge.setVisible(session.sandbox());
        sandboxBadge.setManaged(session.sandbox());
        sandboxBadge.setTooltip(new Tooltip("Connected to the built-in sandbox on this computer: "
                + "nothing here reaches a real cloud account."));
        root.sceneProperty().addListener((obs, old, scene) -> {
            if (old != null) {
                old.getAccelerators().keySet().removeAll(java.util.List.of(REFRESH, SEARCH));
            }
            if (scene != null) {
                scene.getAccelerators().put(REFRESH, environments::refresh);
                scene.getAccelerators().put(SEARCH, environments::focusSearch);
            }
        });
    }

    private static final KeyCombination REFRESH = new KeyCodeCombination(KeyCode.F5);
    private static final KeyCombination SEARCH = new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN);

    @FXML
    private void openMyAccount() {
        // One My Account window at a time: a second click brings it to the front.
        if (myAccount == null || !myAccount.isShowing()) {
            myAccount = new MyAccountWindow(app.stage(), session, app, this::signOut);
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

    @FXML
    private void signOut() {
        if (myAccount != null) {
            myAccount.close();
        }
        app.showConnect();
    }
}
