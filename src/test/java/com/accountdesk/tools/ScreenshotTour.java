package com.accountdesk.tools;

import com.accountdesk.app.AppConfig;
import com.accountdesk.app.AppContext;
import com.accountdesk.sandbox.state.DemoAccount;
import com.accountdesk.ui.common.ThemeMode;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.TableView;
import javafx.scene.control.TextInputControl;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;

/**
 * Takes the screenshots of README.md and docs/ from the real app: starts it on a fresh in-memory
 * sandbox, signs in through the connect screen as a user would, and saves each window's scene as a
 * PNG. Run by {@code packaging/screenshots.sh} under Xvfb; the first argument is the folder to write to.
 */
public final class ScreenshotTour {
    private static Path outDir = Path.of("docs/screenshots");
    private static AppContext app;

    private ScreenshotTour() {
    }

    /** Not an Application itself, so JavaFX on the class path starts (as with the app's Launcher). */
    public static void main(String[] args) {
        if (args.length > 0) {
            outDir = Path.of(args[0]);
        }
        Application.launch(Tour.class, args);
    }

    /** The app under the tour's control: started as the app starts, then driven from a thread of the tour. */
    public static final class Tour extends Application {
        @Override
        public void start(Stage stage) {
            app = AppContext.create(AppConfig.freshSandboxInMemory().withSandboxProvisioningDelay(java.time.Duration.ofSeconds(2)));
            app.theme().setMode(ThemeMode.LIGHT);
            app.show(stage); // at the size a user gets: the screenshots show real windows at their real size
            Thread tour = new Thread(() -> {
                int code = 0;
                try {
                    tour();
                } catch (Throwable e) {
                    e.printStackTrace();
                    code = 1;
                }
                int exit = code;
                Platform.runLater(() -> {
                    app.close();
                    Platform.exit();
                    System.exit(exit);
                });
            }, "screenshot-tour");
            tour.setDaemon(true);
            tour.start();
        }
    }

    private static void tour() throws Exception {
        Files.createDirectories(outDir);
        Scene scene = fx(() -> app.stage().getScene());
        waitFor(() -> !((TextInputControl) scene.lookup("#endpointField")).getText().isEmpty());
        fx(() -> {
            ((TextInputControl) scene.lookup("#loginField")).setText(DemoAccount.LOGIN);
            ((TextInputControl) scene.lookup("#passwordField")).setText(DemoAccount.PASSWORD);
            scene.lookup("#passwordField").requestFocus();
            return null;
        });
        shoot(scene, "connect-light.png");
        fx(() -> app.theme().setMode(ThemeMode.DARK));
        shoot(scene, "connect-dark.png");
        fx(() -> app.theme().setMode(ThemeMode.LIGHT));

        // The second step of a two-factor sign-in, then back to the demo user (which starts over).
        fx(() -> {
            ((TextInputControl) scene.lookup("#loginField")).setText(DemoAccount.TWO_FACTOR_LOGIN);
            ((TextInputControl) scene.lookup("#passwordField")).setText(DemoAccount.PASSWORD);
            ((ButtonBase) scene.lookup("#connectButton")).fire();
            return null;
        });
        waitFor(() -> scene.lookup("#codeBox").isVisible() && scene.lookup("#codeField").isFocused());
        shoot(scene, "connect-verification-code.png");
        fx(() -> {
            ((TextInputControl) scene.lookup("#loginField")).setText(DemoAccount.LOGIN);
            ((TextInputControl) scene.lookup("#passwordField")).setText(DemoAccount.PASSWORD);
            return null;
        });

        fx(() -> {
            ((ButtonBase) scene.lookup("#connectButton")).fire();
            return null;
        });
        waitFor(() -> scene.lookup("#table") instanceof TableView<?> t && !t.getItems().isEmpty());
        // The first environment chosen, so the clusters pane below shows its clusters.
        fx(() -> ((TableView<?>) scene.lookup("#table")).getSelectionModel().select(0));
        waitFor(() -> scene.lookup("#clustersProgress") != null && !scene.lookup("#clustersProgress").isVisible());
        shoot(scene, "main-light.png");
        long switchNanos = fx(() -> {
            long start = System.nanoTime();
            app.theme().setMode(ThemeMode.DARK);
            scene.getRoot().applyCss();
            scene.getRoot().layout();
            return System.nanoTime() - start;
        });
        System.out.printf("theme switch (CSS and layout of the main window): %.1f ms%n", switchNanos / 1e6);
        shoot(scene, "main-dark.png");
        fx(() -> app.theme().setMode(ThemeMode.LIGHT));
        myAccount(scene);
        launchWizard(scene);
        clusterDetails(scene);
        clusterWindows(scene);

        if (Boolean.getBoolean("tour.extra")) {
            fx(() -> ((TextInputControl) scene.lookup("#searchField")).setText("no-such-environment"));
            shoot(scene, "main-empty-search.png");
            fx(() -> ((TextInputControl) scene.lookup("#searchField")).setText(""));
        }
        Scene settings = fx(() -> app.openSettings().view().getScene());
        shoot(settings, "settings.png");
        fx(() -> {
            settings.getWindow().hide();
            return null;
        });
        crateDb(scene);
        if (Boolean.getBoolean("tour.notification")) {
            fx(() -> app.notifier().success(null, "API key created", "Copy it now: it is shown only once."));
            settle();
            javafx.stage.Window popup = fx(() -> javafx.stage.Window.getWindows().stream()
                    .filter(w -> w instanceof javafx.stage.PopupWindow && w.isShowing()).findFirst().orElseThrow());
            shoot(popup.getScene(), "notification-light.png");
            fx(() -> app.theme().setMode(ThemeMode.DARK));
            shoot(popup.getScene(), "notification-dark.png");
            fx(() -> app.theme().setMode(ThemeMode.LIGHT));
        }
    }


