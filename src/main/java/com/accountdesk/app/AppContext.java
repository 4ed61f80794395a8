package com.accountdesk.app;

import com.accountdesk.api.Reauthenticator;
import com.accountdesk.io.Settings;
import com.accountdesk.model.Provider;
import com.accountdesk.model.Secret;
import com.accountdesk.session.Accounts;
import com.accountdesk.session.DiskThresholds;
import com.accountdesk.session.KeyWarnings;
import com.accountdesk.session.Session;
import com.accountdesk.api.HttpTransport;
import com.accountdesk.credentials.InMemorySecretStore;
import com.accountdesk.keys.KeyNames;
import com.accountdesk.keys.RotationStore;
import com.accountdesk.credentials.Profile;
import com.accountdesk.credentials.ProfileStore;
import com.accountdesk.credentials.SecretStore;
import com.accountdesk.credentials.SecretStoreOnFirstUse;
import com.accountdesk.credentials.SecretStores;
import com.accountdesk.ui.connect.SignInAgainDialog;
import com.accountdesk.sandbox.SandboxServer;
import com.accountdesk.ui.connect.ConnectController;
import com.accountdesk.ui.connect.ConnectViewModel;
import com.accountdesk.ui.main.MainController;
import com.accountdesk.ui.common.Notifier;
import com.accountdesk.ui.common.SecretClipboard;
import com.accountdesk.ui.common.SystemColorScheme;
import com.accountdesk.ui.common.Theme;
import com.accountdesk.ui.common.ThemeChoice;
import com.accountdesk.ui.settings.DiskThresholdsSection;
import com.accountdesk.ui.settings.DiskThresholdsViewModel;
import com.accountdesk.ui.settings.KeyWarningsSection;
import com.accountdesk.ui.common.AppInfo;
import com.accountdesk.ui.common.AppIcons;
import com.accountdesk.ui.common.Background;
import com.accountdesk.ui.common.DialogService;
import com.accountdesk.ui.common.UiServices;
import com.accountdesk.ui.common.AppWindows;
import com.accountdesk.ui.connect.LocalSandbox;
import com.accountdesk.ui.connect.SessionRenewal;
import com.accountdesk.ui.main.Navigation;
import com.accountdesk.ui.settings.SandboxFaults;
import com.accountdesk.sandbox.state.DemoAccount;
import com.accountdesk.sandbox.state.Hashes;
import com.accountdesk.sandbox.state.StateData;
import com.accountdesk.sandbox.http.FaultInjector;
import com.accountdesk.ui.settings.SavedAccountsSection;
import com.accountdesk.ui.settings.SavedAccountsViewModel;
import com.accountdesk.ui.settings.KeyWarningsViewModel;
import com.accountdesk.ui.common.Texts;
import com.accountdesk.ui.settings.SettingsController;
import com.accountdesk.ui.settings.SettingsViewModel;
import javafx.application.Platform;
import javafx.scene.Parent;
import javafx.scene.input.Clipboard;
import javafx.scene.layout.StackPane;
import javafx.util.Duration;
import javafx.scene.Scene;
import javafx.stage.Stage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The composition root: the one place the object graph is built (HTTP transport, background
 * executor, settings, secrets, the embedded sandbox when no endpoint is configured, the window
 * service) and the switch between the connect and main views. It hands out what each part uses,
 * never itself.
 */
public final class AppContext implements AutoCloseable {
    private static final Logger LOG = Logger.getLogger(AppContext.class.getName());
    public static final String APP_NAME = "Account Desk";

    private final AppConfig config;
    /** Built at the first sign-in: its class alone loads Jackson and OkHttp, which the first frame does without. */
    private HttpTransport http;
    private final ExecutorService executor;
    private final CompletableFuture<SandboxServer> sandbox;
    private final Settings settings;
    private final SecretStoreOnFirstUse secrets;
    private final Theme theme;
    private final Notifier notifier;
    private final AppWindows windows;
    private final AtomicBoolean closed = new AtomicBoolean();
    private SecretClipboard clipboard;
    private Accounts accounts;
    private KeyNames keyNames;
    private RotationStore rotations;
    private Stage stage;
    private final StackPane viewHolder = new StackPane();
    private Stage settingsStage;
    private SettingsController settingsWindow;
    private ScheduledExecutorService reminders;

