package com.accountdesk.io;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Set;

/**
 * Replaces a file whole or not at all: the new content goes to a temporary file beside it, is
 * forced to disk and then moved over the old one, so a crash mid-write leaves the old file, never
 * a torn one. The file is readable by its owner alone from the moment it exists (on POSIX file
 * systems; elsewhere the user's own folders are private already). Used by every file the app and
 * the sandbox keep: settings, saved accounts, the credential file and the sandbox state.
 */
public final class AtomicFile {
    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");
    private static final Set<PosixFilePermission> OWNER_ONLY_DIR = PosixFilePermissions.fromString("rwx------");

    /** Writes the content to a stream; may close it (Jackson does). */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private AtomicFile() {
    }

    public static void write(Path file, Content content) throws IOException {
        Path dir = file.toAbsolutePath().getParent();
        createPrivateDirectories(dir);
        Path tmp = posix(dir)
                ? Files.createTempFile(dir, "." + file.getFileName(), ".tmp", PosixFilePermissions.asFileAttribute(OWNER_ONLY))
                : Files.createTempFile(dir, "." + file.getFileName(), ".tmp");
        try {
            try (FileChannel channel = FileChannel.open(tmp, StandardOpenOption.WRITE)) {
                OutputStream out = new FilterOutputStream(Channels.newOutputStream(channel)) {
                    @Override
                    public void write(byte[] b, int off, int len) throws IOException {
                        this.out.write(b, off, len);
                    }

                    @Override
                    public void close() throws IOException {
                        flush(); // the channel stays open until it is forced to disk below
                    }
                };
                content.writeTo(out);
                out.flush();
                channel.force(true);
            }
            try {
                Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /**
     * Creates the folder and any missing parents as rwx------ from the moment they exist (the
     * process umask may be 000), so no other local user can put or swap a file in a folder of the
     * app. Folders that exist already are left as they are.
     */
    public static void createPrivateDirectories(Path dir) throws IOException {
        Path absolute = dir.toAbsolutePath();
        if (Files.isDirectory(absolute)) {
            return;
        }
        if (absolute.getParent() != null) {
            createPrivateDirectories(absolute.getParent());
        }
        try {
            if (posix(absolute.getParent() == null ? absolute : absolute.getParent())) {
                Files.createDirectory(absolute, PosixFilePermissions.asFileAttribute(OWNER_ONLY_DIR));
                // The umask can only take permissions away; set them exactly in case it is odd.
                Files.setPosixFilePermissions(absolute, OWNER_ONLY_DIR);
            } else {
                Files.createDirectory(absolute);
            }
        } catch (FileAlreadyExistsException raced) {
            // made meanwhile: fine
        }
    }

    /**
     * Moves a file that cannot be read as what it should be out of the way, beside it, as
     * {@code NAME.corrupt-YYYYMMDD-HHMMSS}, so the app can start with defaults without overwriting
     * it: whatever it held can still be recovered by hand. Returns where it went.
     */
    public static Path keepAside(Path file) throws IOException {
        String stamp = LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"));
        Path aside = file.resolveSibling(file.getFileName() + ".corrupt-" + stamp);
        for (int n = 2; Files.exists(aside, LinkOption.NOFOLLOW_LINKS); n++) {
            aside = file.resolveSibling(file.getFileName() + ".corrupt-" + stamp + "-" + n);
        }
        Files.move(file, aside);
        return aside;
    }

    /** The sentence that says a damaged file was set aside, for a notice. */
    public static String keptAsideNotice(String what, Path file, Path aside) {
        return what + " " + file + " could not be read, so Account Desk started without it and kept the file as "
                + aside.getFileName() + " beside it (nothing was deleted).";
    }

    private static boolean posix(Path dir) {
        return dir.getFileSystem().supportedFileAttributeViews().contains("posix");
    }
}
