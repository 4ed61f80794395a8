package com.accountdesk.ui.cratedb;

import com.accountdesk.keys.CrateKeys;
import com.accountdesk.keys.KeyNames;
import com.accountdesk.model.CrateApiKey;
import com.accountdesk.model.CreatedCrateKey;
import com.accountdesk.ui.keys.KeyActions;
import com.accountdesk.ui.common.CredentialExports;
import com.accountdesk.ui.common.ListRefresh;
import com.accountdesk.ui.common.ErrorMessages;
import com.accountdesk.ui.common.Texts;
import com.accountdesk.ui.keys.ExportNames;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.function.Consumer;

/**
 * A CrateDB Cloud user's API keys: list, create, (de)activate, delete, and how long each has
 * before the 90-day inactivity removal. Calls go through {@link CrateKeys} off the FX thread
 * (through {@link KeyActions}, as ACM's keys do). Deactivating and deleting ask first, and losing
 * the key the app signs in with says so and ends the session.
 */
public final class CrateKeysViewModel {
    private final CrateKeys service;
    private final KeyActions actions;
    private final Clock clock;
    private volatile KeyNames.Scope names;
    private final ObservableList<CrateApiKey> keys = FXCollections.observableArrayList();
    private final ObjectProperty<CrateApiKey> selected = new SimpleObjectProperty<>();

    public CrateKeysViewModel(CrateKeys service, KeyActions actions, Clock clock) {
        this.service = service;
        this.actions = actions;
        this.clock = clock;
    }

    public ObservableList<CrateApiKey> keys() {
        return keys;
    }

    public ObjectProperty<CrateApiKey> selectedProperty() {
        return selected;
    }

    public BooleanProperty busyProperty() {
        return actions.busyProperty();
    }

    public StringProperty errorProperty() {
        return actions.errorProperty();
    }

    /** What the last action did, e.g. "Key abc… deleted."; it fades by itself. */
    public ReadOnlyStringProperty statusProperty() {
        return actions.statusProperty();
    }

    /** True once the key the app signs in with was deactivated or deleted: the session is over. */
    public ReadOnlyBooleanProperty ownKeyGoneProperty() {
        return actions.ownKeyGoneProperty();
    }

    /** The key Account Desk itself signs in with. */
    public boolean isOwn(CrateApiKey key) {
        return key != null && key.key().equals(service.ownKey());
    }

    public boolean nearRemoval(CrateApiKey key) {
        return key.nearRemoval(clock.instant());
    }

    /** "in 76 days", "in 1 day", "due now", or "unknown". */
    public String removalText(CrateApiKey key) {
        long days = key.daysLeft(clock.instant());
        if (days < 0) {
            return Texts.get("cratedb.keys.removal.unknown");
        }
        if (days == 0) {
            return Texts.get("cratedb.keys.removal.now");
        }
        return Texts.get("cratedb.keys.removal.in", days);
    }

    /** A line under the table: how many keys, active, near removal. */
    public StringBinding summary() {
        return Bindings.createStringBinding(() -> {
            long active = keys.stream().filter(CrateApiKey::active).count();
            long soon = keys.stream().filter(this::nearRemoval).count();
            return soon == 0 ? Texts.get("cratedb.keys.summary", keys.size(), active)
                    : Texts.get("cratedb.keys.summarySoon", keys.size(), active, soon, CrateApiKey.REMOVAL_WARNING.toDays());
        }, keys);
    }

    /** Reads the keys (F5, and when a view of them is first shown). */
    public void refresh() {
        actions.read(service::list, this::show);
    }

