package com.accountdesk.packaging;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * mvn javafx:run's class archive (pom.xml, profile javafx-run-archive): the build made it for the
 * JDK that runs Maven, and a JVM started as javafx:run starts the app (the app's JVM options, the
 * JavaFX jars as modules, target/classes first on the class path) maps JavaFX's classes from it.
 * {@code -Xshare:on} makes the JVM refuse to start where the archive cannot be used, rather than
 * start without it as javafx:run does (quietly: a start is only slower).
 */
@Tag("process")
class JavafxRunArchiveTest {
    private static final List<String> CLASS_PATH = List.of(System.getProperty("java.class.path").split(File.pathSeparator));

    /** What the archive is tried with: one of the sign-in form's controls, loaded, not initialised. */
    public static final class LoadsATextField {
        public static void main(String[] args) throws ClassNotFoundException {
            Class.forName("javafx.scene.control.TextField", false, ClassLoader.getSystemClassLoader());
        }
    }

    @Test
    void javafxRunMapsJavaFxsClassesFromTheBuildsArchive() throws Exception {
        Path archive = Path.of("target", "javafx-run", "classes-" + System.getProperty("java.version") + ".jsa").toAbsolutePath();
        assertTrue(Files.isRegularFile(archive), "the build made no class archive for javafx:run at " + archive);
        String modules = String.join(File.pathSeparator, CLASS_PATH.stream()
                .filter(e -> Path.of(e).getFileName().toString().matches("javafx-[a-z]+-[0-9.]+(-.+)?\\.jar")).toList());
        String classPath = String.join(File.pathSeparator, Path.of("target", "classes").toAbsolutePath().toString(),
                Path.of("target", "test-classes").toAbsolutePath().toString());

        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xshare:on", "-XX:SharedArchiveFile=" + archive, "@" + Path.of("packaging", "java.options").toAbsolutePath(),
                "--module-path", modules, "--add-modules", "javafx.base,javafx.controls,javafx.fxml,javafx.graphics",
                "-Xlog:class+load=info:stdout:none", "-cp", classPath, LoadsATextField.class.getName()));
        Path out = Files.createTempFile("javafx-run-archive", ".txt");
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(out.toFile()).start();
            assertTrue(process.waitFor(60, TimeUnit.SECONDS), "the JVM did not exit within 60 s");
            String log = Files.readString(out, StandardCharsets.UTF_8);
            assertEquals(0, process.exitValue(), log.lines().filter(l -> !l.contains(" source: ")).toList().toString());
            assertTrue(log.contains("javafx.scene.control.TextField source: shared objects file"),
                    log.lines().filter(l -> l.contains("TextField")).toList().toString());
        } finally {
            Files.deleteIfExists(out);
        }
    }
}
