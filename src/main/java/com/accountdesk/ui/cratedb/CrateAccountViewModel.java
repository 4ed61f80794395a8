package com.accountdesk.ui.cratedb;

import com.accountdesk.keys.CrateKeys;
import com.accountdesk.model.CrateUser;
import com.accountdesk.ui.common.Background;
import com.accountdesk.ui.common.ErrorMessages;
import com.accountdesk.ui.common.Texts;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;

/**
 * Who a CrateDB Cloud key belongs to ({@code /users/me/}), for the account's page, with the
 * endpoint and region it is reached at. Nothing is read until {@link #load()}.
 */
public final class CrateAccountViewModel {
    private final CrateKeys service;
    private final Background background;
    private final ReadOnlyStringWrapper name = new ReadOnlyStringWrapper("…");
    private final ReadOnlyStringWrapper email = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper username = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper organization = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final BooleanProperty busy = new SimpleBooleanProperty(false);

    public CrateAccountViewModel(CrateKeys service, Background background) {
        this.service = service;
        this.background = background;
    }

    /** Reads the user. */
    public void load() {
        error.set("");
        background.run(service::me, busy, this::show, failure -> error.set(ErrorMessages.describe(failure)));
    }

    private void show(CrateUser user) {
        name.set(user.displayName());
        email.set(user.email());
        username.set(user.username());
        organization.set(user.organizationId() == null || user.organizationId().isBlank()
                ? Texts.get("cratedb.account.noOrganization") : user.organizationId());
    }

    public String endpoint() {
        return service.endpoint();
    }

    /** The region sent, or what is used without one. */
    public String region() {
        return service.region() == null ? Texts.get("cratedb.account.defaultRegion") : service.region();
    }

    public ReadOnlyStringProperty nameProperty() {
        return name.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty emailProperty() {
        return email.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty usernameProperty() {
        return username.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty organizationProperty() {
        return organization.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public BooleanProperty busyProperty() {
        return busy;
    }
}
