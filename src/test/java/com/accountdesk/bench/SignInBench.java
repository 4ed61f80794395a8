package com.accountdesk.bench;

import com.accountdesk.app.AppConfig;
import com.accountdesk.app.AppContext;
import com.accountdesk.sandbox.state.DemoAccount;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableView;
import javafx.scene.control.TextInputControl;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/**
 * The real app on its own sandbox (headless Monocle, as the UI tests): from pressing Sign in to the
 * main window's environments table filled and drawn (the first frame after it), and, signed in,
 * from choosing My Account to its key table filled and drawn. Each measured run is one sign-in or
 * one opening; the app signs out or closes My Account between runs, and the warm-up runs make it
 * "warm" (classes loaded, code compiled, the sandbox's connection open).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xmx512m", "-Daccountdesk.keyring=off"})
@Warmup(iterations = 10)
@Measurement(iterations = 20)
public class SignInBench {
    private AppContext app;
    private Stage stage;
    private boolean signedIn;

    @Setup(Level.Trial)
    public void start() throws Exception {
        FxThread.start();
        FxThread.call(() -> {
            stage = new Stage();
            app = AppContext.create(AppConfig.freshSandboxInMemory());
            app.show(stage);
            return null;
        });
        app.sandbox().get(30, TimeUnit.SECONDS);
        waitFor(() -> !text("#endpointField").isEmpty());
    }

    @TearDown(Level.Trial)
    public void stop() {
        FxThread.call(() -> {
            for (Window w : Window.getWindows().toArray(Window[]::new)) {
                w.hide();
            }
            app.close();
            return null;
        });
    }

    /** Signed out, with the demo user's sign-in typed, before each sign-in. */
    @Setup(Level.Iteration)
    public void atTheSignIn() {
        if (signedIn) {
            FxThread.call(() -> {
                closeMyAccount();
                menuItem("signOutItem").fire();
                return null;
            });
            signedIn = false;
        }
        waitFor(() -> find("#connectButton").isPresent() && find("#userMenu").isEmpty());
        FxThread.call(() -> {
            ((TextInputControl) find("#loginField").orElseThrow()).setText(DemoAccount.LOGIN);
            ((TextInputControl) find("#passwordField").orElseThrow()).setText(DemoAccount.PASSWORD);
            return null;
        });
    }

    @Benchmark
    public void signInToEnvironmentsDrawn() {
        FxThread.call(() -> {
            ((Button) find("#connectButton").orElseThrow()).fire();
            return null;
        });
        waitFor(() -> find("#userMenu").isPresent() && tableFilled("#table"));
        nextFrame("#table");
        signedIn = true;
    }

    /** My Account's opening: signed in first (not measured), My Account closed before each run. */
    @State(Scope.Benchmark)
    public static class SignedIn {
        @Setup(Level.Iteration)
        public void signedIn(SignInBench bench) {
            if (!bench.signedIn) {
                bench.signInToEnvironmentsDrawn();
            }
            FxThread.call(() -> {
                bench.closeMyAccount();
                return null;
            });
        }
    }

    @Benchmark
    public void openMyAccountToKeysDrawn(SignedIn signedIn) {
        FxThread.call(() -> {
            menuItem("myAccountItem").fire();
            return null;
        });
        waitFor(() -> tableFilled(".key-table"));
        nextFrame(".key-table");
    }

    private void closeMyAccount() {
        for (Window w : Window.getWindows().toArray(Window[]::new)) {
            if (w != stage && w.getScene() != null && w.getScene().getRoot().lookup(".key-table") != null) {
                w.hide();
            }
        }
    }

    private static MenuItem menuItem(String id) {
        MenuButton menu = (MenuButton) find("#userMenu").orElseThrow();
        return menu.getItems().stream().filter(i -> id.equals(i.getId())).findFirst().orElseThrow();
    }

    private static boolean tableFilled(String query) {
        return find(query).map(n -> n instanceof TableView<?> t && !t.getItems().isEmpty() && t.isVisible()).orElse(false);
    }

    /** The node on any showing window. FX thread. */
    private static Optional<Node> find(String query) {
        for (Window w : Window.getWindows()) {
            Scene scene = w.getScene();
            Node n = w.isShowing() && scene != null ? scene.getRoot().lookup(query) : null;
            if (n != null) {
                return Optional.of(n);
            }
        }
        return Optional.empty();
    }

    private static String text(String query) {
        return find(query).map(n -> ((TextInputControl) n).getText()).orElse("");
    }

    /** Asks the FX thread every 0.2 ms until {@code condition} holds (30 s at most). */
    private static void waitFor(Callable<Boolean> condition) {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (!FxThread.call(condition)) {
            if (System.nanoTime() > end) {
                throw new IllegalStateException("waited 30 s in vain");
            }
            LockSupport.parkNanos(200_000);
        }
    }

    /** Until the next pulse has laid out and drawn the scene of what {@code query} finds. */
    private static void nextFrame(String query) {
        CountDownLatch drawn = new CountDownLatch(1);
        FxThread.call(() -> {
            Scene scene = find(query).orElseThrow().getScene();
            Runnable[] once = new Runnable[1];
            once[0] = () -> {
                scene.removePostLayoutPulseListener(once[0]);
                drawn.countDown();
            };
            scene.addPostLayoutPulseListener(once[0]);
            javafx.application.Platform.requestNextPulse();
            return null;
        });
        try {
            if (!drawn.await(30, TimeUnit.SECONDS)) {
                throw new IllegalStateException("no pulse in 30 s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
