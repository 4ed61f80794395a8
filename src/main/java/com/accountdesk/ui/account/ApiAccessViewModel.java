package com.accountdesk.ui.account;

import com.accountdesk.keys.AcmKeys;
import com.accountdesk.ui.common.ErrorMessages;
import com.accountdesk.ui.keys.KeyActions;
import com.accountdesk.keys.KeyNames;
import com.accountdesk.model.AccountInfo;
import com.accountdesk.model.AllowDomains;
import com.accountdesk.model.ApiKey;
import com.accountdesk.model.Secret;
import com.accountdesk.ui.common.CredentialExports;
import com.accountdesk.ui.common.ListRefresh;
import com.accountdesk.ui.common.Texts;
import com.accountdesk.ui.keys.ExportNames;
import com.accountdesk.ui.common.TimeFormats;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * The API Access tab: the account's keys and Allow Domains, and the actions on them. Every change
 * goes through {@link AcmKeys} off the FX thread (through {@link KeyActions}, as CrateDB's keys
 * do); the lists always show the server's state. Deleting asks first, and deleting the key the app
 * signs in with says so and ends the session.
 */
public final class ApiAccessViewModel {
    /** Keys expiring sooner than this are marked. */
    public static final Duration EXPIRING_SOON = Duration.ofHours(24);

    private final AcmKeys service;
    private final KeyActions actions;
    private final Secret inUse;
    private final Clock clock;
    private volatile KeyNames.Scope names;
    private final ObservableList<ApiKey> keys = FXCollections.observableArrayList();
    private final StringProperty originsText = new SimpleStringProperty("");
    private final StringProperty savedOriginsText = new SimpleStringProperty("");
    /** Whether the account's Allow Domains have been read: until then the field's emptiness means nothing. */
    private final BooleanProperty originsKnown = new SimpleBooleanProperty(this, "originsKnown");
    private final ObservableList<String> originProblems = FXCollections.observableArrayList();
    private final BooleanBinding atKeyLimit = Bindings.size(keys).greaterThanOrEqualTo(AccountInfo.MAX_API_KEYS);
    /** False when the last account answer did not list the keys: then none may be changed. */
    private final BooleanProperty keysListed = new SimpleBooleanProperty(true);
    private final BooleanBinding canSaveOrigins;
    private final ReadOnlyObjectWrapper<ApiKey> added = new ReadOnlyObjectWrapper<>(this, "added");

    /** @param inUse the key or session token the app signs in with (marked in the table) */
    public ApiAccessViewModel(AcmKeys service, KeyActions actions, Secret inUse, Clock clock) {
        this.service = service;
        this.actions = actions;
        this.inUse = inUse;
        this.clock = clock;
        originsText.addListener((obs, old, text) -> originProblems.setAll(problems(text)));
        canSaveOrigins = actions.busyProperty().not().and(Bindings.isEmpty(originProblems))
                .and(originsText.isNotEqualTo(savedOriginsText)).and(originsKnown);
    }

    /** Each bad Allow Domains entry with why it is bad, e.g. "'exa mple.com': contains a space". */
    public static List<String> problems(String text) {
        List<String> out = new ArrayList<>();
        for (String entry : AllowDomains.split(text == null ? "" : text)) {
            AllowDomains.Problem problem = AllowDomains.problem(entry);
            if (problem != null) {
                out.add(Texts.get("account.origins.problem", entry, words(problem)));
            }
        }
        return out;
    }

    /** Why an entry is refused, in the UI's words. */
    static String words(AllowDomains.Problem problem) {
        return switch (problem.code()) {
            case EMPTY -> Texts.get("account.origins.empty");
            case CONTAINS_SPACE -> Texts.get("account.origins.space");
            case CIDR_WITHOUT_ADDRESS -> Texts.get("account.origins.cidrAddress");
            case CIDR_PREFIX -> Texts.get("account.origins.cidrPrefix", problem.value());
            case INVALID_IPV6 -> Texts.get("account.origins.ipv6");
            case INVALID_IPV4 -> Texts.get("account.origins.ipv4");
            case WILDCARD_NOT_FIRST -> Texts.get("account.origins.wildcardPlace");
            case TOO_LONG -> Texts.get("account.origins.tooLong");
            case EMPTY_LABEL -> Texts.get("account.origins.emptyLabel");
            case INVALID_LABEL -> Texts.get("account.origins.label", problem.value());
            case WILDCARD_TOO_SHORT -> Texts.get("account.origins.wildcardShort");
        };
    }

