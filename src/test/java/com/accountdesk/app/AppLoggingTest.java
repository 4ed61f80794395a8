package com.accountdesk.app;

import com.accountdesk.testing.FilePermissions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.logging.ConsoleHandler;
import java.util.logging.FileHandler;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The log goes to rotating files in the log folder, never the console; SLF4J's loggers go there too. */
class AppLoggingTest {
    private final Logger root = Logger.getLogger("");
    private Handler[] savedHandlers;
    private Level savedLevel;
    private FileHandler files;

    @BeforeEach
    void saveRootLogger() {
        savedHandlers = root.getHandlers();
        savedLevel = root.getLevel();
    }

    @AfterEach
    void restoreRootLogger() {
        if (files != null) {
            root.removeHandler(files);
            files.close();
        }
        for (Handler handler : root.getHandlers()) {
            if (!List.of(savedHandlers).contains(handler)) {
                root.removeHandler(handler);
            }
        }
        for (Handler handler : savedHandlers) {
            if (!List.of(root.getHandlers()).contains(handler)) {
                root.addHandler(handler);
            }
        }
        root.setLevel(savedLevel);
    }

    @Test
    void infoAndAboveGoToTheFileAndNothingToTheConsole(@TempDir Path tmp) throws Exception {
        Path dir = tmp.resolve("state").resolve("logs");
        files = AppLogging.toFiles(dir, AppLogging.LIMIT_BYTES, AppLogging.FILE_COUNT);
        Logger log = Logger.getLogger("com.accountdesk.test.logging");
        log.info("signed in to https://acm.example");
        log.fine("a detail nobody asked for");
        log.log(Level.WARNING, "a failure", new IllegalStateException("the reason"));
        files.flush();

        assertTrue(Stream.of(root.getHandlers()).noneMatch(h -> h instanceof ConsoleHandler), "a console handler is left");
        String text = Files.readString(dir.resolve("account-desk-0.log"));
        assertTrue(text.matches("(?s)\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d\\.\\d{3} [+-]\\d{4} INFO com\\.accountdesk\\.test\\.logging: signed in to https://acm\\.example\\R.*"), text);
        assertFalse(text.contains("a detail nobody asked for"), text);
        assertTrue(text.contains("WARNING com.accountdesk.test.logging: a failure"), text);
        assertTrue(text.contains("java.lang.IllegalStateException: the reason"), text);
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(dir)));
        }
    }

    /** The app opens the files beside the toolkit's start: what is logged before they are open is kept, and goes first. */
    @Test
    void recordsLoggedWhileTheFilesOpenReachThemFirstAndInOrder(@TempDir Path tmp) throws Exception {
        AppLogging.HeldRecords held = AppLogging.HeldRecords.on(root);
        Logger log = Logger.getLogger("com.accountdesk.test.held");
        log.info("first, while the files open");
        log.warning("second, while the files open");
        log.fine("a detail nobody asked for");

        assertEquals(List.of(held), List.of(root.getHandlers()), "another handler (the console) would have had them");
        files = AppLogging.files(tmp, AppLogging.LIMIT_BYTES, AppLogging.FILE_COUNT);
        held.release(files);
        log.info("third, once they are open");
        held.flush();

        String text = Files.readString(tmp.resolve("account-desk-0.log"));
        assertInOrder(text, "INFO com.accountdesk.test.held: first, while the files open",
                "WARNING com.accountdesk.test.held: second, while the files open",
                "INFO com.accountdesk.test.held: third, once they are open");
        assertFalse(text.contains("a detail nobody asked for"), text);
    }

    /** Each of {@code parts} is in {@code text}, after the one before it. */
    private static void assertInOrder(String text, String... parts) {
        int at = -1;
        for (String part : parts) {
            int next = text.indexOf(part, at + 1);
            assertTrue(next > at, () -> "not found after the text before it: " + part + "\n" + text);
            at = next;
        }
    }

    /** The command line opens the files at its first record: a run with nothing to say touches no file. */
    @Test
    void theCommandLineOpensTheFilesAtItsFirstRecordOnly(@TempDir Path tmp) throws Exception {
        Path dir = tmp.resolve("logs");
        AppLogging.HeldRecords held = AppLogging.toFilesOnFirstRecord(root, () -> dir);
        try {
            Logger log = Logger.getLogger("com.accountdesk.test.firstrecord");
            log.fine("a detail nobody asked for");
            assertFalse(Files.exists(dir), "the folder was made before anything was logged");

            log.info("a key was refused");
            log.info("and another");
            held.flush();

            String text = Files.readString(dir.resolve("account-desk-0.log"));
            assertInOrder(text, " starting: Java ", "INFO com.accountdesk.test.firstrecord: a key was refused",
                    "INFO com.accountdesk.test.firstrecord: and another");
            assertFalse(text.contains("a detail nobody asked for"), text);
        } finally {
            held.close();
        }
    }

    /** The files wait for the first frame, but a warning opens them at once, so a failing start is on file. */
    @Test
    void heldRecordsWaitForTheFirstFrameOrAWarning() {
        AppLogging.HeldRecords held = AppLogging.HeldRecords.on(root);
        Logger log = Logger.getLogger("com.accountdesk.test.held");
        log.info("an ordinary start");
        assertFalse(held.mayOpen(), "an INFO record opened the files");
        log.warning("something went wrong");
        assertTrue(held.mayOpen(), "a warning left the files closed");

        AppLogging.HeldRecords another = AppLogging.HeldRecords.on(root);
        assertFalse(another.mayOpen());
        another.openNow(); // the first frame
        assertTrue(another.mayOpen(), "the first frame left the files closed");
    }

    @Test
    void slf4jLoggersOfTheLibrariesLandInTheSameFile(@TempDir Path tmp) throws Exception {
        files = AppLogging.toFiles(tmp, AppLogging.LIMIT_BYTES, AppLogging.FILE_COUNT);
        org.slf4j.LoggerFactory.getLogger("org.freedesktop.dbus.test").info("bus not found");
        org.slf4j.LoggerFactory.getLogger("org.freedesktop.dbus.test").debug("bus lookup details");
        files.flush();

        String text = Files.readString(tmp.resolve("account-desk-0.log"));
        assertTrue(text.contains("INFO org.freedesktop.dbus.test: bus not found"), text);
        assertFalse(text.contains("bus lookup details"), text);
    }

    @Test
    void theFilesRotateAndTheOldestIsDropped(@TempDir Path tmp) throws Exception {
        files = AppLogging.toFiles(tmp, 2_000, 3);
        Logger log = Logger.getLogger("com.accountdesk.test.rotation");
        String padding = "x".repeat(100);
        for (int i = 0; i < 60; i++) {
            log.info("record " + i + " " + padding);
        }
        files.flush();

        try (Stream<Path> listed = Files.list(tmp)) {
            List<String> logs = listed.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".log")).sorted().toList();
            assertEquals(List.of("account-desk-0.log", "account-desk-1.log", "account-desk-2.log"), logs);
        }
        String all = Files.readString(tmp.resolve("account-desk-2.log")) + Files.readString(tmp.resolve("account-desk-1.log"))
                + Files.readString(tmp.resolve("account-desk-0.log"));
        assertTrue(all.contains("record 59 "), "the newest record is missing");
        assertFalse(all.contains("record 0 "), "the oldest records were kept");
        assertTrue(all.indexOf("record 58 ") < all.indexOf("record 59 "), "the files are not oldest-first by number");
        for (String name : List.of("account-desk-0.log", "account-desk-1.log", "account-desk-2.log")) {
            // FileHandler rotates once a record has taken a file to the limit: at most one record (~200 bytes) over.
            assertTrue(Files.size(tmp.resolve(name)) < 2_000 + 400, name + " grew past the limit");
        }
    }

    @Test
    void theLogFolderIsThePlatformsPlaceForLogs() {
        Path home = Path.of("/home/ann");
        Map<String, String> none = Map.of();
        assertEquals(Path.of("/home/ann/.local/state/account-desk/logs"), AppDirs.logDir("Linux", home, none::get));
        assertEquals(Path.of("/xdg/state/account-desk/logs"),
                AppDirs.logDir("Linux", home, Map.of("XDG_STATE_HOME", "/xdg/state")::get));
        assertEquals(Path.of("/home/ann/Library/Logs/Account Desk"), AppDirs.logDir("Mac OS X", home, none::get));
        assertEquals(Path.of("/appdata/local", "Account Desk", "logs"),
                AppDirs.logDir("Windows 11", home, Map.of("LOCALAPPDATA", "/appdata/local")::get));
        // Tests move every folder of the app under accountdesk.home (pom.xml), the log folder too.
        assertEquals(Path.of(System.getProperty("accountdesk.home"), "logs"), AppDirs.logDir());
    }

    @Test
    void logFilesAreOwnerOnlyWhateverTheUmask(@TempDir Path tmp) throws Exception {
        Path dir = tmp.resolve("logs");
        files = AppLogging.toFiles(dir, 300, 3); // small: the lines below rotate the files, each new one made owner-only too
        for (int i = 0; i < 10; i++) {
            Logger.getLogger("com.accountdesk.test").info("a line long enough to rotate the files soon " + i);
        }
        files.flush();
        try (Stream<Path> made = Files.list(dir)) {
            List<Path> all = made.toList();
            assertFalse(all.isEmpty());
            for (Path p : all) {
                FilePermissions.assertOwnerOnly(p);
            }
        }
    }

    @Test
    void aLogFolderOthersCanWriteIsRefusedALinkToAPrivateOneTaken(@TempDir Path tmp) throws Exception {
        FilePermissions.assumePosix(tmp);
        Path loose = Files.createDirectory(tmp.resolve("loose"));
        Files.setPosixFilePermissions(loose, PosixFilePermissions.fromString("rwxrwxrwx"));
        IOException refused = assertThrows(IOException.class,
                () -> AppLogging.files(loose, AppLogging.LIMIT_BYTES, AppLogging.FILE_COUNT));
        assertTrue(refused.getMessage().contains("rwxrwxrwx"), refused.getMessage());
        try (Stream<Path> made = Files.list(loose)) {
            assertEquals(0, made.count(), "nothing written there");
        }

        Path target = Files.createDirectory(tmp.resolve("private"), PosixFilePermissions.asFileAttribute(
                PosixFilePermissions.fromString("rwx------")));
        Path link = Files.createSymbolicLink(tmp.resolve("linked"), target);
        FileHandler linked = AppLogging.files(link, AppLogging.LIMIT_BYTES, AppLogging.FILE_COUNT);
        linked.close();
    }
}
