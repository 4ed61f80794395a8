package com.accountdesk.ui.account;

import com.accountdesk.api.ApiException;
import com.accountdesk.api.acm.AcmClient;
import com.accountdesk.model.AccessRight;
import com.accountdesk.model.AccountDetails;
import com.accountdesk.model.AccountRole;
import com.accountdesk.ui.common.Background;
import com.accountdesk.ui.common.ErrorMessages;
import com.accountdesk.ui.common.Texts;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * My Account → Access Rights, read-only: every right ACM lists ({@code GET /access-rights}) and
 * whether the signed-in user's role grants it. The role's rights come with the account
 * ({@code GET /account}) or, where it names only the role, from {@code GET /account-roles}.
 */
public final class AccessRightsViewModel {
    /** One line of the table. */
    public record Row(String block, String title, String name, boolean allowed) {
    }

    /** What was read: the account, every right, and the roles (null when they could not be read). */
    private record Read(AccountDetails account, List<AccessRight> rights, List<AccountRole> roles) {
    }

    private final AcmClient client;
    private final Background background;
    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final BooleanProperty busy = new SimpleBooleanProperty(this, "busy");
    private final ReadOnlyStringWrapper role = new ReadOnlyStringWrapper(this, "role", "");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");

    public AccessRightsViewModel(AcmClient client, Background background) {
        this.client = Objects.requireNonNull(client, "client");
        this.background = background;
    }

    public void load() {
        error.set("");
        message.set(Texts.get("account.rights.loading"));
        background.run(() -> {
            AccountDetails account = client.accountDetails();
            List<AccessRight> rights = client.accessRights();
            List<AccountRole> roles = null;
            if (account.roleRights().isEmpty()) {
                try {
                    roles = client.accountRoles();
                } catch (ApiException e) {
                    roles = null; // a role list this user may not read: the account's own word is all there is
                }
            }
            return new Read(account, rights, roles);
        }, busy, this::show, failure -> {
            message.set("");
            error.set(ErrorMessages.describe(failure));
        });
    }

    private void show(Read read) {
        Set<String> granted = grantedBy(read.account(), read.roles());
        role.set(Texts.get("account.rights.role", read.account().roleName() != null ? read.account().roleName()
                : read.account().roleId() != null ? read.account().roleId() : Texts.get("account.common.notGiven")));
        List<Row> out = new ArrayList<>();
        for (AccessRight r : read.rights()) {
            out.add(new Row(r.block(), r.title(), r.name(), granted != null && granted.contains(r.name())));
        }
        rows.setAll(out);
        message.set(granted == null ? Texts.get("account.rights.unknownRole")
                : out.isEmpty() ? Texts.get("account.rights.empty") : "");
    }

    /** The rights the user's role grants; null when neither the account nor the role list says. */
    static Set<String> grantedBy(AccountDetails account, List<AccountRole> roles) {
        if (!account.roleRights().isEmpty()) {
            return account.roleRights();
        }
        if (roles == null) {
            return null;
        }
        return roles.stream()
                .filter(r -> (account.roleId() != null && account.roleId().equals(r.id()))
                        || (account.roleId() == null && account.roleName() != null && account.roleName().equals(r.name())))
                .map(AccountRole::rights).findFirst().orElse(null);
    }

    public ObservableList<Row> rows() {
        return rows;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy;
    }

    public ReadOnlyStringProperty roleProperty() {
        return role.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }
}