    /** A CrateDB Cloud account (the sandbox's demo key): its page with the API keys. */
    private static void crateDb(Scene main) throws Exception {
        fx(() -> {
            app.showConnect();
            return null;
        });
        Scene scene = fx(() -> app.stage().getScene());
        waitFor(() -> scene.lookup("#crateChoice") != null);
        fx(() -> {
            ((ButtonBase) scene.lookup("#crateChoice")).fire();
            return null;
        });
        waitFor(() -> ((TextInputControl) scene.lookup("#endpointField")).getText().contains("/cratedb"));
        fx(() -> {
            ((TextInputControl) scene.lookup("#crateKeyField")).setText(DemoAccount.CRATE_KEY);
            ((TextInputControl) scene.lookup("#crateSecretField")).setText(DemoAccount.CRATE_SECRET);
            return null;
        });
        extra(scene, "connect-cratedb.png");
        fx(() -> {
            ((ButtonBase) scene.lookup("#connectButton")).fire();
            return null;
        });
        waitFor(() -> scene.lookup("#keysTable") instanceof TableView<?> t && !t.getItems().isEmpty());
        shoot(scene, "cratedb-main.png");
        // The Clusters tab: every cluster's disk at a glance, in each theme.
        fx(() -> {
            ((javafx.scene.control.TabPane) scene.lookup("#crateTabs")).getSelectionModel().select(1);
            return null;
        });
        waitFor(() -> scene.lookup("#clustersTable") instanceof TableView<?> t && t.getItems().size() == 4
                && scene.lookup("#clustersTable .disk-amber") != null);
        shoot(scene, "cratedb-clusters.png");
        fx(() -> app.theme().setMode(ThemeMode.DARK));
        shoot(scene, "cratedb-clusters-dark.png");
        fx(() -> app.theme().setMode(ThemeMode.LIGHT));
        crateClusterWindows(scene);
        fx(() -> {
            ((javafx.scene.control.TabPane) scene.lookup("#crateTabs")).getSelectionModel().select(0);
            return null;
        });
    }

