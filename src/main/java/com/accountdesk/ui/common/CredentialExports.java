package com.accountdesk.ui.common;

import com.accountdesk.model.Secret;

/**
 * A key written the way other tools take it: shell exports, a CLI profile, a curl line. Each
 * holds the secret, so each is copied as a secret (taken off the clipboard like a key). acmctl
 * (Altinity's CLI) reads {@code ACM_API_KEY} and {@code ACMCTL_URL}, profiles in
 * {@code ~/.acmctl.yaml}; croud (CrateDB's) reads {@code CRATEDB_CLOUD_API_KEY} /
 * {@code CRATEDB_CLOUD_API_SECRET}, profiles in {@code ~/.config/Crate/croud.yaml}.
 */
public final class CredentialExports {
    /** The profile name the snippets use; the user renames it as they like. */
    public static final String PROFILE_NAME = "account-desk";

    /** What to copy. */
    public enum Kind {
        SHELL, PROFILE, CURL;

        public String label() {
            return switch (this) {
                case SHELL -> Texts.get("common.export.shell");
                case PROFILE -> Texts.get("common.export.profile");
                case CURL -> Texts.get("common.export.curl");
            };
        }
    }

    private CredentialExports() {
    }

    /** An ACM key for acmctl, the shell or curl; {@code base} is the API's base URL. */
    public static Secret acm(Kind kind, String base, Secret key) {
        String url = withSlash(base);
        return Secret.of(switch (kind) {
            case SHELL -> "export ACMCTL_URL=" + sh(url) + "\nexport ACM_API_KEY=" + sh(key.reveal()) + "\n";
            case PROFILE -> "# ~/.acmctl.yaml (use with: acmctl --profile " + PROFILE_NAME + " ...)\nprofiles:\n  "
                    + PROFILE_NAME + ":\n    url: " + yaml(url) + "\n    token: " + yaml(key.reveal()) + "\n";
            case CURL -> "curl -H " + sh("X-Auth-Token: " + key.reveal()) + " " + sh(url + "account") + "\n";
        });
    }

    /** A CrateDB Cloud key and secret for croud, the shell or curl; {@code region} may be blank. */
    public static Secret crate(Kind kind, String base, String key, Secret secret, String region) {
        String url = withSlash(base);
        boolean regional = region != null && !region.isBlank();
        return Secret.of(switch (kind) {
            case SHELL -> "export CRATEDB_CLOUD_API_KEY=" + sh(key) + "\nexport CRATEDB_CLOUD_API_SECRET="
                    + sh(secret.reveal()) + "\n";
            case PROFILE -> "# ~/.config/Crate/croud.yaml, under profiles: (use with: croud config profiles use "
                    + PROFILE_NAME + ")\n  " + PROFILE_NAME + ":\n    endpoint: " + yaml(url.substring(0, url.length() - 1))
                    + "\n    key: " + yaml(key) + "\n    secret: " + yaml(secret.reveal()) + "\n    region: "
                    + yaml(regional ? region.strip() : "_any_") + "\n";
            case CURL -> "curl -u " + sh(key + ":" + secret.reveal())
                    + (regional ? " -H " + sh("X-Region: " + region.strip()) : "") + " " + sh(url + "api/v2/users/me/") + "\n";
        });
    }

    /** {@code export NAME='value'}: the value single-quoted for the shell, so nothing in it runs. */
    public static String shellExport(String name, String value) {
        return "export " + name + "=" + sh(value);
    }

    private static String withSlash(String base) {
        return base.endsWith("/") ? base : base + "/";
    }

    /** One shell word, single-quoted: nothing in it is expanded. */
    static String sh(String value) {
        return "'" + value.replace("'", "'\\''") + "'";
    }

    /** A YAML single-quoted scalar: nothing in it is interpreted. */
    static String yaml(String value) {
        return "'" + value.replace("'", "''") + "'";
    }
}
