package com.accountdesk.ui.account;

import com.accountdesk.api.acm.AcmClient;
import com.accountdesk.model.AccountDetails;
import com.accountdesk.model.Secret;
import com.accountdesk.ui.common.Background;
import com.accountdesk.ui.common.DialogService;
import com.accountdesk.ui.common.Texts;
import com.accountdesk.ui.common.ThemeMode;
import com.accountdesk.ui.common.TimeFormats;
import com.accountdesk.ui.common.WorkState;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import java.time.ZoneId;
import java.util.Objects;

/**
 * My Account → Common Information: who the signed-in user is (name, e-mail, role, last sign-in and
 * the web console's theme, where the answer gives them), a new display name, and a new password.
 * Where the account carries a theme ({@code darkTheme}), this app may be set to it when the user asks.
 * The password is checked here before anything is sent (at least {@value #MIN_PASSWORD_LENGTH}
 * characters, typed twice alike), sent once, and the fields are emptied as it goes: neither the new
 * password nor the sign-in the server may ask for again (the app's {@code SignInAgainDialog}) is kept.
 */
public final class CommonInfoViewModel {
    /** The web console asks for at least this many characters. */
    public static final int MIN_PASSWORD_LENGTH = 12;

    private final AcmClient client;
    private final Background background;
    private final DialogService dialogs;
    private final ZoneId zone;
    private final ObjectProperty<ThemeMode> appTheme;
    private final WorkState work = new WorkState(Texts.get("account.common.failed"));
    private final ReadOnlyObjectWrapper<AccountDetails> details = new ReadOnlyObjectWrapper<>(this, "details");
    private final StringProperty name = new SimpleStringProperty(this, "name", "");
    private final StringProperty newPassword = new SimpleStringProperty(this, "newPassword", "");
    private final StringProperty confirmPassword = new SimpleStringProperty(this, "confirmPassword", "");
    private final StringBinding passwordProblem;
    private final BooleanBinding canChangePassword;
    private final BooleanBinding canRename;
    private final BooleanBinding canUseTheme;

    /** @param appTheme this app's theme choice (Settings → Appearance), set by {@link #useAccountTheme} */
    public CommonInfoViewModel(AcmClient client, Background background, DialogService dialogs, ZoneId zone,
                               ObjectProperty<ThemeMode> appTheme) {
        this.client = Objects.requireNonNull(client, "client");
        this.background = background;
        this.dialogs = dialogs;
        this.zone = zone;
        this.appTheme = Objects.requireNonNull(appTheme, "appTheme");
        BooleanProperty busy = work.busyFlag();
        passwordProblem = Bindings.createStringBinding(() -> passwordProblem(newPassword.get(), confirmPassword.get()),
                newPassword, confirmPassword);
        canChangePassword = busy.not().and(newPassword.isNotEmpty()).and(passwordProblem.isEmpty());
        canRename = busy.not().and(details.isNotNull()).and(Bindings.createBooleanBinding(() -> {
            AccountDetails d = details.get();
            String typed = name.get() == null ? "" : name.get().strip();
            return d != null && !typed.isEmpty() && !typed.equals(d.name());
        }, name, details));
        canUseTheme = Bindings.createBooleanBinding(() -> accountTheme() != null && accountTheme() != appTheme.get(),
                details, appTheme);
    }

    /** Why the new password cannot be sent yet; "" when it can (or nothing is typed). */
    public static String passwordProblem(String password, String again) {
        if (password == null || password.isEmpty()) {
            return "";
        }
        if (password.length() < MIN_PASSWORD_LENGTH) {
            return Texts.get("account.common.password.short", MIN_PASSWORD_LENGTH, password.length());
        }
        if (!password.equals(again)) {
            return Texts.get("account.common.password.differ");
        }
        return "";
    }

    /** Reads the account again. */
    public void load() {
        work.begin();
        work.status(Texts.get("account.common.loading"));
        background.run(client::accountDetails, work.busyFlag(), this::show, work::fail);
    }

