package com.accountdesk.ui.main;

import com.accountdesk.app.AppContext;
import com.accountdesk.app.Session;
import com.accountdesk.ui.account.MyAccountWindow;
import com.accountdesk.ui.common.FxmlViews;
import javafx.fxml.FXML;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.layout.BorderPane;

/** The main window: top bar (sandbox badge, Launch Cluster, user menu) over the environments view. */
public final class MainController {
    private final Session session;
    private final AppContext app;
    private final BorderPane view;
    private final EnvironmentsController environments;
    private MyAccountWindow myAccount;

    @FXML private BorderPane root;
    @FXML private Label sandboxBadge;
    @FXML private MenuButton userMenu;

    public MainController(Session session, AppContext app) {
        this.session = session;
        this.app = app;
        this.environments = new EnvironmentsController(new EnvironmentsViewModel(session.acm(), app.executor()));
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
        root.setCenter(environments.view());
        userMenu.setText(session.displayName());
        sandboxBadge.setVisible(session.sandbox());
        sandboxBadge.setManaged(session.sandbox());
        sandboxBadge.setTooltip(new Tooltip("Connected to the built-in sandbox on this computer: "
                + "nothing here reaches a real cloud account."));
        root.sceneProperty().addListener((obs, old, scene) -> {
            if (scene != null) {
                scene.getAccelerators().put(new KeyCodeCombination(KeyCode.F5), environments::refresh);
            }
        });
    }

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
        placeholder("Launch Cluster", "The Launch Cluster wizard is a placeholder in this build: it does not launch anything yet.");
    }

    @FXML
    private void openSettings() {
        app.openSettings();
    }

    @FXML
    private void signOut() {
        if (myAccount != null) {
            myAccount.close();
        }
        app.showConnect();
    }

    private void placeholder(String title, String text) {
        Alert alert = new Alert(Alert.AlertType.INFORMATION, text, ButtonType.OK);
        alert.initOwner(app.stage());
        alert.setTitle(title);
        alert.setHeaderText(title + " (coming soon)");
        alert.showAndWait();
    }
}