    /** The fullest cluster's Charts… (7 days, both themes) and Scale… with the price of one more node. */
    @SuppressWarnings("unchecked")
    private static void crateClusterWindows(Scene scene) throws Exception {
        TableView<com.accountdesk.ui.cratedb.CrateClustersViewModel.Row> table =
                (TableView<com.accountdesk.ui.cratedb.CrateClustersViewModel.Row>) scene.lookup("#clustersTable");
        fx(() -> {
            table.getSelectionModel().select(0);
            ((ButtonBase) scene.lookup("#chartsButton")).fire();
            return null;
        });
        Stage charts = waitForWindow("Charts of ");
        fx(() -> {
            ((ButtonBase) charts.getScene().lookup("#weekButton")).fire();
            return null;
        });
        waitFor(() -> charts.getScene().getRoot().lookupAll(".chart").stream().allMatch(n -> n instanceof javafx.scene.chart.LineChart<?, ?> c
                && !c.getData().isEmpty() && c.getData().stream().noneMatch(x -> x.getData().isEmpty())));
        shoot(charts.getScene(), "cratedb-charts.png");
        fx(() -> app.theme().setMode(ThemeMode.DARK));
        shoot(charts.getScene(), "cratedb-charts-dark.png");
        fx(() -> app.theme().setMode(ThemeMode.LIGHT));
        fx(() -> {
            charts.close();
            return null;
        });
        // Scale… is modal: opened after this thread has gone on, shot, then closed.
        Platform.runLater(() -> ((ButtonBase) scene.lookup("#scaleButton")).fire());
        Stage scale = waitForWindow("Scale ");
        waitFor(() -> scale.getScene().lookup("#scaleNodes") instanceof javafx.scene.control.ComboBox<?> c && !c.getItems().isEmpty());
        fx(() -> {
            javafx.scene.control.ComboBox<Integer> nodes = (javafx.scene.control.ComboBox<Integer>) scale.getScene().lookup("#scaleNodes");
            nodes.setValue(nodes.getValue() + 1);
            return null;
        });
        waitFor(() -> ((javafx.scene.control.Label) scale.getScene().lookup("#scalePriceAfter")).getText().contains("(+$"));
        shoot(scale.getScene(), "cratedb-scale.png");
        fx(() -> {
            scale.close();
            return null;
        });
    }

    /** My Account from the user menu: the API Access tab, then a new Anywhere token. */
    private static void myAccount(Scene main) throws Exception {
        fx(() -> menuItem(main, "myAccountItem").fire());
        Stage window = waitForWindow("My Account");
        Scene scene = window.getScene();
        waitFor(() -> scene.lookup("#keyTable") instanceof TableView<?> t && !t.getItems().isEmpty()
                && !((ButtonBase) scene.lookup("#refreshKeysButton")).isDisabled());
        shoot(scene, "my-account-api-access.png");
        if (Boolean.getBoolean("tour.extra")) {
            Platform.runLater(() -> ((ButtonBase) scene.lookup("#addButton")).fire());
            Stage dialog = waitForWindow("Add API key");
            shoot(dialog.getScene(), "expiry-dialog.png");
            fx(dialog::close);
        }
        fx(() -> app.theme().setMode(ThemeMode.DARK));
        shoot(scene, "my-account-api-access-dark.png");
        fx(() -> app.theme().setMode(ThemeMode.LIGHT));

        // Rotate… on the first key: the window as it opens, before its first step is asked.
        fx(() -> ((TableView<?>) scene.lookup("#keyTable")).getSelectionModel().select(0));
        fx(() -> ((ButtonBase) scene.lookup("#rotateButton")).fire());
        Stage rotation = waitForWindow("Rotate API key");
        waitFor(() -> rotation.getScene().lookup("#rotationNext") != null && rotation.getScene().lookup("#rotationNext").isVisible());
        shoot(rotation.getScene(), "rotate-window.png");
        fx(rotation::close);

        fx(() -> ((javafx.scene.control.TabPane) scene.lookup("#myAccountTabs")).getSelectionModel().select(1));
        // The confirmation is modal (it waits in a nested event loop): press its button from here.
        Platform.runLater(() -> ((ButtonBase) scene.lookup("#createTokenButton")).fire());
        Stage confirm = waitForWindow("Create Anywhere API token");
        fx(() -> ((ButtonBase) confirm.getScene().lookup("#confirmOkButton")).fire());
        waitFor(() -> scene.lookup("#tokenField") instanceof TextInputControl t && !t.getText().isEmpty());
        shoot(scene, "my-account-anywhere.png");
        fx(window::close);
    }

