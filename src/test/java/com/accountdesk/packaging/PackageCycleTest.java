package com.accountdesk.packaging;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The .deb's install -> install over itself -> upgrade -> remove -> purge cycle
 * (packaging/linux/package-cycle.sh) on the .deb in target/dist. It installs system-wide, so it runs
 * only when asked ({@code ACCOUNTDESK_PACKAGE_CYCLE=1} or {@code -Daccountdesk.packageCycle=true}), as
 * root, with dpkg and apt-get: a scratch machine or container. Skipped otherwise.
 */
@Tag("process")
class PackageCycleTest {
    private static final Path DIST = Path.of(System.getProperty("accountdesk.dist", "target/dist"));

    @Test
    void theDebInstallsUpgradesAndUninstallsLeavingNothing() throws Exception {
        Assumptions.assumeTrue("1".equals(System.getenv("ACCOUNTDESK_PACKAGE_CYCLE")) || Boolean.getBoolean("accountdesk.packageCycle"),
                "installs system-wide: set ACCOUNTDESK_PACKAGE_CYCLE=1 on a scratch machine to run it");
        Assumptions.assumeTrue(isRoot(), "not root");
        Assumptions.assumeTrue(PackagingScriptsTest.onPath("dpkg") && PackagingScriptsTest.onPath("apt-get"), "no dpkg/apt-get here");
        List<Path> debs = List.of();
        if (Files.isDirectory(DIST)) {
            try (Stream<Path> files = Files.list(DIST)) {
                debs = files.filter(p -> p.getFileName().toString().endsWith(".deb")).toList();
            }
        }
        Assumptions.assumeFalse(debs.isEmpty(), "no .deb in target/dist (bash packaging/build-package.sh)");

        Path log = Files.createTempFile("package-cycle", ".log");
        Process cycle = new ProcessBuilder("bash", "packaging/linux/package-cycle.sh", debs.get(0).toString())
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        assertTrue(cycle.waitFor(15, TimeUnit.MINUTES), "the cycle did not end");
        String output = Files.readString(log, StandardCharsets.UTF_8);
        Files.delete(log);
        assertEquals(0, cycle.exitValue(), output);
        assertTrue(output.contains("== the cycle passed"), output);
    }

    private static boolean isRoot() throws IOException, InterruptedException {
        Process id = new ProcessBuilder("id", "-u").start();
        String uid = new String(id.getInputStream().readAllBytes(), StandardCharsets.US_ASCII).strip();
        return id.waitFor(10, TimeUnit.SECONDS) && "0".equals(uid);
    }
}