    /** Why a chosen expiry cannot be used, or null when it can. */
    public String expiryProblem(Instant expires) {
        return ExpiryPreset.problem(expires, clock.instant());
    }

    public Instant now() {
        return clock.instant();
    }

    public boolean isInUse(ApiKey key) {
        return key.token().equals(inUse);
    }

    public boolean isExpired(ApiKey key) {
        return key.isExpired(clock.instant());
    }

    public boolean isExpiringSoon(ApiKey key) {
        return key.expiresWithin(EXPIRING_SOON, clock.instant());
    }

    /** The markers of a key in words, so they never depend on colour alone. */
    public String marks(ApiKey key) {
        List<String> marks = new ArrayList<>();
        if (isInUse(key)) {
            marks.add(Texts.get("account.keys.mark.inUse"));
        }
        if (isExpired(key)) {
            marks.add(Texts.get("account.keys.mark.expired"));
        } else if (isExpiringSoon(key)) {
            Duration left = Duration.between(clock.instant(), key.expires());
            marks.add(left.toHours() >= 1 ? Texts.get("account.keys.mark.hours", left.toHours())
                    : Texts.get("account.keys.mark.minutes", Math.max(1, left.toMinutes())));
        }
        return marks.isEmpty() ? Texts.get("account.keys.mark.active") : String.join(" · ", marks);
    }

    // ---- actions

    /** Reads the account again (F5, and when the tab is first shown). */
    public void refresh() {
        actions.read(service::read, this::show);
    }

    public void add(Instant expires) {
        add(expires, "");
    }

    /** Adds a key; {@code name} (may be blank) is kept on this computer once the key is on the account. */
    public void add(Instant expires, String name) {
        if (refuse(expires)) {
            return;
        }
        KeyNames.Scope namesNow = names;
        boolean named = name != null && !name.isBlank();
        Set<Secret> before = keys.stream().map(ApiKey::token).collect(Collectors.toSet());
        added.set(null);
        change(Texts.get("account.keys.added.title"), () -> {
            // Generated first, so the read-modify-write stays as short as possible.
            Secret fresh = service.generate();
            AccountInfo account = service.add(fresh, expires);
            if (namesNow != null && named) {
                namesNow.put(fresh.reveal(), name);
            }
            return account;
        }, account -> added.set(keys.stream().filter(k -> !before.contains(k.token())).findFirst().orElse(null)),
                named ? Texts.get("account.keys.addedNamed", TimeFormats.utc(expires), name.strip())
                        : Texts.get("account.keys.added", TimeFormats.utc(expires)));
    }

    /** The key the last Add made (what the server listed that was not there before); null until then. */
    public ReadOnlyObjectProperty<ApiKey> addedProperty() {
        return added.getReadOnlyProperty();
    }

    /** Keeps the keys' local names in {@code scope} (the signed-in saved account's); null: none are kept. */
    public void useNames(KeyNames.Scope scope) {
        this.names = scope;
    }

    /** Whether names can be given (a saved account is signed in). */
    public boolean namesKept() {
        return names != null;
    }

    /** The key's local name, or "". */
    public String name(ApiKey key) {
        return names == null ? "" : names.name(key.token().reveal());
    }

    /** Names a key on this computer (a blank name removes it); the table shows it at once. */
    public void rename(ApiKey key, String name) {
        if (names == null) {
            return;
        }
        names.put(key.token().reveal(), name);
        int at = keys.indexOf(key);
        if (at >= 0) {
            keys.set(at, key); // tells the table the row changed
        }
        actions.say(name == null || name.isBlank() ? Texts.get("account.keys.unnamed", key.token().masked())
                : Texts.get("account.keys.named", key.token().masked(), name.strip()));
    }

    /** How a key is named in sentences: its name, if any, and the masked key. */
    public String describe(ApiKey key) {
        String name = name(key);
        return name.isEmpty() ? key.token().masked() : Texts.get("account.keys.described", name, key.token().masked());
    }

    public void redate(ApiKey key, Instant expires) {
        if (refuse(expires)) {
            return;
        }
        change(Texts.get("account.keys.redated.title"), () -> service.redate(key.token(), expires), account -> { },
                Texts.get("account.keys.redated", key.token().masked(), TimeFormats.utc(expires)));
    }

    /**
     * Asks, then deletes the key. The question warns when it is the key the app signs in with, and
     * once that key is gone the session ends ({@link #signedOutProperty()}).
     */
    public void delete(ApiKey key) {
        if (actions.busyProperty().get() || !keysListed.get()) {
            return;
        }
        boolean own = isInUse(key);
        if (!actions.confirm(KeyActions.Loss.DELETE, own, describe(key), Texts.get("account.keys.delete.consequence"))) {
            return;
        }
        change(Texts.get("account.keys.deleted.title"), () -> service.delete(key.token()), account -> {
            if (own) {
                actions.ownKeyGone();
            }
        }, Texts.get("account.keys.deleted", key.token().masked()));
    }