    /** A cluster launched by another client of the account, online, selected: its progress and connection details. */
    private static void clusterDetails(Scene main) throws Exception {
        com.accountdesk.api.HttpTransport http = new com.accountdesk.api.HttpTransport();
        okhttp3.HttpUrl base = com.accountdesk.api.Endpoints.parseBase(app.sandbox().join().acmBaseUrl());
        com.accountdesk.model.SignIn signIn = (com.accountdesk.model.SignIn) com.accountdesk.api.acm.AcmClient.login(base,
                DemoAccount.LOGIN, com.accountdesk.model.Secret.of(DemoAccount.PASSWORD), http);
        new com.accountdesk.api.acm.AcmClient(base, signIn.token(), http).launchCluster("101",
                new com.accountdesk.model.LaunchRequest("analytics", "admin", com.accountdesk.model.Secret.of("Tour-Password-2024!"),
                        "", "m6i.large", 1, 2, 2, 100, true, 8443, 9440, "", null,
                        com.accountdesk.model.LaunchRequest.ROLE_DEVELOPMENT));
        fx(() -> ((ButtonBase) main.lookup("#clustersRefresh")).fire());
        TableView<?> clusters = (TableView<?>) main.lookup("#clustersTable");
        waitFor(() -> !clusters.getItems().isEmpty());
        fx(() -> clusters.getSelectionModel().select(0));
        waitFor(() -> !main.lookup("#clusterStopButton").isDisabled());
        shoot(main, "cluster-details.png");
        fx(() -> app.theme().setMode(ThemeMode.DARK));
        shoot(main, "cluster-details-dark.png");
        fx(() -> app.theme().setMode(ThemeMode.LIGHT));
    }

    /**
     * The selected cluster's Users… (a user just added, its generated password shown once; Change…
     * over it) and Backups… (a finished backup; Restore… with the name typed).
     */
    private static void clusterWindows(Scene main) throws Exception {
        fx(() -> ((ButtonBase) main.lookup("#clusterUsersButton")).fire());
        Stage users = waitForWindow("ClickHouse users of");
        Scene us = users.getScene();
        waitFor(() -> us.lookup("#usersList") instanceof javafx.scene.control.ListView<?> l && !l.getItems().isEmpty());
        fx(() -> {
            ((TextInputControl) us.lookup("#loginField")).setText("reporting");
            ((TextInputControl) us.lookup("#databasesField")).setText("sales, web");
            ((ButtonBase) us.lookup("#addUserButton")).fire();
            return null;
        });
        waitFor(() -> !((TextInputControl) us.lookup("#passwordField")).getText().isEmpty());
        shoot(us, "cluster-users.png");
        fx(() -> ((javafx.scene.control.ListView<?>) us.lookup("#usersList")).getSelectionModel().select(1));
        // The change is modal (it waits in a nested event loop): press its buttons from here.
        Platform.runLater(() -> ((ButtonBase) us.lookup("#changeUserButton")).fire());
        Stage change = waitForWindow("Change ClickHouse user");
        shoot(change.getScene(), "cluster-users-change.png");
        fx(() -> ((ButtonBase) change.getScene().lookup("#confirmCancelButton")).fire());
        fx(users::close);

        fx(() -> ((ButtonBase) main.lookup("#clusterBackupsButton")).fire());
        Stage backups = waitForWindow("Backups of");
        Scene bs = backups.getScene();
        waitFor(() -> !bs.lookup("#backUpNowButton").isDisabled());
        Platform.runLater(() -> ((ButtonBase) bs.lookup("#backUpNowButton")).fire());
        Stage confirm = waitForWindow("Back up now");
        fx(() -> ((ButtonBase) confirm.getScene().lookup("#confirmOkButton")).fire());
        javafx.scene.control.ListView<?> list = fx(() -> (javafx.scene.control.ListView<?>) bs.lookup("#backupsList"));
        waitFor(() -> !list.getItems().isEmpty());
        for (int i = 0; i < 60 && !fx(() -> ((com.accountdesk.model.ClusterBackup) list.getItems().get(0)).restorable()); i++) {
            Thread.sleep(250);
            fx(() -> ((ButtonBase) bs.lookup("#refreshBackupsButton")).fire());
        }
        waitFor(() -> !bs.lookup("#refreshBackupsButton").isDisabled()); // the last read in, so the selection stays
        fx(() -> list.getSelectionModel().select(0));
        waitFor(() -> !bs.lookup("#restoreButton").isDisabled());
        shoot(bs, "backups.png");
        Platform.runLater(() -> ((ButtonBase) bs.lookup("#restoreButton")).fire());
        Stage restore = waitForWindow("Restore ");
        fx(() -> ((TextInputControl) restore.getScene().lookup("#restoreName")).setText("analytics"));
        shoot(restore.getScene(), "backups-restore.png");
        fx(() -> ((ButtonBase) restore.getScene().lookup("#confirmCancelButton")).fire());
        fx(backups::close);
    }

