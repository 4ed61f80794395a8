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
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

/**
 * Replaces a file whole or not at all: the new content goes to a temporary file beside it, is
 * forced to disk and then moved over the old one, so a crash mid-write leaves the old file, never
 * a torn one. The file is readable by its owner alone from the moment it exists ({@link OwnerOnly}:
 * rw------- on POSIX file systems, an access list of the user alone on Windows). Used by every file the app and
 * the sandbox keep: settings, saved accounts, the credential file and the sandbox state.
 */
public final class AtomicFile {
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
        Path tmp = Files.createTempFile(dir, "." + file.getFileName(), ".tmp", OwnerOnly.atCreation(dir, false));
        try {
            OwnerOnly.apply(tmp, false); // exactly, whatever the umask or an inherited access list added
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
            Files.createDirectory(absolute, OwnerOnly.atCreation(absolute.getParent() == null ? absolute : absolute.getParent(), true));
            // The umask can only take permissions away, a folder's list only add: set them exactly.
            OwnerOnly.apply(absolute, true);
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
}
