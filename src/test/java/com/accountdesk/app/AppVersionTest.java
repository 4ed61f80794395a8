package com.accountdesk.app;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The version the app reports is the pom's: one number from pom.xml to --version and About. */
class AppVersionTest {
    @Test
    void theVersionIsThePomsProjectVersion() throws Exception {
        String pom = Files.readString(Path.of("pom.xml"));
        // The project's own <version>: the first one after its <artifactId> (there is no <parent>).
        Matcher version = Pattern.compile("<artifactId>account-desk</artifactId>\\s*<version>([^<]+)</version>").matcher(pom);
        assertTrue(version.find(), "no project version in pom.xml");
        assertEquals(version.group(1), AppVersion.current());
        assertEquals("Account Desk " + version.group(1), AppVersion.line());
    }
}