    /** Copies the full key, never the masked text. */
    public void copy(ApiKey key) {
        actions.copy(key.token(), Texts.get("account.keys.copiedKey", key.token().masked()));
    }

    /** Copies the key as acmctl, the shell or curl take it (a secret: cleared like the key). */
    public void copyAs(ApiKey key, CredentialExports.Kind kind) {
        actions.copy(CredentialExports.acm(kind, service.endpoint(), key.token()),
                Texts.get("account.keys.copiedKeyAs", key.token().masked(), ExportNames.acm(kind)));
    }

    public void saveOrigins() {
        if (!canSaveOrigins.get()) {
            return;
        }
        List<String> entries = AllowDomains.split(originsText.get());
        actions.change(Texts.get("account.origins.saved.title"), () -> service.saveOrigins(entries), account -> {
            // What the server keeps replaces what was typed: that is what is in force now.
            savedOriginsText.set(null);
            show(account);
        }, account -> account.origins().isEmpty() ? Texts.get("account.origins.savedEmpty")
                : Texts.get("account.origins.saved", account.origins().size()));
    }

    private boolean refuse(Instant expires) {
        String problem = expiryProblem(expires);
        if (problem != null) {
            actions.refuse(problem);
            return true;
        }
        return false;
    }

    private void change(String title, Callable<AccountInfo> work,
                        Consumer<AccountInfo> then, String done) {
        actions.change(title, work, account -> {
            show(account);
            then.accept(account);
        }, account -> done, failure -> {
            if (failure instanceof AcmKeys.Refused) {
                actions.reload(service::read, this::show); // refused because the server's keys differ from those shown
            }
        });
    }

    private void show(AccountInfo account) {
        ListRefresh.into(keys, account.keys(), ApiKey::token);
        keysListed.set(account.keysListed());
        String serverText = String.join("\n", account.origins());
        // Text being edited is kept; it is replaced only when it still matches what was loaded.
        // (Before the first read nothing typed is kept: the field cannot take it, and it was typed blind.)
        boolean edited = originsKnown.get() && savedOriginsText.get() != null
                && !originsText.get().equals(savedOriginsText.get());
        savedOriginsText.set(serverText);
        if (!edited) {
            originsText.set(serverText);
        }
        originsKnown.set(true);
    }

    // ---- state for the view

    public ObservableList<ApiKey> keys() {
        return keys;
    }

    /** Told (title, sentence) whenever a change to the account has finished, e.g. to show a notification. */
    public void onFinished(BiConsumer<String, String> listener) {
        actions.onFinished(listener);
    }

    public BooleanProperty busyProperty() {
        return actions.busyProperty();
    }

    public StringProperty errorProperty() {
        return actions.errorProperty();
    }

    /** A short confirmation of the last action; it fades by itself. */
    public ReadOnlyStringProperty statusProperty() {
        return actions.statusProperty();
    }

    public StringProperty originsTextProperty() {
        return originsText;
    }

    public ObservableList<String> originProblems() {
        return originProblems;
    }

    /**
     * Whether the Allow Domains in force are known (the account was read once): saving replaces the
     * whole list, so what was never shown must not be saved over.
     */
    public ReadOnlyBooleanProperty originsKnownProperty() {
        return originsKnown;
    }

    public BooleanBinding canSaveOriginsBinding() {
        return canSaveOrigins;
    }

    public BooleanBinding atKeyLimitBinding() {
        return atKeyLimit;
    }

    public String keyLimitMessage() {
        return Texts.get("account.keys.limit", AccountInfo.MAX_API_KEYS);
    }

    /** Whether the account's keys are known, so that they may be added to, re-dated and deleted. */
    public BooleanProperty keysListedProperty() {
        return keysListed;
    }

    /** What stops changes to the keys, in words, or "" when nothing does. */
    public StringBinding keyNotice() {
        return Bindings.createStringBinding(() -> !keysListed.get() ? ErrorMessages.KEYS_NOT_LISTED
                : atKeyLimit.get() ? keyLimitMessage() : "", keysListed, atKeyLimit);
    }

    /** Becomes true when the key the app signs in with was deleted: the app must sign out. */
    public ReadOnlyBooleanProperty signedOutProperty() {
        return actions.ownKeyGoneProperty();
    }
}
