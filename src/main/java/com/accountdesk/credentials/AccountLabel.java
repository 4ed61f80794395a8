package com.accountdesk.credentials;

import com.accountdesk.model.DisplayText;
import com.accountdesk.model.Provider;

import java.net.URI;
import java.net.URISyntaxException;

/**
 * The one name of a saved account, wherever accounts are listed or named (the user menu, the sign-in
 * list, Settings and its Forget question, {@code account-desk status}): the user, how it signs in,
 * and the endpoint's host, so the same user saved with a password and with a key, or with two
 * keys, reads as two accounts. What a server chose is neutralised ({@link DisplayText}).
 */
public final class AccountLabel {
    private AccountLabel() {
    }

    /** E.g. "Demo User (demo@example.com) — ACM password + 2FA — acm.example.com". */
    public static String of(Profile profile) {
        String user = user(profile);
        String who = !profile.displayName().isBlank() ? profile.displayName() : !user.isEmpty() ? user
                : !profile.login().isEmpty() ? profile.login() : "(no name)";
        String named = user.isEmpty() || user.equalsIgnoreCase(who) ? who : who + " (" + user + ")";
        return DisplayText.neutralise(named + " — " + signIn(profile) + " — " + host(profile));
    }

    /** The user's e-mail: as the server gave it, else the one an ACM password signs in with. */
    private static String user(Profile profile) {
        return !profile.email().isEmpty() ? profile.email() : profile.usesAcmPassword() ? profile.login() : "";
    }

    /** "ACM password", "ACM password + 2FA", "ACM API key …c0de", "CrateDB API key …9f3a". */
    static String signIn(Profile profile) {
        if (profile.provider() == Provider.CRATEDB) {
            return "CrateDB API key" + ending(Profile.endingOf(profile.login()).isEmpty() ? profile.login() : Profile.endingOf(profile.login()));
        }
        if (profile.usesAcmPassword()) {
            return "ACM password" + (profile.secondFactor() ? " + 2FA" : "");
        }
        return "ACM API key" + ending(profile.keyEnding());
    }

    private static String ending(String ending) {
        return ending.isEmpty() ? "" : " …" + ending;
    }

    /** The endpoint's host (and port, when it names one); the built-in sandbox by that name. */
    static String host(Profile profile) {
        if (profile.onSandbox()) {
            return "built-in sandbox";
        }
        try {
            URI uri = new URI(profile.endpoint());
            if (uri.getHost() != null) {
                return uri.getHost() + (uri.getPort() >= 0 ? ":" + uri.getPort() : "");
            }
        } catch (URISyntaxException e) {
            // not a URL: shown as it is
        }
        return profile.endpoint();
    }
}
