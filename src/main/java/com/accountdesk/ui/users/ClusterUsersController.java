package com.accountdesk.ui.users;

import com.accountdesk.model.ClusterUser;
import com.accountdesk.ui.common.FxmlViews;
import com.accountdesk.ui.common.ListPlaceholder;
import com.accountdesk.ui.common.Texts;
import com.accountdesk.ui.common.WorkStateView;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.fxml.FXML;
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
    @FXML private Button changeUserButton;
    @FXML private Button publishButton;
    @FXML private Button refreshUsersButton;
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
        // Loading, or why there is none; a failure's own words stay in the error line below, not twice.
        usersList.setPlaceholder(ListPlaceholder.builder()
                .loading(viewModel.work().busyProperty(), Texts.get("users.loading"))
                .empty(Bindings.when(viewModel.work().errorProperty().isEmpty())
                        .then(Texts.get("users.empty", viewModel.clusterName()))
                        .otherwise(Texts.get("users.emptyFailed")))
                .build());
        refreshUsersButton.disableProperty().bind(viewModel.work().busyProperty());
        // Remove and Change take the same users: any but the admin user, while nothing runs.
        BooleanBinding mayNotTouch = Bindings.createBooleanBinding(
                () -> !viewModel.mayChange(usersList.getSelectionModel().getSelectedItem()),
                viewModel.work().busyProperty(), usersList.getSelectionModel().selectedItemProperty());
        removeUserButton.disableProperty().bind(mayNotTouch);
        changeUserButton.disableProperty().bind(mayNotTouch);
        publishButton.disableProperty().bind(viewModel.work().busyProperty().or(viewModel.unpublishedProperty().not()));
        WorkStateView.shownWhen(unpublishedLabel, viewModel.unpublishedProperty());
        loginField.textProperty().bindBidirectional(viewModel.loginProperty());
        databasesField.textProperty().bindBidirectional(viewModel.databasesProperty());
        accessManagementCheck.selectedProperty().bindBidirectional(viewModel.accessManagementProperty());
        addUserButton.disableProperty().bind(viewModel.canAddBinding().not());
        loginProblemLabel.textProperty().bind(Bindings.createStringBinding(
                () -> viewModel.loginProblem(viewModel.loginProperty().get()), viewModel.loginProperty(), viewModel.users()));
        WorkStateView.shownWhen(loginProblemLabel, loginProblemLabel.textProperty().isNotEmpty());
        WorkStateView.shownWhen(passwordBox, viewModel.shownPasswordProperty().isNotNull());
        passwordLabel.textProperty().bind(Bindings.createStringBinding(
                () -> Texts.get("users.passwordFor", viewModel.shownForProperty().get()), viewModel.shownForProperty()));
        passwordField.textProperty().bind(Bindings.createStringBinding(() -> viewModel.shownPasswordProperty().get() == null
                ? "" : viewModel.shownPasswordProperty().get().reveal(), viewModel.shownPasswordProperty()));
        WorkStateView.bind(viewModel.work(), usersProgress, usersStatusLabel, usersErrorLabel);
    }

    @FXML
    private void change() {
        UserChange change = viewModel.beginChange(usersList.getSelectionModel().getSelectedItem());
        if (change == null) {
            return;
        }
        if (ChangeUserDialog.ask(view.getScene() == null ? null : view.getScene().getWindow(), change)) {
            viewModel.change(change);
        } else {
            viewModel.cancelChange(change);
        }
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
    private void refresh() {
        viewModel.load();
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
