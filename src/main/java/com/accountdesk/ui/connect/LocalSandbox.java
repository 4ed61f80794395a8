package com.accountdesk.ui.connect;

/**
 * The embedded sandbox as the sign-in screen sees it: where it answers for each cloud and the demo
 * sign-in it accepts (shown on the screen). Made by the composition root once the sandbox is up.
 */
public record LocalSandbox(String acmBaseUrl, String crateBaseUrl, String login, String password,
                           String twoFactorLogin, String twoFactorCode, String crateKey, String crateSecret) {
}
