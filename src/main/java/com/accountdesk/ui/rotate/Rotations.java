package com.accountdesk.ui.rotate;

import com.accountdesk.keys.KeyRotation;
import com.accountdesk.model.ApiKey;
import com.accountdesk.model.CrateApiKey;
import com.accountdesk.session.Session;
import com.accountdesk.ui.common.Texts;
import com.accountdesk.ui.common.AppWindows;
import com.accountdesk.ui.common.UiServices;
import com.accountdesk.ui.keys.KeyActions;
import com.accountdesk.ui.keys.KeyWiring;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.stage.Stage;
import javafx.stage.Window;

import java.time.Clock;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Opens key rotations for the signed-in account. The main window holds one ({@link #install}); the
 * key tables (in the main window or a window it owns) reach it with {@link #rotate}, so their hook
 * is a single line. One rotation window per account at a time.
 */
public final class Rotations {
    private static final String PROPERTY = Rotations.class.getName();
    private static final String ACCOUNT_PROPERTY = Rotations.class.getName() + ".account";

    private final Session session;
    private final UiServices services;
    private final Consumer<Session> onAppKeyChanged;
    private final Runnable refreshKeyTables;

    /**
     * @param onAppKeyChanged  the app goes on with this session (the key it signs in with was changed)
     * @param refreshKeyTables reloads the key tables on show, after a step changed the keys
     */
    public Rotations(Session session, UiServices services, Consumer<Session> onAppKeyChanged, Runnable refreshKeyTables) {
        this.session = Objects.requireNonNull(session, "session");
        this.services = Objects.requireNonNull(services, "services");
        this.onAppKeyChanged = Objects.requireNonNull(onAppKeyChanged, "onAppKeyChanged");
        this.refreshKeyTables = Objects.requireNonNull(refreshKeyTables, "refreshKeyTables");
    }

    /** Makes this the rotations of {@code window} and the windows it owns. */
    public void install(Window window) {
        window.getProperties().put(PROPERTY, this);
    }

    /** The key table's "Rotate…": rotates {@code key} (nothing when none is selected). */
    public static void rotate(Node from, ApiKey key) {
        if (key != null) {
            of(from).ifPresent(r -> r.open(vm -> vm.begin(key)));
        }
    }

    /** The key table's "Rotate…": rotates {@code key} (nothing when none is selected). */
    public static void rotate(Node from, CrateApiKey key) {
        if (key != null) {
            of(from).ifPresent(r -> r.open(vm -> vm.begin(key)));
        }
    }

    /** When a key table opens: a rotation left unfinished is offered to be continued or undone. */
    public void offerPending() {
        if (showing().isPresent()) {
            return;
        }
        RotationViewModel vm = viewModel();
        if (vm.pending()) {
            vm.resume(() -> show(vm));
        }
    }

    private void open(Consumer<RotationViewModel> begin) {
        Optional<Stage> open = showing();
        if (open.isPresent()) {
            open.get().toFront();
            return;
        }
        RotationViewModel vm = viewModel();
        if (vm.pending()) {
            // One rotation per account: an unfinished one comes first.
            vm.resume(() -> show(vm));
        } else {
            begin.accept(vm);
            show(vm);
        }
    }

    private RotationViewModel viewModel() {
        Window main = services.windows().main();
        KeyActions actions = KeyWiring.actions(services, () -> showing().map(Window.class::cast).orElse(main));
        RotationViewModel vm = new RotationViewModel(session, services.accounts(), services.rotations(),
                services.background(), actions, Clock.systemUTC());
        if (session.profile() != null) {
            vm.useNames(services.keyNames().of(session.profile().id()));
        }
        vm.onAppKeyChanged(onAppKeyChanged);
        // After the app moved to another key, the tables of this (old) main window are gone: reload the current ones.
        vm.onKeysChanged(() -> current().ifPresent(r -> r.refreshKeyTables.run()));
        return vm;
    }

    private void show(RotationViewModel vm) {
        Stage[] stage = new Stage[1];
        RotationController controller = new RotationController(vm, () -> stage[0].close());
        // As tall as the first step; it grows when a step shows more rows (new key, secret, copy, status, error).
        Scene scene = new Scene(controller.view(), 680, -1);
        stage[0] = services.windows().open(services.windows().main(), "rotation", Texts.get("rotate.window.title", session.displayName()), scene);
        stage[0].getProperties().put(ACCOUNT_PROPERTY, KeyRotation.accountOf(session));
        stage[0].setOnHidden(e -> controller.forget());
        stage[0].setOnCloseRequest(e -> {
            if (!vm.mayClose()) {
                e.consume();
            }
        });
        stage[0].setMinWidth(560);
        stage[0].setMinHeight(200);
        AppWindows.growToFit(stage[0]);
        stage[0].show();
    }

    /** The rotation window of this account, if one is open. */
    private Optional<Stage> showing() {
        String account = KeyRotation.accountOf(session);
        return Window.getWindows().stream()
                .filter(w -> w instanceof Stage && w.isShowing() && account.equals(w.getProperties().get(ACCOUNT_PROPERTY)))
                .map(Stage.class::cast).findFirst();
    }

    /** The rotations installed on the main window now (a new one after the app moved to another key). */
    private Optional<Rotations> current() {
        Window main = services.windows().main();
        return main == null ? Optional.empty() : Optional.ofNullable((Rotations) main.getProperties().get(PROPERTY));
    }

    private static Optional<Rotations> of(Node from) {
        Window window = from.getScene() == null ? null : from.getScene().getWindow();
        while (window != null) {
            if (window.getProperties().get(PROPERTY) instanceof Rotations rotations) {
                return Optional.of(rotations);
            }
            window = window instanceof Stage stage ? stage.getOwner() : null;
        }
        return Optional.empty();
    }
}
