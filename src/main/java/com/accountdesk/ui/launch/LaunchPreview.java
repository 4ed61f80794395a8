package com.accountdesk.ui.launch;

import com.accountdesk.api.acm.AcmClient;
import com.accountdesk.model.LaunchRequest;
import com.accountdesk.model.Secret;
import com.accountdesk.model.ShellCommand;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import java.util.Map;

/**
 * What the review page shows and copies, all made from {@link AcmClient#launchBody} so the preview is
 * the request. Anything holding the admin password comes back as a {@link Secret}.
 */
public final class LaunchPreview {
    public static final String TOKEN_PLACEHOLDER = "<TOKEN>";
    static final String MASK = "••••••••";
    private static final ObjectMapper PRETTY = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private LaunchPreview() {
    }

    /** The body, indented for reading; the password masked unless {@code showPassword}. */
    public static String forScreen(AcmClient client, LaunchRequest request, boolean showPassword) {
        Map<String, Object> body = client.launchBody(request);
        if (!showPassword) {
            body.put("adminPass", MASK);
        }
        try {
            return PRETTY.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("cannot write the launch body", e);
        }
    }

    /** The body exactly as it goes on the wire ("Copy as JSON"). */
    public static Secret json(AcmClient client, LaunchRequest request) {
        return Secret.of(client.launchJson(request));
    }

    /** A curl command that sends the same request; the API key as {@value #TOKEN_PLACEHOLDER} unless asked. */
    public static Secret curl(AcmClient client, String environmentId, LaunchRequest request, boolean includeToken) {
        String token = includeToken ? client.token().reveal() : TOKEN_PLACEHOLDER;
        // Every word quoted (ShellCommand), and the server's environment id percent-encoded in the URL.
        return Secret.of(ShellCommand.of("curl", "-X", "POST", "-H", AcmClient.AUTH_HEADER + ": " + token,
                "-H", "Content-Type: application/json", "-d", client.launchJson(request),
                client.launchUrl(environmentId).toString()));
    }

    /** One word for a POSIX shell (see {@link ShellCommand#quote}). */
    static String shellQuote(String text) {
        return ShellCommand.quote(text);
    }
}