    private AppContext(AppConfig config, ExecutorService executor,
                       CompletableFuture<SandboxServer> sandbox, Settings settings, SecretStoreOnFirstUse secrets) {
        this.config = config;
        this.secrets = secrets;
        this.settings = settings;
        this.executor = executor;
        this.sandbox = sandbox;
        this.theme = new Theme(settings);
        this.notifier = new Notifier(() -> stage);
        this.windows = new AppWindows(settings, () -> stage);
        // Settings that cannot be saved are kept for this run; the user hears of it once.
        settings.onSaveFailure(file -> Platform.runLater(() -> notifier.warning(stage,
                Texts.get("common.settingsNotSaved.title"), Texts.get("common.settingsNotSaved", file))));
    }

    public static AppContext create(AppConfig config) {
        AtomicInteger n = new AtomicInteger();
        ExecutorService executor = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "account-desk-worker-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        // The sandbox starts once the first frame is drawn (see show), so the window does not wait for it.
        CompletableFuture<SandboxServer> sandbox = config.usesSandbox()
                ? new CompletableFuture<>()
                : CompletableFuture.completedFuture(null);
        Settings settings = new Settings(config.settingsFile());
        // Runs that keep settings in memory (tests) keep secrets in memory too; real runs use the
        // keyring, or a user-only file beside the settings where there is none.
        SecretStoreOnFirstUse secrets = new SecretStoreOnFirstUse(() -> config.settingsFile() == null ? new InMemorySecretStore()
                : SecretStores.open(config.settingsFile().toAbsolutePath().getParent()));
        return new AppContext(config, executor, sandbox, settings, secrets);
    }

    private SandboxServer startSandbox() {
        try {
            return EmbeddedSandbox.start(config, settings);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the sandbox", e);
        }
    }

    public AppConfig config() {
        return config;
    }

    public synchronized HttpTransport http() {
        if (http == null) {
            http = new HttpTransport();
        }
        return http;
    }

    public ExecutorService executor() {
        return executor;
    }

    /**
     * The embedded sandbox, started once the first window has been drawn; completes with null when a
     * real endpoint is configured.
     */
    public CompletableFuture<SandboxServer> sandbox() {
        return sandbox;
    }

    public Settings settings() {
        return settings;
    }

    /** Where saved keys and secrets are kept: the keyring or the file, chosen at the first call. */
    public SecretStore secrets() {
        return secrets.store();
    }

    /** The saved accounts (profiles, beside the settings file) and signing in to them. */
    public synchronized Accounts accounts() {
        if (accounts == null) {
            ProfileStore store = new ProfileStore(config.settingsFile() == null ? null
                    : config.settingsFile().resolveSibling(ProfileStore.FILE_NAME));
            accounts = new Accounts(this::http, store, secrets, settings, config.endpoint());
            SignInAgainDialog signInAgain = new SignInAgainDialog(windows::active);
            // A class, not a lambda: a lambda's signature (HttpUrl) would load OkHttp before the first frame.
            accounts.setRenewal(new Accounts.Renewal() {
                @Override
                public Reauthenticator of(okhttp3.HttpUrl base, Profile profile,
                                                             Consumer<Secret> onNewKey) {
                    return new SessionRenewal(base, profile.usesAcmApiKey(), profile.login(), http(), signInAgain, onNewKey);
                }
            });
            accounts.setOnForget(profile -> keyNames().forget(profile.id()));
        }
        return accounts;
    }

    /** Local names of API keys, per saved account (beside the profiles; in memory when the settings are). */
    public synchronized KeyNames keyNames() {
        if (keyNames == null) {
            keyNames = new KeyNames(config.settingsFile() == null ? null : config.settingsFile().resolveSibling(KeyNames.FILE_NAME));
        }
        return keyNames;
    }

