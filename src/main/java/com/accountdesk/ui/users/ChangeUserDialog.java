package com.accountdesk.ui.users;

import com.accountdesk.ui.common.ActionDialog;
import com.accountdesk.ui.common.Dialogs;
import com.accountdesk.ui.common.Texts;
import com.accountdesk.ui.common.WorkStateView;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * Change… a ClickHouse user: the password (keep it, a new generated one shown once afterwards, or
 * one typed twice) and the databases. Thin: the rules and what is sent are {@link UserChange}'s and
 * {@link ClusterUsersViewModel}'s. Change is enabled only when there is something to send; Escape cancels.
 */
final class ChangeUserDialog {
    private ChangeUserDialog() {
    }

    /** True when the user pressed Change with a change that may be sent. */
    static boolean ask(Window owner, UserChange change) {
        ToggleGroup choice = new ToggleGroup();
        RadioButton generate = radio("changeGenerate", Texts.get("users.change.generate"), choice, UserChange.Password.GENERATE);
        RadioButton type = radio("changeType", Texts.get("users.change.type"), choice, UserChange.Password.TYPE);
        RadioButton keep = radio("changeKeep", Texts.get("users.change.keep"), choice, UserChange.Password.KEEP);
        choice.selectToggle(switch (change.passwordProperty().get()) {
            case GENERATE -> generate;
            case TYPE -> type;
            case KEEP -> keep;
        });
        choice.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now != null) {
                change.passwordProperty().set((UserChange.Password) now.getUserData());
            }
        });
        PasswordField typed = new PasswordField();
        typed.setId("changePassword");
        typed.textProperty().bindBidirectional(change.typedProperty());
        PasswordField again = new PasswordField();
        again.setId("changePasswordAgain");
        again.textProperty().bindBidirectional(change.typedAgainProperty());
        typed.disableProperty().bind(type.selectedProperty().not());
        again.disableProperty().bind(type.selectedProperty().not());
        Label typedLabel = new Label(Texts.get("users.change.typed"));
        typedLabel.setLabelFor(typed);
        Label againLabel = new Label(Texts.get("users.change.again"));
        againLabel.setLabelFor(again);
        GridPane typedGrid = new GridPane();
        typedGrid.setHgap(8);
        typedGrid.setVgap(6);
        typedGrid.addRow(0, typedLabel, typed);
        typedGrid.addRow(1, againLabel, again);
        typedGrid.setPadding(new javafx.geometry.Insets(0, 0, 0, 24));

        TextField databases = new TextField();
        databases.setId("changeDatabases");
        databases.setPromptText(Texts.get("users.databasesPrompt"));
        databases.textProperty().bindBidirectional(change.databasesProperty());
        Label databasesLabel = new Label(Texts.get("users.databases"));
        databasesLabel.setLabelFor(databases);

        Label problem = wrapped("");
        problem.setId("changeProblem");
        problem.getStyleClass().add("error-text");
        problem.textProperty().bind(change.problemBinding());
        WorkStateView.shownWhen(problem, change.problemBinding().isNotEmpty());

        VBox box = new VBox(8, wrapped(change.consequence()), new Label(Texts.get("users.change.passwordSection")),
                generate, type, typedGrid, keep, databasesLabel, databases, problem);
        box.setPrefWidth(460);
        boolean yes = new ActionDialog(owner, change.title(), change.header(), box, Texts.get("users.change.action"),
                null, Dialogs.CONFIRM_OK_ID, Dialogs.CONFIRM_CANCEL_ID).allowWhen(change.canSendBinding()).showAndWait().isPresent();
        typed.textProperty().unbindBidirectional(change.typedProperty());
        again.textProperty().unbindBidirectional(change.typedAgainProperty());
        typed.clear();
        again.clear();
        return yes;
    }

    private static RadioButton radio(String id, String text, ToggleGroup group, UserChange.Password value) {
        RadioButton r = new RadioButton(text);
        r.setId(id);
        r.setToggleGroup(group);
        r.setUserData(value);
        r.setWrapText(true);
        r.setMinHeight(Region.USE_PREF_SIZE);
        return r;
    }

    private static Label wrapped(String text) {
        Label l = new Label(text);
        l.setWrapText(true);
        l.setMinHeight(Region.USE_PREF_SIZE);
        return l;
    }
}
