package com.accountdesk.ui.account;

import com.accountdesk.credentials.KeyNames;
import com.accountdesk.model.AccountInfo;
import com.accountdesk.model.AllowDomains;
import com.accountdesk.model.ApiKey;
import com.accountdesk.model.Secret;
import com.accountdesk.ui.common.CredentialExports;
import com.accountdesk.ui.common.ErrorMessages;
import com.accountdesk.ui.common.Tasks;
import com.accountdesk.ui.common.TimeFormats;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
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
import java.util.concurrent.Callable;
import java.util.concurrent.Executor;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.IntSupplier;

/**
 * The API Access tab: the account's keys and Allow Domains, and the actions on them. Every change
 * goes through {@link AccountKeys} off the FX thread; the lists always show the server's state.
 */
public final class ApiAccessViewModel {
    /** Keys expiring sooner than this are marked. */
    public static final Duration EXPIRING_SOON = Duration.ofHours(24);

    private final AccountKeys service;
    private final Executor executor;
    private final Secret inUse;
    private final Consumer<Secret> clipboard;
    private final IntSupplier clearAfterSeconds;
    private final Clock clock;
    private volatile KeyNames.Scope names;
    private final ObservableList<ApiKey> keys = FXCollections.observableArrayList();
    private final BooleanProperty busy = new SimpleBooleanProperty(false);
    private BiConsumer<String, String> finished = (title, text) -> { };
    private final StringProperty error = new SimpleStringProperty("");
    private final StringProperty status = new SimpleStringProperty("");
    private final StringProperty originsText = new SimpleStringProperty("");
    private final StringProperty savedOriginsText = new SimpleStringProperty("");
    private final ObservableList<String> originProblems = FXCollections.observableArrayList();
    private final BooleanBinding atKeyLimit = Bindings.size(keys).greaterThanOrEqualTo(AccountInfo.MAX_API_KEYS);
    /** False when the last account answer did not list the keys: then none may be changed. */
    private final BooleanProperty keysListed = new SimpleBooleanProperty(true);
    private final BooleanBinding canSaveOrigins;
    private final ReadOnlyBooleanWrapper signedOut = new ReadOnlyBooleanWrapper(false);

    /**
     * @param inUse             the key or session token the app signs in with (marked in the table)
     * @param clipboard         where copied keys go (cleared later by the caller's policy)
     * @param clearAfterSeconds how long a copied key stays there, for the confirmation's wording
     */
    public ApiAccessViewModel(AccountKeys service, Executor executor, Secret inUse, Consumer<Secret> clipboard,
                              IntSupplier clearAfterSeconds, Clock clock) {
        this.service = service;
        this.executor = executor;
        this.inUse = inUse;
        this.clipboard = clipboard;
        this.clearAfterSeconds = clearAfterSeconds;
        this.clock = clock;
        originsText.addListener((obs, old, text) -> originProblems.setAll(problems(text)));
        canSaveOrigins = busy.not().and(Bindings.isEmpty(originProblems))
                .and(originsText.isNotEqualTo(savedOriginsText));
    }

