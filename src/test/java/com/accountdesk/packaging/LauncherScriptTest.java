package com.accountdesk.packaging;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * packaging/linux/launcher.sh, the Linux packages' bin/account-desk, on an image whose "runtime"
 * prints the arguments it was started with: the window gets the cfg's options as they are; the
 * command line drops JavaFX's module options and takes its own AOT cache (status, login) or none
 * (help); --version alone is answered from the cfg's version without starting the runtime.
 */
@Tag("process")
class LauncherScriptTest {
    private static final String CFG = String.join("\n",
            "[Application]",
            "app.classpath=$APPDIR/account-desk.jar",
            "app.mainclass=com.accountdesk.Launcher",
            "app.classpath=$APPDIR/picocli.jar",
            "",
            "[JavaOptions]",
            "java-options=-Djpackage.app-version=2.3.4",
            "java-options=--add-exports=javafx.base/com.sun.javafx.event=ALL-UNNAMED",
            "java-options=--add-opens=javafx.graphics/javafx.scene=ALL-UNNAMED",
            "java-options=--enable-native-access=ALL-UNNAMED",
            "java-options=-XX:CompileThresholdScaling=2",
            "java-options=--enable-native-access=javafx.graphics",
            "java-options=-XX:AOTCache=$APPDIR/account-desk.aot",
            "java-options=-Xlog:aot=off", "");

    private Path image(Path dir, boolean cliCache) throws IOException {
        Path app = dir.resolve("account-desk");
        Files.createDirectories(app.resolve("bin"));
        Files.createDirectories(app.resolve("lib/app"));
        Files.createDirectories(app.resolve("lib/runtime/bin"));
        Files.copy(Path.of("packaging/linux/launcher.sh"), app.resolve("bin/account-desk"), StandardCopyOption.REPLACE_EXISTING);
        Files.writeString(app.resolve("lib/app/account-desk.cfg"), CFG);
        Files.writeString(app.resolve("lib/app/account-desk.aot"), "");
        if (cliCache) {
            Files.writeString(app.resolve("lib/app/account-desk-cli.aot"), "");
        }
        Path java = app.resolve("lib/runtime/bin/java");
        Files.writeString(java, "#!/bin/sh\nfor a in \"$@\"; do printf '%s\\n' \"$a\"; done\n");
        Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));
        Files.setPosixFilePermissions(app.resolve("bin/account-desk"), PosixFilePermissions.fromString("rwxr-xr-x"));
        return app;
    }

    private static List<String> start(Path app, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(app.resolve("bin/account-desk").toString()));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, p.waitFor(), out);
        return out.lines().toList();
    }

    @Test
    void theWindowStartsWithTheCfgsOptionsAndTheAppsCache(@TempDir Path dir) throws Exception {
        Path app = image(dir, true);
        List<String> args = start(app);
        String appDir = app.resolve("lib/app").toString();
        assertTrue(args.contains("--add-exports=javafx.base/com.sun.javafx.event=ALL-UNNAMED"), args.toString());
        assertTrue(args.contains("--enable-native-access=javafx.graphics"), args.toString());
        assertTrue(args.contains("-XX:AOTCache=" + appDir + "/account-desk.aot"), args.toString());
        assertFalse(args.contains("-XX:TieredStopAtLevel=1"), "the window runs long enough for the optimising compiler: " + args);
        assertEquals("com.accountdesk.Launcher", args.get(args.size() - 1), args.toString());
    }

    @Test
    void statusAndLoginStartWithoutJavaFxsOptionsAndWithTheCommandLinesCache(@TempDir Path dir) throws Exception {
        Path app = image(dir, true);
        String appDir = app.resolve("lib/app").toString();
        for (String command : List.of("status", "login")) {
            List<String> args = start(app, command, "--within", "48");
            assertFalse(args.stream().anyMatch(a -> a.contains("javafx")), args.toString());
            assertTrue(args.contains("-XX:AOTCache=" + appDir + "/account-desk-cli.aot"), args.toString());
            assertFalse(args.contains("-XX:AOTCache=" + appDir + "/account-desk.aot"), args.toString());
            assertTrue(args.contains("--enable-native-access=ALL-UNNAMED") && args.contains("-XX:CompileThresholdScaling=2"), args.toString());
            assertTrue(args.contains("-XX:TieredStopAtLevel=1"), "a command of under a second: the quick compiler only: " + args);
            assertEquals(List.of("com.accountdesk.Launcher", command, "--within", "48"), args.subList(args.size() - 4, args.size()));
        }
    }

    @Test
    void withoutACommandLineCacheStatusStartsWithNone(@TempDir Path dir) throws Exception {
        List<String> args = start(image(dir, false), "status");
        assertFalse(args.stream().anyMatch(a -> a.startsWith("-XX:AOTCache=")), args.toString());
    }

    @Test
    void versionAloneIsAnsweredFromTheCfgWithoutAJvm(@TempDir Path dir) throws Exception {
        assertEquals(List.of("Account Desk 2.3.4"), start(image(dir, true), "--version"));
    }

    @Test
    void helpStartsWithNoCache(@TempDir Path dir) throws Exception {
        Path app = image(dir, true);
        for (String command : List.of("help", "--help", "-h")) {
            List<String> args = start(app, command);
            assertFalse(args.stream().anyMatch(a -> a.startsWith("-XX:AOTCache=") || a.contains("javafx")), command + ": " + args);
            assertEquals(command, args.get(args.size() - 1));
        }
    }
}
