package com.accountdesk.ui.users;

import com.accountdesk.model.ClusterUser;
import com.accountdesk.ui.common.FxmlViews;
import com.accountdesk.ui.common.Texts;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableBooleanValue;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;

/** The Users… window's content. Thin: binds only; the view-model asks, sends and keeps the state. */
public final class ClusterUsersController {
    private final ClusterUsersViewModel viewModel;
    private final Parent view;

    @FXML private ListView<ClusterUser> usersList;
    @FXML private Button removeUserButton;
    @FXML private Button publishButton;
    @FXML private ProgressIndicator usersProgress;
    @FXML private Label unpublishedLabel;
    @FXML private TextField loginField;
    @FXML private TextField databasesField;
    @FXML private CheckBox accessManagementCheck;
    @FXML private Button addUserButton;
    @FXML private Label loginProblemLabel;
    @FXML private VBox passwordBox;
    @FXML private Label passwordLabel;
    @FXML private TextField passwordField;
    @FXML private Label usersStatusLabel;
    @FXML private Label usersErrorLabel;

    public ClusterUsersController(ClusterUsersViewModel viewModel) {
        this.viewModel = viewModel;
        this.view = FxmlViews.load(this, "cluster-users.fxml");
    }

    public Parent view() {
        return view;
    }

    @FXML
    private void initialize() {
        usersList.setItems(viewModel.users());
        usersList.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(ClusterUser user, boolean empty) {
                super.updateItem(user, empty);
                if (empty || user == null) {
                    setText(null);
                    return;
                }
                String name = viewModel.isAdmin(user) ? Texts.get("users.adminMark", user.login()) : user.login();
                setText(Texts.get("users.row", name, user.databases().isEmpty() ? Texts.get("users.databasesAll")
                        : String.join(", ", user.databases())));
            }
        });
        removeUserButton.disableProperty().bind(Bindings.createBooleanBinding(
                () -> viewModel.busyProperty().get() || usersList.getSelectionModel().getSelectedItem() == null
                        || viewModel.isAdmin(usersList.getSelectionModel().getSelectedItem()),
                viewModel.busyProperty(), usersList.getSelectionModel().selectedItemProperty()));
        publishButton.disableProperty().bind(viewModel.busyProperty().or(viewModel.unpublishedProperty().not()));
        show(unpublishedLabel, viewModel.unpublishedProperty());
        usersProgress.visibleProperty().bind(viewModel.busyProperty());
        loginField.textProperty().bindBidirectional(viewModel.loginProperty());
        databasesField.textProperty().bindBidirectional(viewModel.databasesProperty());
        accessManagementCheck.selectedProperty().bindBidirectional(viewModel.accessManagementProperty());
        addUserButton.disableProperty().bind(viewModel.canAddBinding().not());
        loginProblemLabel.textProperty().bind(Bindings.createStringBinding(
                () -> viewModel.loginProblem(viewModel.loginProperty().get()), viewModel.loginProperty(), viewModel.users()));
        show(loginProblemLabel, loginProblemLabel.textProperty().isNotEmpty());
        show(passwordBox, viewModel.shownPasswordProperty().isNotNull());
        passwordLabel.textProperty().bind(Bindings.createStringBinding(
                () -> Texts.get("users.passwordFor", viewModel.shownForProperty().get()), viewModel.shownForProperty()));
        passwordField.textProperty().bind(Bindings.createStringBinding(() -> viewModel.shownPasswordProperty().get() == null
                ? "" : viewModel.shownPasswordProperty().get().reveal(), viewModel.shownPasswordProperty()));
        usersStatusLabel.textProperty().bind(viewModel.statusProperty());
        show(usersStatusLabel, viewModel.statusProperty().isNotEmpty());
        usersErrorLabel.textProperty().bind(viewModel.errorProperty());
        show(usersErrorLabel, viewModel.errorProperty().isNotEmpty());
    }

    private static void show(Node node, ObservableBooleanValue when) {
        node.visibleProperty().bind(when);
        node.managedProperty().bind(when);
    }

    @FXML
    private void add() {
        viewModel.add();
    }

    @FXML
    private void remove() {
        viewModel.remove(usersList.getSelectionModel().getSelectedItem());
    }

    @FXML
    private void publish() {
        viewModel.publish();
    }

    @FXML
    private void copyPassword() {
        viewModel.copyPassword();
    }
}