    /** Each bad Allow Domains entry with why it is bad, e.g. "'exa mple.com': contains a space". */
    public static List<String> problems(String text) {
        List<String> out = new ArrayList<>();
        for (String entry : AllowDomains.split(text == null ? "" : text)) {
            String problem = AllowDomains.problem(entry);
            if (problem != null) {
                out.add("'" + entry + "': " + problem);
            }
        }
        return out;
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
            marks.add("In use by this app");
        }
        if (isExpired(key)) {
            marks.add("Expired");
        } else if (isExpiringSoon(key)) {
            Duration left = Duration.between(clock.instant(), key.expires());
            marks.add(left.toHours() >= 1 ? "Expires in " + left.toHours() + " h" : "Expires in " + Math.max(1, left.toMinutes()) + " min");
        }
        return marks.isEmpty() ? "Active" : String.join(" · ", marks);
    }

    private final javafx.beans.property.ReadOnlyObjectWrapper<ApiKey> added = new javafx.beans.property.ReadOnlyObjectWrapper<>(this, "added");

    // ---- actions

    /** Reads the account again (F5). */
    public void refresh() {
        error.set("");
        reload();
    }

    private void reload() {
        Tasks.create(service::read).busy(busy).onSuccess(this::show).onError(this::fail).runOn(executor);
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
        java.util.Set<Secret> before = keys.stream().map(ApiKey::token).collect(java.util.stream.Collectors.toSet());
        added.set(null);
        change("API key added", () -> {
            // Generated first, so the read-modify-write stays as short as possible.
            Secret fresh = service.generate();
            AccountInfo account = service.add(fresh, expires);
            if (namesNow != null && name != null && !name.isBlank()) {
                namesNow.put(fresh.reveal(), name);
            }
            return account;
        }, "Added a new key" + (name == null || name.isBlank() ? "" : " \u201c" + name.strip() + "\u201d")
                + " that expires " + TimeFormats.utc(expires) + ". It is selected: Copy key (Alt+C) copies it.",
                () -> added.set(keys.stream().filter(k -> !before.contains(k.token())).findFirst().orElse(null)));
    }

    /** The key the last Add made (what the server listed that was not there before); null until then. */
    public javafx.beans.property.ReadOnlyObjectProperty<ApiKey> addedProperty() {
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
        status.set(name == null || name.isBlank() ? "The key " + key.token().masked() + " has no name now."
                : "The key " + key.token().masked() + " is named \u201c" + name.strip() + "\u201d on this computer.");
    }

    /** How a key is named in sentences: its name, if any, and the masked key. */
    public String describe(ApiKey key) {
        String name = name(key);
        return name.isEmpty() ? key.token().masked() : "\u201c" + name + "\u201d (" + key.token().masked() + ")";
    }

    public void redate(ApiKey key, Instant expires) {
        if (refuse(expires)) {
            return;
        }
        change("Expiration changed", () -> service.redate(key.token(), expires),
                "The key " + key.token().masked() + " now expires " + TimeFormats.utc(expires) + ".");
    }

    public void delete(ApiKey key) {
        boolean own = isInUse(key);
        change("API key deleted", () -> service.delete(key.token()), "Deleted the key " + key.token().masked() + ".",
                () -> signedOut.set(own));
    }

    /** Copies the full key, never the masked text. */
    public void copy(ApiKey key) {
        clipboard.accept(key.token());
        status.set("Copied the key " + key.token().masked() + ". It will be taken off the clipboard in "
                + clearAfterSeconds.getAsInt() + " s.");
    }

    /** Copies the key as acmctl, the shell or curl take it (a secret: cleared like the key). */
    public void copyAs(ApiKey key, CredentialExports.Kind kind) {
        clipboard.accept(CredentialExports.acm(kind, service.endpoint(), key.token()));
        status.set("Copied the key " + key.token().masked() + " as " + kind.label().toLowerCase(java.util.Locale.ROOT)
                + ". It will be taken off the clipboard in " + clearAfterSeconds.getAsInt() + " s.");
    }

    public void saveOrigins() {
        if (!canSaveOrigins.get()) {
            return;
        }
        List<String> entries = AllowDomains.split(originsText.get());
        error.set("");
        Tasks.create(() -> service.saveOrigins(entries)).busy(busy)
                .onSuccess(account -> {
                    // What the server keeps replaces what was typed: that is what is in force now.
                    savedOriginsText.set(null);
                    show(account);
                    status.set(account.origins().isEmpty() ? "Allow Domains saved: API calls are allowed from anywhere."
                            : "Allow Domains saved (" + account.origins().size() + " entries).");
                    finished.accept("Allow Domains saved", status.get());
                })
                .onError(this::fail)
                .runOn(executor);
    }

    private boolean refuse(Instant expires) {
        String problem = expiryProblem(expires);
        if (problem != null) {
            error.set(problem);
            return true;
        }
        return false;
    }

    private void change(String title, Callable<AccountInfo> work, String done) {
        change(title, work, done, () -> { });
    }

    private void change(String title, Callable<AccountInfo> work, String done, Runnable then) {
        error.set("");
        status.set("");
        Tasks.create(work).busy(busy)
                .onSuccess(account -> {
                    show(account);
                    status.set(done);
                    finished.accept(title, done);
                    then.run();
                })
                .onError(failure -> {
                    fail(failure);
                    if (failure instanceof AccountKeys.Refused) {
                        reload(); // it was refused because the server's keys differ from those shown
                    }
                })
                .runOn(executor);
    }

    private void show(AccountInfo account) {
        keys.setAll(account.keys());
        keysListed.set(account.keysListed());
        String serverText = String.join("\n", account.origins());
        // Text being edited is kept; it is replaced only when it still matches what was loaded.
        boolean edited = savedOriginsText.get() != null && !originsText.get().equals(savedOriginsText.get());
        savedOriginsText.set(serverText);
        if (!edited) {
            originsText.set(serverText);
        }
    }

    private void fail(Throwable failure) {
        error.set(failure instanceof AccountKeys.Refused ? failure.getMessage() : ErrorMessages.describe(failure));
    }

    // ---- state for the view

    public ObservableList<ApiKey> keys() {
        return keys;
    }

    /** Told (title, sentence) whenever a change to the account has finished, e.g. to show a notification. */
    public void onFinished(BiConsumer<String, String> listener) {
        this.finished = listener;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    public StringProperty errorProperty() {
        return error;
    }

    /** A short confirmation of the last action; the view clears it after a few seconds. */
    public StringProperty statusProperty() {
        return status;
    }

    public StringProperty originsTextProperty() {
        return originsText;
    }

    public ObservableList<String> originProblems() {
        return originProblems;
    }

    public BooleanBinding canSaveOriginsBinding() {
        return canSaveOrigins;
    }

    public BooleanBinding atKeyLimitBinding() {
        return atKeyLimit;
    }

    public String keyLimitMessage() {
        return "This account has " + AccountInfo.MAX_API_KEYS + " API keys, the most ACM allows. Delete one to add another.";
    }

    /** Whether the account's keys are known, so that they may be added to, re-dated and deleted. */
    public BooleanProperty keysListedProperty() {
        return keysListed;
    }

    /** What stops changes to the keys, in words, or "" when nothing does. */
    public StringBinding keyNotice() {
        return Bindings.createStringBinding(() -> !keysListed.get() ? AccountKeys.KEYS_NOT_LISTED
                : atKeyLimit.get() ? keyLimitMessage() : "", keysListed, atKeyLimit);
    }

    /** Becomes true when the key the app signs in with was deleted: the app must sign out. */
    public ReadOnlyBooleanProperty signedOutProperty() {
        return signedOut.getReadOnlyProperty();
    }
}