    /** The Launch Cluster wizard, filled in page by page as a user would, up to its review page. */
    private static void launchWizard(Scene main) throws Exception {
        fx(() -> ((ButtonBase) main.lookup("#launchButton")).fire());
        Stage window = waitForWindow("Launch Cluster");
        Scene scene = window.getScene();
        waitFor(() -> scene.lookup("#environmentChoice") instanceof javafx.scene.control.ComboBox<?> c && c.getValue() != null);
        extra(scene, "wizard-environment.png");
        next(scene);
        type(scene, "#nameField", "analytics-prod");
        type(scene, "#adminPassField", "Tour-Password-2024!");
        type(scene, "#adminPassConfirmField", "Tour-Password-2024!");
        extra(scene, "wizard-cluster.png");
        // The version list as the environment offers it, open.
        javafx.scene.control.ComboBox<?> versions = (javafx.scene.control.ComboBox<?>) scene.lookup("#versionField");
        waitFor(() -> !versions.getItems().isEmpty());
        fx(versions::show);
        shootWithPopup(scene, "wizard-versions.png");
        fx(() -> {
            versions.hide();
            ((TextInputControl) scene.lookup("#versionEditor")).setText("25.3.6.10034.altinitystable");
        });
        next(scene);
        waitFor(() -> scene.lookup("#nodeTypeEditor") instanceof TextInputControl t && "m6i.large".equals(t.getText()));
        type(scene, "#nodeTypeEditor", "m6i.xlarge");
        type(scene, "#shardsField", "2");
        type(scene, "#replicasField", "2");
        type(scene, "#sizeField", "200");
        extra(scene, "wizard-resources.png");
        next(scene);
        type(scene, "#ipField", "203.0.113.0/24");
        extra(scene, "wizard-connection.png");
        next(scene);
        fx(() -> ((ButtonBase) scene.lookup("#keeperUse")).fire());
        waitFor(() -> scene.lookup("#zone-us-east-1a") != null);
        fx(() -> {
            ((ButtonBase) scene.lookup("#zone-us-east-1a")).fire();
            ((ButtonBase) scene.lookup("#zone-us-east-1b")).fire();
        });
        shoot(scene, "wizard-keeper.png");
        next(scene);
        waitFor(() -> scene.lookup("#reviewJson") != null);
        shoot(scene, "wizard-review.png");
        fx(() -> app.theme().setMode(ThemeMode.DARK));
        shoot(scene, "wizard-review-dark.png");
        fx(() -> app.theme().setMode(ThemeMode.LIGHT));
        fx(window::close);
    }

    private static void type(Scene scene, String id, String text) throws Exception {
        waitFor(() -> scene.lookup(id) != null);
        fx(() -> {
            TextInputControl field = (TextInputControl) scene.lookup(id);
            field.requestFocus();
            field.setText(text);
        });
    }

    private static void next(Scene scene) throws Exception {
        waitFor(() -> !scene.lookup("#wizardNext").isDisabled());
        fx(() -> ((ButtonBase) scene.lookup("#wizardNext")).fire());
    }

    private static javafx.scene.control.MenuItem menuItem(Scene scene, String id) {
        javafx.scene.control.MenuButton menu = (javafx.scene.control.MenuButton) scene.lookup("#userMenu");
        return menu.getItems().stream().filter(i -> id.equals(i.getId())).findFirst().orElseThrow();
    }

