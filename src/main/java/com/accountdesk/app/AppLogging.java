package com.accountdesk.app;

import com.accountdesk.io.AtomicFile;
import com.accountdesk.io.OwnerCheck;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.logging.ConsoleHandler;
import java.util.logging.ErrorManager;
import java.util.logging.FileHandler;
import java.util.logging.Formatter;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * Sends all logging to rotating files in {@link AppDirs#logDir()} instead of the console, so a
 * normal start prints nothing. Every logger ends up there: the app's (java.util.logging), JavaFX's
 * (System.Logger, which the JDK routes to java.util.logging) and java-keyring's and dbus-java's
 * (SLF4J, bound to java.util.logging by slf4j-jdk14). What reaches a logger never holds a secret
 * (SecretHygieneTest), so neither do the files.
 */
public final class AppLogging {
    /** account-desk-0.log is the newest; FileHandler moves older ones up to account-desk-4.log. */
    static final String FILE_PATTERN = "account-desk-%g.log";
    static final int LIMIT_BYTES = 1_000_000;
    static final int FILE_COUNT = 5;
    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");
    /** The app's log files are open this long after start at the latest. */
    static final Duration OPEN_AT_THE_LATEST = Duration.ofSeconds(3);
    private static volatile HeldRecords heldUntilOpen;

    private AppLogging() {
    }

    /** JavaFX's loggers that, below INFO, quote what a node shows (a key shown once, a typed name). */
    private static final List<Logger> TOOLKIT_LOGGERS_THAT_QUOTE = List.of(Logger.getLogger("javafx.css"));

    /**
     * Keeps JavaFX's own fine-grained records out of every log, whatever level a user or a test
     * opens: at FINER its CSS helper (logger javafx.css) prints each Text node's content, a shown
     * secret included.
     * The loggers are held here, so the filter stays on them.
     */
    public static void keepToolkitTextOutOfLogs() {
        for (Logger toolkit : TOOLKIT_LOGGERS_THAT_QUOTE) {
            toolkit.setFilter(record -> record.getLevel().intValue() >= Level.INFO.intValue());
        }
    }

    /**
     * Logs from now on go to the files (INFO and above), not the console, opened at the first record:
     * a command that has nothing to log (most runs of {@code status}) neither makes the folder nor
     * locks and opens a file. Called once, at start (the command line).
     */
    public static void toFilesOnFirstRecord() {
        toFilesOnFirstRecord(Logger.getLogger(""), AppDirs::logDir);
    }

    static HeldRecords toFilesOnFirstRecord(Logger root, Supplier<Path> dir) {
        HeldRecords held = HeldRecords.on(root);
        held.openOnFirstRecord(() -> openFiles(held, dir.get()));
        return held;
    }

    /**
     * As {@link #toFiles()}, with the files opened later, on a thread of their own: once the first
     * window has been drawn ({@link #firstFrameDrawn()}), at the first warning, or after
     * {@link #OPEN_AT_THE_LATEST}, whichever comes first. Making the folder, locking and opening the
     * file and formatting its first line cost ~50 ms of CPU that the first frame does without.
     * Records logged meanwhile wait in memory and reach the files first, in order; none reaches the
     * console. Called once, at start (the app).
     */
    public static void toFilesInBackground() {
        HeldRecords held = HeldRecords.on(Logger.getLogger(""));
        heldUntilOpen = held;
        // Not a daemon: a run that ends at once (a failed start) still gets its records written.
        new Thread(() -> {
            held.awaitOpening(OPEN_AT_THE_LATEST);
            openFiles(held, AppDirs.logDir());
        }, "account-desk-log-files").start();
    }

    /** The app's first frame is drawn: the log files may be opened now (see {@link #toFilesInBackground()}). */
    public static void firstFrameDrawn() {
        HeldRecords held = heldUntilOpen;
        if (held != null) {
            held.openNow();
        }
    }

    private static void openFiles(HeldRecords held, Path dir) {
        Logger log = Logger.getLogger(AppLogging.class.getName());
        try {
            held.release(files(dir, LIMIT_BYTES, FILE_COUNT));
            log.info(() -> AppVersion.line() + " starting: Java " + System.getProperty("java.version") + ", "
                    + System.getProperty("os.name") + " " + System.getProperty("os.version") + " "
                    + System.getProperty("os.arch"));
        } catch (IOException | RuntimeException e) {
            // A start must not fail over its log: it goes to the console, which says why.
            held.release(new ConsoleHandler());
            log.log(Level.WARNING, "cannot write log files in " + dir + "; logging to the console instead", e);
        }
    }

    /** Replaces the root logger's handlers with a file handler in {@code dir}; returns it. */
    static FileHandler toFiles(Path dir, int limitBytes, int fileCount) throws IOException {
        return onlyHandlerOf(Logger.getLogger(""), files(dir, limitBytes, fileCount));
    }

    /** Makes {@code handler} the one handler of {@code root} (closing the others), at INFO; returns it. */
    private static <H extends Handler> H onlyHandlerOf(Logger root, H handler) {
        for (Handler other : root.getHandlers()) {
            root.removeHandler(other);
            other.close();
        }
        root.addHandler(handler);
        root.setLevel(Level.INFO);
        return handler;
    }

    /**
     * The rotating files in {@code dir}: the folder made owner-only if new and refused if another
     * user could change it (as the config folder is judged, a link by what it names), every file in
     * it rw------- whatever the umask.
     */
    static FileHandler files(Path dir, int limitBytes, int fileCount) throws IOException {
        createPrivateDir(dir);
        Optional<String> loose = OwnerCheck.othersCanChange(dir.toAbsolutePath(), true);
        if (loose.isPresent()) {
            throw new IOException("the log folder " + loose.get() + "; make it yours alone (chmod 700)");
        }
        // FileHandler patterns treat % specially; the folder's name is taken as it is.
        String pattern = dir.toAbsolutePath().toString().replace("%", "%%") + File.separator + FILE_PATTERN;
        // Made owner-only before FileHandler opens them (it appends, keeping the mode).
        createOwnerOnly(dir.resolve(FILE_PATTERN.replace("%g", "0")));
        createOwnerOnly(dir.resolve(FILE_PATTERN.replace("%g", "0") + ".lck"));
        OwnerOnlyFileHandler files = new OwnerOnlyFileHandler(dir, pattern, limitBytes, fileCount);
        files.setEncoding("UTF-8");
        files.setFormatter(new LineFormatter());
        return files;
    }

    private static void createOwnerOnly(Path file) throws IOException {
        if (file.getFileSystem().supportedFileAttributeViews().contains("posix") && !Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
            try {
                Files.createFile(file, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
            } catch (FileAlreadyExistsException raced) {
                // made meanwhile (another Account Desk): put right below
            }
        }
    }

    /**
     * A FileHandler whose files are owner-only: FileHandler creates them with the umask (rw-r--r--,
     * or rw-rw-rw- under umask 000) when it opens or rotates, so each time it opens one, before
     * anything is written to it, every log file in the folder is set to rw-------.
     */
    static final class OwnerOnlyFileHandler extends FileHandler {
        /** Null while FileHandler's own constructor opens the first file (the constructor below puts that right). */
        private final Path dir;

        OwnerOnlyFileHandler(Path dir, String pattern, int limitBytes, int fileCount) throws IOException {
            super(pattern, limitBytes, fileCount, true);
            this.dir = dir;
            ownerOnly();
        }

        @Override
        protected synchronized void setOutputStream(OutputStream out) {
            if (dir != null) {
                ownerOnly(); // a rotation has just made a new file
            }
            super.setOutputStream(out);
        }

        private void ownerOnly() {
            if (!dir.getFileSystem().supportedFileAttributeViews().contains("posix")) {
                return;
            }
            try (DirectoryStream<Path> logs = Files.newDirectoryStream(dir, "account-desk-*.log*")) {
                for (Path log : logs) {
                    if (!Files.isSymbolicLink(log) && !OWNER_ONLY.equals(Files.getPosixFilePermissions(log, LinkOption.NOFOLLOW_LINKS))) {
                        Files.setPosixFilePermissions(log, OWNER_ONLY);
                    }
                }
            } catch (IOException e) {
                // Logging about the log would loop; the folder is owner-only, so nobody else reaches the file meanwhile.
                reportError("cannot make the log files owner-only", e, ErrorManager.GENERIC_FAILURE);
            }
        }
    }

    /**
     * The root logger's one handler: holds what is logged until the files (or, failing them, the
     * console) are open, then passes every record on to them, the held ones first.
     */
    static final class HeldRecords extends Handler {
        private final List<LogRecord> held = new ArrayList<>();
        private final CountDownLatch opening = new CountDownLatch(1);
        private Handler target;
        /** Opens the files at the first record, on the thread that logs it; null once run, or for the app. */
        private Runnable openerOnFirstRecord;

        /** Takes the place of {@code root}'s handlers (the JDK's console handler), at INFO. */
        static HeldRecords on(Logger root) {
            return onlyHandlerOf(root, new HeldRecords());
        }

        /** The first record runs {@code opener} (which releases this to the files) before it is passed on. */
        synchronized void openOnFirstRecord(Runnable opener) {
            openerOnFirstRecord = opener;
        }

        @Override
        public synchronized void publish(LogRecord record) {
            if (target == null && openerOnFirstRecord != null) {
                Runnable opener = openerOnFirstRecord;
                openerOnFirstRecord = null;
                opener.run();
            }
            if (target == null) {
                held.add(record);
                if (record.getLevel().intValue() >= Level.WARNING.intValue()) {
                    openNow(); // something went wrong: on file now, not after the first frame
                }
            } else {
                target.publish(record);
            }
        }

        /** Lets {@link #awaitOpening} return now. */
        void openNow() {
            opening.countDown();
        }

        /** Whether {@link #openNow} has been called (or a warning logged). */
        boolean mayOpen() {
            return opening.getCount() == 0;
        }

        /** Waits until {@link #openNow} or for {@code limit}, whichever comes first. */
        void awaitOpening(Duration limit) {
            try {
                opening.await(limit.toMillis(), TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        /** From now on records go to {@code handler}; the held ones go there first. */
        synchronized void release(Handler handler) {
            target = handler;
            held.forEach(handler::publish);
            held.clear();
        }

        @Override
        public synchronized void flush() {
            if (target != null) {
                target.flush();
            }
        }

        @Override
        public synchronized void close() {
            if (target != null) {
                target.close();
            }
        }
    }

    /** Owner-only, and so are any parents it needs (see {@link AtomicFile#createPrivateDirectories}). */
    private static void createPrivateDir(Path dir) throws IOException {
        AtomicFile.createPrivateDirectories(dir);
    }

    /** One line a record: {@code 2026-11-30 01:23:45.678 +0000 INFO com.accountdesk.X: message}, then any stack trace. */
    static final class LineFormatter extends Formatter {
        private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSS xx");

        @Override
        public String format(LogRecord record) {
            StringBuilder line = new StringBuilder()
                    .append(TIME.format(ZonedDateTime.ofInstant(record.getInstant(), ZoneId.systemDefault())))
                    .append(' ').append(record.getLevel().getName())
                    .append(' ').append(record.getLoggerName())
                    .append(": ").append(formatMessage(record))
                    .append(System.lineSeparator());
            if (record.getThrown() != null) {
                StringWriter trace = new StringWriter();
                record.getThrown().printStackTrace(new PrintWriter(trace));
                line.append(trace);
            }
            return line.toString();
        }
    }
}