    /** Key rotations under way, in the data folder beside the sandbox's state (in memory when the settings are). */
    private synchronized RotationStore rotations() {
        if (rotations == null) {
            Path beside = config.sandboxState() != null ? config.sandboxState() : config.settingsFile();
            rotations = new RotationStore(config.settingsFile() == null ? null : beside.resolveSibling(RotationStore.FILE_NAME));
        }
        return rotations;
    }

    /** The clipboard for keys and tokens: cleared after the configured delay and on quit. */
    public SecretClipboard clipboard() {
        if (clipboard == null) {
            clipboard = new SecretClipboard(Clipboard.getSystemClipboard(), SecretClipboard.clearAfter(settings));
        }
        return clipboard;
    }

    public Stage stage() {
        return stage;
    }

    /** The light/dark look of every window; the user's choice is kept in the settings. */
    public Theme theme() {
        return theme;
    }

    /** Notifications for finished background work. */
    public Notifier notifier() {
        return notifier;
    }

    /** The one place windows are opened and dressed. */
    public AppWindows windows() {
        return windows;
    }

    /** What the windows of a signed-in account share. */
    private UiServices uiServices() {
        return new UiServices(background(), DialogService.over(windows::active), settings, clipboard(), notifier,
                windows, theme, new AppInfo(AppVersion.NAME, AppVersion.line(), AppDirs.logDir()), accounts(), keyNames(),
                rotations());
    }

    /** Where the embedded sandbox answers for a cloud, once it has started (waited for: called in the background); else null. */
    private String sandboxBase(Provider provider) {
        try {
            SandboxServer server = sandbox.get(30, TimeUnit.SECONDS);
            return server == null ? null : provider == Provider.CRATEDB ? server.crateBaseUrl() : server.acmBaseUrl();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        } catch (ExecutionException | TimeoutException e) {
            return null;
        }
    }

    /** The sandbox as the sign-in screen sees it: its URLs and demo sign-in. */
    private CompletableFuture<LocalSandbox> localSandbox() {
        return sandbox.thenApply(server -> server == null ? null : new LocalSandbox(server.acmBaseUrl(),
                server.crateBaseUrl(), DemoAccount.LOGIN, DemoAccount.PASSWORD,
                DemoAccount.TWO_FACTOR_LOGIN, DemoAccount.TWO_FACTOR_CODE, DemoAccount.CRATE_KEY, DemoAccount.CRATE_SECRET));
    }

    /** Work off the FX thread, outcome on it: what every view-model is given. */
    private Background background() {
        return Background.on(executor);
    }

    /** A connect screen told of the sandbox: now when its start is settled, else on the FX thread once it is. */
    private ConnectViewModel connectViewModel(boolean savedAccountsLater) {
        ConnectViewModel viewModel = savedAccountsLater ? ConnectViewModel.withSavedAccountsLater(accounts(), background())
                : new ConnectViewModel(accounts(), background());
        CompletableFuture<LocalSandbox> local = localSandbox();
        if (local.isDone()) {
            tellSandbox(viewModel, local);
        } else {
            local.whenComplete((server, failure) -> Platform.runLater(() -> tellSandbox(viewModel, local)));
        }
        return viewModel;
    }

    private static void tellSandbox(ConnectViewModel viewModel, CompletableFuture<LocalSandbox> local) {
        try {
            viewModel.sandboxStarted(local.join());
        } catch (CompletionException | CancellationException failure) {
            viewModel.sandboxFailed(failure.getCause() == null ? failure : failure.getCause());
        }
    }

    /** The sandbox's fault injection as the Settings window changes it. */
    private static SandboxFaults faultsOf(SandboxServer server) {
        FaultInjector injector = server.faults();
        return new SandboxFaults() {
            @Override
            public Rates rates() {
                FaultInjector.Rates r = injector.rates();
                return new Rates(r.latency(), r.failRate(), r.dropRate(), r.malformedRate(), r.hugeRate());
            }

            @Override
            public void setRates(Rates r) {
                injector.setRates(new FaultInjector.Rates(r.latency(), r.failRate(), r.dropRate(), r.malformedRate(), r.hugeRate()));
            }

            @Override
            public Secret keyExpiringSoon() {
                String key = Hashes.randomToken(40);
                long now = Instant.now().getEpochSecond();
                server.state().write(d -> d.acm.tokens.add(new StateData.AcmToken(key, now, now + DEMO_KEY_LIFETIME.toSeconds())));
                return Secret.of(key);
            }
        };
    }