    /** Creates a key; {@code onCreated} gets it with its secret (to show once), which the list never holds. */
    public void create(Consumer<CreatedCrateKey> onCreated) {
        if (busyProperty().get()) {
            return;
        }
        Set<String> before = keys.stream().map(CrateApiKey::key).collect(Collectors.toSet());
        actions.change(Texts.get("cratedb.keys.created.title"), service::create, created -> {
            keys.add(created.key());
            selected.set(created.key());
            onCreated.accept(created);
        }, created -> Texts.get("cratedb.keys.created", created.key().key()), // the public part only, never the secret
                failure -> {
                    if (ErrorMessages.answerNeverCame(failure)) {
                        actions.reload(service::list, loaded -> pointOutLostKey(before, loaded));
                    }
                });
    }

    /**
     * After a create whose answer never came: a key the list now has that it did not have before was
     * made, its secret lost with the answer; it is selected and named, so it can be deleted.
     */
    private void pointOutLostKey(Set<String> before, List<CrateApiKey> loaded) {
        show(loaded);
        CrateApiKey made = loaded.stream().filter(k -> !before.contains(k.key())).findFirst().orElse(null);
        if (made == null) {
            actions.refuse(Texts.get("cratedb.keys.createNotMade"));
            return;
        }
        selected.set(made);
        actions.refuse(Texts.get("cratedb.keys.createdLost", made.key()));
    }

    /**
     * Copies a new key's secret, alone ({@code kind} null) or as croud, the shell or curl take it;
     * the clipboard takes it off again after a while. Returns the sentence that says so.
     */
    public String copySecret(CreatedCrateKey created, CredentialExports.Kind kind) {
        if (kind == null) {
            return actions.copy(created.secret(), Texts.get("cratedb.keys.copiedSecret", created.key().key()));
        }
        String region = service.region() == null ? "" : service.region();
        return actions.copy(CredentialExports.crate(kind, service.endpoint(), created.key().key(), created.secret(), region),
                Texts.get("cratedb.keys.copiedSecretAs", created.key().key(), ExportNames.crate(kind)));
    }

    /** Activates an inactive key at once; deactivates an active one after asking. */
    public void toggleActive(CrateApiKey key) {
        if (key == null || busyProperty().get()) {
            return;
        }
        if (key.active() && !actions.confirm(KeyActions.Loss.DEACTIVATE, isOwn(key), describe(key),
                Texts.get("cratedb.keys.deactivate.consequence", key.key()))) {
            return;
        }
        boolean active = !key.active();
        actions.change(active ? Texts.get("cratedb.keys.activated.title") : Texts.get("cratedb.keys.deactivated.title"),
                () -> service.setActive(key.key(), active), updated -> {
                    replace(key, updated);
                    if (isOwn(key) && !updated.active()) {
                        actions.ownKeyGone();
                    }
                }, updated -> updated.active() ? Texts.get("cratedb.keys.activated", key.key())
                        : Texts.get("cratedb.keys.deactivated", key.key()));
    }

    /** Deletes a key after asking. */
    public void delete(CrateApiKey key) {
        if (key == null || busyProperty().get()) {
            return;
        }
        boolean own = isOwn(key);
        if (!actions.confirm(KeyActions.Loss.DELETE, own, describe(key), Texts.get("cratedb.keys.delete.consequence", key.key()))) {
            return;
        }
        actions.change(Texts.get("cratedb.keys.deleted.title"), () -> {
            service.delete(key.key());
            return key;
        }, gone -> {
            keys.removeIf(k -> k.key().equals(gone.key()));
            if (own) {
                actions.ownKeyGone();
            }
        }, gone -> Texts.get("cratedb.keys.deleted", gone.key()));
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
        actions.say(name == null || name.isBlank() ? Texts.get("cratedb.keys.unnamed", key)
                : Texts.get("cratedb.keys.named", key, name.strip()));
    }

    /** How a key is named in questions: its name, if any, and the key. */
    public String describe(CrateApiKey key) {
        String name = name(key);
        return name.isEmpty() ? key.key() : Texts.get("cratedb.keys.described", name, key.key());
    }

    private void show(List<CrateApiKey> loaded) {
        CrateApiKey was = selected.get();
        ListRefresh.into(keys, loaded, CrateApiKey::key);
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
}
