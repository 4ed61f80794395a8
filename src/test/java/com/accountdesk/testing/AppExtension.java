package com.accountdesk.testing;

import com.accountdesk.app.AppConfig;
import com.accountdesk.app.AppContext;
import com.accountdesk.ui.common.Theme;
import javafx.application.Application;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The one start and stop of the real app for UI tests: before each test the app starts in TestFX's
 * primary stage, on a fresh in-memory sandbox (or the config of a test that is {@link Configured}),
 * and is put in the test's {@code AppContext} field; {@link FxRobot} and {@code AppContext}
 * parameters are resolved. After each test every window is hidden (owned ones first, and hidden, not
 * closed, so a wizard with typed input does not stop to ask), the app is closed and the light theme
 * put back.
 */
public final class AppExtension implements BeforeEachCallback, AfterEachCallback, ParameterResolver {
    private static final ExtensionContext.Namespace NS = ExtensionContext.Namespace.create(AppExtension.class);

    /** A test that starts the app with a config of its own. */
    public interface Configured {
        AppConfig appConfig() throws Exception;
    }

    @Override
    public void beforeEach(ExtensionContext context) throws Exception {
        Object test = context.getRequiredTestInstance();
        AppConfig config = test instanceof Configured c ? c.appConfig() : AppConfig.freshSandboxInMemory();
        Stage primary = FxToolkit.registerPrimaryStage();
        AppContext app = Fx.call(() -> UiTestSupport.startApp(primary, config));
        context.getStore(NS).put(AppContext.class, app);
        for (Class<?> c = test.getClass(); c != Object.class; c = c.getSuperclass()) {
            for (Field f : c.getDeclaredFields()) {
                if (f.getType() == AppContext.class) {
                    f.setAccessible(true);
                    f.set(test, app);
                }
            }
        }
    }

    @Override
    public void afterEach(ExtensionContext context) {
        AppContext app = context.getStore(NS).remove(AppContext.class, AppContext.class);
        Fx.run(() -> {
            List<Window> windows = new ArrayList<>(Window.getWindows());
            windows.sort(Comparator.comparing(w -> !(w instanceof Stage s && s.getOwner() != null)));
            windows.forEach(Window::hide);
            Application.setUserAgentStylesheet(Theme.stylesheet(false));
        });
        if (app != null) {
            app.close();
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        Class<?> type = parameter.getParameter().getType();
        return type == FxRobot.class || type == AppContext.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == FxRobot.class ? new FxRobot()
                : context.getStore(NS).get(AppContext.class, AppContext.class);
    }
}