    /** Where the main window can take the user. */
    private Navigation navigation() {
        return new Navigation() {
            @Override
            public List<Profile> savedAccounts() {
                return accounts().profiles();
            }

            @Override
            public void switchTo(Profile profile) {
                AppContext.this.switchTo(profile);
            }

            @Override
            public void signOut() {
                showConnect();
            }

            @Override
            public void show(Session session) {
                showMain(session);
            }

            @Override
            public void openSettings() {
                AppContext.this.openSettings();
            }
        };
    }

    static final double MAIN_WIDTH = 1180;
    static final double MAIN_HEIGHT = 780;

    /** Shows the connect view in {@code stage}; called once, on the FX thread. */
    public void show(Stage stage) {
        AppLogging.keepToolkitTextOutOfLogs();
        this.stage = stage;
        theme.start(executor, SystemColorScheme.ofThisComputer());
        stage.setTitle(APP_NAME);
        stage.setMinWidth(720);
        stage.setMinHeight(480);
        // Room for the sign-in card and, after it, both panes with a cluster's details; never more
        // than the screen (ScreenFit, applied by dressing the window).
        stage.setScene(new Scene(viewHolder, MAIN_WIDTH, MAIN_HEIGHT));
        windows.dressWithoutIcon(stage, "main"); // its icon once the first frame is drawn
        // The saved accounts (Jackson), the keyring (JNA) and the sandbox (OkHttp's types) wait for the
        // first frame: the connect screen is drawn first, then filled in.
        ConnectViewModel viewModel = connectViewModel(true);
        showView(new ConnectController(viewModel, this::showMain).view());
        FirstFrame.then(stage, () -> {
            if (executor.isShutdown()) {
                return;
            }
            AppLogging.firstFrameDrawn(); // the log files open now
            AppIcons.applyTo(stage);
            try {
                // At start the account used last opens: signed in with its saved secret, else filled in.
                viewModel.loadSavedAccounts(this::showMain);
                if (!sandbox.isDone()) {
                    sandbox.completeAsync(this::startSandbox, executor);
                }
                // Damaged files were set aside at start: say so, once the window is there to show it
                // (the saved accounts are read off the FX thread).
                CompletableFuture.supplyAsync(() -> List.of(settings.notice(), accounts().profilesNotice(),
                                keyNames().notice(), rotations().notice()), executor)
                        .thenAccept(notices -> Platform.runLater(() -> notices.stream().filter(n -> !n.isEmpty())
                                .forEach(notice -> notifier.warning(stage, Texts.get("common.damagedFile.title"), notice))));
            } catch (RejectedExecutionException closedMeanwhile) {
                LOG.log(Level.FINE, "closed before its first frame's work could start", closedMeanwhile);
            }
            startReminders();
        });
        stage.show();
    }

