package com.accountdesk.ui.common;

import com.accountdesk.model.Secret;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The export texts, and that a shell reads them back to the very key and secret (quotes and all). */
@Tag("process")
class CredentialExportsTest {
    private static final Secret KEY = Secret.of("AbC123xyz0987654321qwerty");

    @Test
    void acmTextsNameTheVariablesAcmctlReads() {
        assertEquals("export ACMCTL_URL='https://acm.altinity.cloud/api/'\nexport ACM_API_KEY='AbC123xyz0987654321qwerty'\n",
                CredentialExports.acm(CredentialExports.Kind.SHELL, "https://acm.altinity.cloud/api", KEY).reveal());
        String profile = CredentialExports.acm(CredentialExports.Kind.PROFILE, "https://acm.altinity.cloud/api/", KEY).reveal();
        assertTrue(profile.contains("profiles:\n  account-desk:\n    url: 'https://acm.altinity.cloud/api/'\n    token: 'AbC123xyz0987654321qwerty'\n"),
                profile);
        assertEquals("curl -H 'X-Auth-Token: AbC123xyz0987654321qwerty' 'https://acm.altinity.cloud/api/account'\n",
                CredentialExports.acm(CredentialExports.Kind.CURL, "https://acm.altinity.cloud/api/", KEY).reveal());
    }

    @Test
    void crateTextsNameTheVariablesCroudReads() {
        Secret secret = Secret.of("s3cr3t");
        assertEquals("export CRATEDB_CLOUD_API_KEY='k1'\nexport CRATEDB_CLOUD_API_SECRET='s3cr3t'\n",
                CredentialExports.crate(CredentialExports.Kind.SHELL, "https://console.cratedb.cloud/", "k1", secret, "").reveal());
        String profile = CredentialExports.crate(CredentialExports.Kind.PROFILE, "https://console.cratedb.cloud/", "k1", secret, "").reveal();
        assertTrue(profile.contains("  account-desk:\n    endpoint: 'https://console.cratedb.cloud'\n    key: 'k1'\n    secret: 's3cr3t'\n    region: '_any_'\n"),
                profile);
        assertEquals("curl -u 'k1:s3cr3t' -H 'X-Region: eks1.eu-west-1.aws' 'https://console.cratedb.cloud/api/v2/users/me/'\n",
                CredentialExports.crate(CredentialExports.Kind.CURL, "https://console.cratedb.cloud", "k1", secret, "eks1.eu-west-1.aws").reveal());
    }

    @Test
    void aShellGetsBackExactlyTheSecretEvenWithQuotesAndDollars() throws Exception {
        assertTrue(new File("/bin/sh").canExecute(), "needs a POSIX shell");
        Secret nasty = Secret.of("a'b\"c$HOME`x`\\d");
        String exports = CredentialExports.crate(CredentialExports.Kind.SHELL, "https://x/", "k'1", nasty, "").reveal();
        Path script = Files.createTempFile("exports", ".sh");
        Files.writeString(script, exports + "printf '%s\\n%s' \"$CRATEDB_CLOUD_API_KEY\" \"$CRATEDB_CLOUD_API_SECRET\"\n");
        Process sh = new ProcessBuilder("/bin/sh", script.toString()).start();
        String out = new String(sh.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(sh.waitFor(10, TimeUnit.SECONDS));
        Files.delete(script);
        assertEquals(List.of("k'1", nasty.reveal()), out.lines().toList());
    }
}
