package com.accountdesk.ui.cratedb;

import com.accountdesk.api.cratedb.CrateCloudClient;
import com.accountdesk.credentials.KeyNames;
import com.accountdesk.model.CrateApiKey;
import com.accountdesk.model.CreatedCrateKey;
import com.accountdesk.ui.common.ErrorMessages;
import com.accountdesk.ui.common.Tasks;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.time.Clock;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.function.Consumer;

/**
 * A CrateDB Cloud user's API keys: list, create, (de)activate, delete, and how long each has
 * before the 90-day inactivity removal. Calls run off the FX thread; state is held as properties.
 */
public final class CrateKeysViewModel {
    private final CrateCloudClient client;
    private final Executor executor;
    private final Clock clock;
    private volatile KeyNames.Scope names;
    private final ObservableList<CrateApiKey> keys = FXCollections.observableArrayList();
    private final ObjectProperty<CrateApiKey> selected = new SimpleObjectProperty<>();
    private final BooleanProperty busy = new SimpleBooleanProperty(false);
    private final StringProperty error = new SimpleStringProperty("");
    private final StringProperty status = new SimpleStringProperty("");
    private final ReadOnlyBooleanWrapper ownKeyGone = new ReadOnlyBooleanWrapper(false);

    public CrateKeysViewModel(CrateCloudClient client, Executor executor, Clock clock) {
        this.client = client;
        this.executor = executor;
        this.clock = clock;
    }

    public ObservableList<CrateApiKey> keys() {
        return keys;
    }

    public ObjectProperty<CrateApiKey> selectedProperty() {
        return selected;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    public StringProperty errorProperty() {
        return error;
    }

    /** What the last action did, e.g. "Key abc… deleted." */
    public StringProperty statusProperty() {
        return status;
    }

    /** True once the key the app signs in with was deactivated or deleted: the session is over. */
    public ReadOnlyBooleanProperty ownKeyGoneProperty() {
        return ownKeyGone.getReadOnlyProperty();
    }

    /** The key Account Desk itself signs in with. */
    public boolean isOwn(CrateApiKey key) {
        return key != null && key.key().equals(client.key());
    }

    public boolean nearRemoval(CrateApiKey key) {
        return key.nearRemoval(clock.instant());
    }

    /** "in 76 days", "in 1 day", "due now", or "unknown". */
    public String removalText(CrateApiKey key) {
        long days = key.daysLeft(clock.instant());
        if (days < 0) {
            return "unknown";
        }
        if (days == 0) {
            return "due now";
        }
        return "in " + days + (days == 1 ? " day" : " days");
    }

    /** A line under the table: how many keys, active, near removal. */
    public StringBinding summary() {
        return Bindings.createStringBinding(() -> {
            long active = keys.stream().filter(CrateApiKey::active).count();
            long soon = keys.stream().filter(this::nearRemoval).count();
            return keys.size() + (keys.size() == 1 ? " key, " : " keys, ") + active + " active"
                    + (soon == 0 ? "" : "; " + soon + " within " + CrateApiKey.REMOVAL_WARNING.toDays() + " days of removal");
        }, keys);
    }

    public void refresh() {
        error.set("");
        Tasks.create(client::keys)
                .busy(busy)
                .onSuccess(this::show)
                .onError(this::fail)
                .runOn(executor);
    }

    /** Creates a key; {@code onCreated} gets it with its secret, which the list never holds. */
    public void create(Consumer<CreatedCrateKey> onCreated) {
        error.set("");
        status.set("");
        Tasks.create(client::createKey)
                .busy(busy)
                .onSuccess(created -> {
                    keys.add(created.key());
                    selected.set(created.key());
                    status.set("Key " + created.key().key() + " created.");
                    onCreated.accept(created);
                })
                .onError(this::fail)
                .runOn(executor);
    }

    public void setActive(CrateApiKey key, boolean active) {
        error.set("");
        status.set("");
        Tasks.create(() -> client.setActive(key.key(), active))
                .busy(busy)
                .onSuccess(updated -> {
                    replace(key, updated);
                    status.set("Key " + key.key() + (updated.active() ? " activated." : " deactivated."));
                    if (isOwn(key) && !updated.active()) {
                        ownKeyGone.set(true);
                    }
                })
                .onError(this::fail)
                .runOn(executor);
    }

    public void delete(CrateApiKey key) {
        error.set("");
        status.set("");
        Tasks.create(() -> {
                    client.deleteKey(key.key());
                    return key;
                })
                .busy(busy)
                .onSuccess(gone -> {
                    keys.removeIf(k -> k.key().equals(gone.key()));
                    status.set("Key " + gone.key() + " deleted.");
                    if (isOwn(gone)) {
                        ownKeyGone.set(true);
                    }
                })
                .onError(this::fail)
                .runOn(executor);
    }

    /** The API's base URL and the region sent, for texts that name them (exports, curl). */
    public String endpoint() {
        return client.base().toString();
    }

    /** The X-Region sent, or "". */
    public String region() {
        return client.region() == null ? "" : client.region();
    }

    /** Keeps the keys' local names in {@code scope} (the signed-in saved account's); null: none are kept. */
    public void useNames(KeyNames.Scope scope) {
        this.names = scope;
    }

    public boolean namesKept() {
        return names != null;
    }

    /** The key's local name, or "". */
    public String name(CrateApiKey key) {
        return names == null ? "" : names.name(key.key());
    }

    /** Names the key {@code key} (its public part) on this computer; a blank name removes it. */
    public void rename(String key, String name) {
        if (names == null) {
            return;
        }
        names.put(key, name);
        for (int i = 0; i < keys.size(); i++) {
            if (keys.get(i).key().equals(key)) {
                keys.set(i, keys.get(i)); // tells the table the row changed
            }
        }
        status.set(name == null || name.isBlank() ? "Key " + key + " has no name now."
                : "Key " + key + " is named \u201c" + name.strip() + "\u201d on this computer.");
    }

    /** How a key is named in questions: its name, if any, and the key. */
    public String describe(CrateApiKey key) {
        String name = name(key);
        return name.isEmpty() ? key.key() : "\u201c" + name + "\u201d (" + key.key() + ")";
    }

    /** The question before deactivating, stronger for the app's own key. */
    public String deactivateWarning(CrateApiKey key) {
        return isOwn(key)
                ? "This is the key Account Desk is signed in with. Once it is deactivated, Account Desk is signed out "
                        + "and every other program using it stops working until it is activated again (from another key)."
                : "Programs using key " + key.key() + " stop working until it is activated again.";
    }

    /** The question before deleting, stronger for the app's own key. */
    public String deleteWarning(CrateApiKey key) {
        return isOwn(key)
                ? "This is the key Account Desk is signed in with. Deleting it signs Account Desk out, and its secret "
                        + "can never be used again. This cannot be undone."
                : "Programs using key " + key.key() + " stop working for good. This cannot be undone.";
    }

    private void show(List<CrateApiKey> loaded) {
        CrateApiKey was = selected.get();
        keys.setAll(loaded);
        if (was != null) {
            selected.set(loaded.stream().filter(k -> k.key().equals(was.key())).findFirst().orElse(null));
        }
    }

    private void replace(CrateApiKey old, CrateApiKey updated) {
        for (int i = 0; i < keys.size(); i++) {
            if (keys.get(i).key().equals(old.key())) {
                keys.set(i, updated);
                selected.set(updated);
                return;
            }
        }
    }

    private void fail(Throwable failure) {
        error.set(ErrorMessages.describe(failure));
    }
}