    /**
     * Every saved account checked in the background, now (after the first frame) and then daily:
     * one notification for keys expiring soon or refused; clicking it opens the first account listed.
     */
    private void startReminders() {
        if (executor.isShutdown() || !KeyWarnings.remindersOn(settings)) {
            return;
        }
        reminders = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "account-desk-reminder");
            t.setDaemon(true);
            return t;
        });
        reminders.scheduleWithFixedDelay(new Runnable() {
            private CredentialReminder reminder;

            @Override
            public void run() {
                if (!KeyWarnings.remindersOn(settings)) {
                    return; // turned off meanwhile
                }
                try {
                    if (reminder == null) {
                        // Made here, off the FX thread: the accounts are read and the check's client loads OkHttp.
                        Clock clock = Clock.systemUTC();
                        reminder = new CredentialReminder(() -> accounts().profiles(),
                                new AccountHealth(accounts(), http(), clock, AppContext.this::sandboxBase),
                                () -> KeyWarnings.warning(settings), () -> DiskThresholds.of(settings).redPercent(), clock);
                    }
                    reminder.check().ifPresent(r -> Platform.runLater(() -> notifier.remind(stage,
                            new Notifier.Notice(Notifier.Kind.WARNING, r.title(), r.text()), () -> switchTo(r.first()))));
                } catch (RuntimeException e) {
                    LOG.log(Level.WARNING, "the reminder could not check the saved accounts", e);
                }
            }
        }, 0, CredentialReminder.INTERVAL.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Opens the Settings window (one at a time); returns its controller so features can add sections. */
    public SettingsController openSettings() {
        if (settingsStage != null && settingsStage.isShowing()) {
            settingsStage.toFront();
            return settingsWindow;
        }
        SandboxServer server = sandbox.isDone() && !sandbox.isCompletedExceptionally() ? sandbox.join() : null;
        settingsWindow = new SettingsController(new SettingsViewModel(settings, secrets(), server == null ? null : faultsOf(server), AppDirs.logDir()));
        settingsWindow.copySecretsWith(clipboard()::copy);
        // Below "Saved credentials": what is kept on this computer, then how the app looks.
        settingsWindow.addSection(1, Texts.get("settings.savedAccounts.title"), new SavedAccountsSection(
                new SavedAccountsViewModel(accounts(), background(), DialogService.over(() -> settingsStage))).view());
        settingsWindow.addSection(2, Texts.get("settings.appearance.title"), ThemeChoice.buttons(theme));
        settingsWindow.addSection(3, Texts.get("settings.keyWarnings.title"), new KeyWarningsSection(new KeyWarningsViewModel(settings)).view());
        settingsWindow.addSection(4, Texts.get("settings.disk.title"), new DiskThresholdsSection(new DiskThresholdsViewModel(settings)).view());
        settingsStage = settingsWindow.show(windows);
        return settingsWindow;
    }

    /** The connect view, empty: after signing out, or to add an account. */
    public void showConnect() {
        ConnectViewModel viewModel = connectViewModel(false);
        showView(new ConnectController(viewModel, this::showMain).view());
        stage.setTitle(APP_NAME);
    }

    /**
     * Switches to a saved account: signs in with its saved secret, on the connect view so progress
     * and any error show there; with no saved secret the view waits, filled in, for it.
     */
    public void switchTo(Profile profile) {
        ConnectController controller = new ConnectController(connectViewModel(false), this::showMain);
        showView(controller.view());
        stage.setTitle(APP_NAME);
        controller.openAndConnect(profile);
    }

    public void showMain(Session session) {
        MainController main = new MainController(session, uiServices(), navigation());
        showView(main.view());
        main.start();
        stage.setTitle(session.sandbox() ? Texts.get("main.windowTitle.sandbox", APP_NAME, session.displayName())
                : Texts.get("main.windowTitle", APP_NAME, session.displayName()));
    }

    /**
     * Shows {@code view} in the main window. The scene keeps one root and the views take turns in
     * it: JavaFX keeps what it learnt matching the stylesheets' selectors per scene root, so a new
     * root at each sign-in had every node of the main window matched afresh.
     */
    private void showView(Parent view) {
        viewHolder.getChildren().setAll(view);
    }

    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return; // closed already (a test's own quit, then its clean-up)
        }
        if (clipboard != null) {
            // A copied key must not outlive the app on the clipboard.
            if (Platform.isFxApplicationThread()) {
                clipboard.clearNow();
            } else {
                Platform.runLater(clipboard::clearNow);
            }
        }
        if (reminders != null) {
            reminders.shutdownNow();
        }
        windows.close();
        executor.shutdownNow();
        try {
            executor.awaitTermination(2, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        sandbox.thenAccept(server -> {
            if (server != null) {
                server.close();
            }
        }).exceptionally(e -> {
            LOG.log(Level.FINE, "sandbox was not running", e);
            return null;
        });
    }
}
