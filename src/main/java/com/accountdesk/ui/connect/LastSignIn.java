package com.accountdesk.ui.connect;

import com.accountdesk.app.Settings;

/**
 * Remembers how the user signed in last (endpoint, e-mail, password or API key) so the connect
 * screen opens ready for it. Never a password or key: those stay out of the settings file.
 */
public final class LastSignIn {
    public static final String ENDPOINT = "connect.lastEndpoint";
    public static final String LOGIN = "connect.lastLogin";
    public static final String METHOD = "connect.lastMethod";

    private LastSignIn() {
    }

    /** Fills the view-model from the settings; the built-in sandbox's address is not remembered (its port changes). */
    public static void restore(Settings settings, ConnectViewModel viewModel) {
        String endpoint = settings.get(ENDPOINT, "");
        if (!endpoint.isBlank()) {
            viewModel.endpointProperty().set(endpoint);
        }
        viewModel.loginProperty().set(settings.get(LOGIN, ""));
        viewModel.useApiKeyProperty().set("apiKey".equals(settings.get(METHOD, "password")));
    }

    /** Saves what the user signed in with; call after a successful sign-in. */
    public static void remember(Settings settings, ConnectViewModel viewModel) {
        settings.put(ENDPOINT, viewModel.sandboxProperty().get() ? null : viewModel.endpointProperty().get().trim());
        boolean withKey = viewModel.useApiKeyProperty().get();
        settings.put(METHOD, withKey ? "apiKey" : "password");
        if (!withKey) {
            settings.put(LOGIN, viewModel.loginProperty().get().trim());
        }
    }
}