    private void show(AccountDetails d) {
        details.set(d);
        name.set(d.name() == null ? "" : d.name());
        work.status("");
    }

    /** The theme the account carries, as this app's choice; null where the answer gives none. */
    public ThemeMode accountTheme() {
        AccountDetails d = details.get();
        return d == null || d.darkTheme() == null ? null : d.darkTheme() ? ThemeMode.DARK : ThemeMode.LIGHT;
    }

    /** Sets this app's theme to the account's (nothing is sent: the choice is this computer's). */
    public void useAccountTheme() {
        ThemeMode wanted = accountTheme();
        if (wanted == null || !canUseTheme.get()) {
            return;
        }
        appTheme.set(wanted);
        work.status(wanted == ThemeMode.DARK ? Texts.get("account.common.theme.usedDark")
                : Texts.get("account.common.theme.usedLight"));
    }

    /** Sends the typed display name, once; the account is read again afterwards. */
    public void rename() {
        if (!canRename.get()) {
            return;
        }
        String typed = name.get().strip();
        work.begin();
        background.run(() -> {
            client.rename(typed);
            return client.accountDetails();
        }, work.busyFlag(), d -> {
            show(d);
            work.status(Texts.get("account.common.renamed", typed));
        }, work::fail);
    }

    /**
     * Sends the new password, once. The fields are emptied first, whatever the outcome: after a
     * failure the user types it again rather than the app keeping it.
     */
    public void changePassword() {
        if (!canChangePassword.get()) {
            return;
        }
        Secret password = Secret.of(newPassword.get());
        newPassword.set("");
        confirmPassword.set("");
        work.begin();
        work.status("");
        background.run(() -> {
            client.changePassword(password);
            return Boolean.TRUE;
        }, work.busyFlag(), done -> {
            work.status(Texts.get("account.common.passwordChanged"));
            dialogs.notice(Texts.get("account.common.passwordSection"), Texts.get("account.common.passwordChanged"));
        }, work::fail);
    }

    /** Empties both password fields (the tab is left, the window closes). */
    public void forgetPasswords() {
        newPassword.set("");
        confirmPassword.set("");
    }

    public ReadOnlyObjectProperty<AccountDetails> detailsProperty() {
        return details.getReadOnlyProperty();
    }

    /** The e-mail, role, last sign-in and theme as shown; "Not given" where the answer left it out. */
    public String emailText() {
        AccountDetails d = details.get();
        return d == null ? "" : given(d.email());
    }

    public String roleText() {
        AccountDetails d = details.get();
        return d == null ? "" : given(d.roleName());
    }

    public String lastLoginText() {
        AccountDetails d = details.get();
        return d == null ? "" : d.lastLogin() == null ? Texts.get("account.common.notGiven")
                : TimeFormats.utcAndLocal(d.lastLogin(), zone);
    }

    public String themeText() {
        AccountDetails d = details.get();
        return d == null ? "" : d.darkTheme() == null ? Texts.get("account.common.notGiven")
                : d.darkTheme() ? Texts.get("account.common.theme.dark") : Texts.get("account.common.theme.light");
    }

    private static String given(String value) {
        return value == null || value.isBlank() ? Texts.get("account.common.notGiven") : value;
    }

    public StringProperty nameProperty() {
        return name;
    }

    public StringProperty newPasswordProperty() {
        return newPassword;
    }

    public StringProperty confirmPasswordProperty() {
        return confirmPassword;
    }

    public StringBinding passwordProblemBinding() {
        return passwordProblem;
    }

    public BooleanBinding canChangePasswordBinding() {
        return canChangePassword;
    }

    public BooleanBinding canRenameBinding() {
        return canRename;
    }

    /** True while the account's theme is given and this app's choice is another. */
    public BooleanBinding canUseThemeBinding() {
        return canUseTheme;
    }

    /** Busy, the status line and the error line. */
    public WorkState work() {
        return work;
    }
}