    private static Stage waitForWindow(String titleStart) throws Exception {
        waitFor(() -> javafx.stage.Window.getWindows().stream()
                .anyMatch(w -> w instanceof Stage s && s.isShowing() && s.getTitle() != null && s.getTitle().startsWith(titleStart)));
        return fx(() -> (Stage) javafx.stage.Window.getWindows().stream()
                .filter(w -> w instanceof Stage s && s.isShowing() && s.getTitle() != null && s.getTitle().startsWith(titleStart))
                .findFirst().orElseThrow());
    }

    /** Only with -Dtour.extra=true: views worth a look that the docs do not show. */
    private static void extra(Scene scene, String name) throws Exception {
        if (Boolean.getBoolean("tour.extra")) {
            shoot(scene, name);
        }
    }

    /** The scene with the popup (a combo box's list) that is showing over it, drawn where it is on screen. */
    private static void shootWithPopup(Scene scene, String name) throws Exception {
        settle();
        javafx.stage.Window popup = fx(() -> javafx.stage.Window.getWindows().stream()
                .filter(w -> w instanceof javafx.stage.PopupWindow && w.isShowing()).findFirst().orElseThrow());
        WritableImage base = fx(() -> scene.snapshot(null));
        WritableImage over = fx(() -> popup.getScene().snapshot(null));
        int dx = fx(() -> (int) Math.round(popup.getX() + popup.getScene().getX() - scene.getWindow().getX() - scene.getX()));
        int dy = fx(() -> (int) Math.round(popup.getY() + popup.getScene().getY() - scene.getWindow().getY() - scene.getY()));
        javafx.scene.image.PixelReader from = over.getPixelReader();
        javafx.scene.image.PixelWriter to = base.getPixelWriter();
        for (int y = 0; y < (int) over.getHeight(); y++) {
            for (int x = 0; x < (int) over.getWidth(); x++) {
                int tx = x + dx;
                int ty = y + dy;
                javafx.scene.paint.Color c = from.getColor(x, y);
                if (tx >= 0 && ty >= 0 && tx < base.getWidth() && ty < base.getHeight() && c.getOpacity() > 0) {
                    to.setColor(tx, ty, c.getOpacity() >= 1 ? c : base.getPixelReader().getColor(tx, ty).interpolate(
                            javafx.scene.paint.Color.color(c.getRed(), c.getGreen(), c.getBlue()), c.getOpacity()));
                }
            }
        }
        writePng(base, outDir.resolve(name));
        System.out.println("wrote " + outDir.resolve(name));
    }

    private static void shoot(Scene scene, String name) throws Exception {
        settle();
        WritableImage image = fx(() -> scene.snapshot(null));
        writePng(image, outDir.resolve(name));
        System.out.println("wrote " + outDir.resolve(name));
    }

    /** Lets layout, CSS and pending animations finish before a snapshot: waits for a few pulses. */
    private static void settle() throws Exception {
        java.util.concurrent.CountDownLatch pulses = new java.util.concurrent.CountDownLatch(6);
        javafx.animation.AnimationTimer timer = new javafx.animation.AnimationTimer() {
            @Override
            public void handle(long now) {
                pulses.countDown();
            }
        };
        fx(timer::start);
        pulses.await(10, TimeUnit.SECONDS);
        fx(timer::stop);
    }

    static void writePng(WritableImage image, Path file) throws IOException {
        int w = (int) image.getWidth();
        int h = (int) image.getHeight();
        int[] argb = new int[w * h];
        image.getPixelReader().getPixels(0, 0, w, h, PixelFormat.getIntArgbInstance(), argb, 0, w);
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
        out.setRGB(0, 0, w, h, argb, 0, w);
        ImageIO.write(out, "png", file.toFile());
    }

    static <T> T fx(Callable<T> work) {
        return com.accountdesk.testing.Fx.call(work);
    }

    static void fx(Runnable work) {
        com.accountdesk.testing.Fx.run(work);
    }

    static void waitFor(Callable<Boolean> condition) {
        com.accountdesk.testing.Wait.until("the app to get there", java.time.Duration.ofSeconds(30),
                () -> Boolean.TRUE.equals(fx(condition)));
    }

    static Node lookup(Scene scene, String selector) {
        return scene.lookup(selector);
    }
}
