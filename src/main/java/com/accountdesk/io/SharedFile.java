package com.accountdesk.io;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;

/**
 * A file more than one Account Desk may change at once (the app and {@code account-desk login}, two
 * windows' worth of processes): profiles, key names, rotations, settings and the credential file.
 * A change is a read-change-write under one lock per file, held against the other stores of this
 * process (a lock per path) and against other processes (an OS lock on {@code NAME.lock} beside
 * the file). Re-entrant. A store reads the file again inside the lock when it changed since the store
 * last read or wrote it ({@link #changedSinceSeen()}), so no writer saves a copy that lacks another's change.
 */
public final class SharedFile {
    /** One lock per file for all the stores of this process (an OS file lock is held per process, not per thread). */
    private static final Map<Path, ReentrantLock> PROCESS_LOCKS = new ConcurrentHashMap<>();

    private final Path file;
    /** The file as this store last read or wrote it; null when it did not exist. */
    private Stamp seen;

    public SharedFile(Path file) {
        this.file = file.toAbsolutePath();
    }

    public Path path() {
        return file;
    }

    /** A change run with the file locked; it may fail as the store's own exception. */
    @FunctionalInterface
    public interface Change<T, E extends Exception> {
        T run() throws E;
    }

    /**
     * Runs {@code change} with the file locked against every other writer, in this process and in
     * others. The lock file is created owner-only and never followed if it is a link.
     *
     * @throws IOException the lock could not be taken (the folder cannot be made or written)
     */
    @SuppressWarnings("try") // the lock is held for the block and released by closing: it need not be read
    public <T, E extends Exception> T underLock(Change<T, E> change) throws IOException, E {
        ReentrantLock inProcess = PROCESS_LOCKS.computeIfAbsent(file, f -> new ReentrantLock());
        if (inProcess.isHeldByCurrentThread()) {
            return change.run(); // already inside: the OS lock is held (taking it twice in one process throws)
        }
        inProcess.lock();
        try {
            AtomicFile.createPrivateDirectories(file.getParent());
            Path lockFile = file.resolveSibling(file.getFileName() + ".lock");
            Set<OpenOption> options = Set.of(StandardOpenOption.CREATE, StandardOpenOption.WRITE, LinkOption.NOFOLLOW_LINKS);
            try (FileChannel channel = FileChannel.open(lockFile, options, OwnerOnly.atCreation(lockFile.getParent(), false));
                 FileLock ignored = channel.lock()) {
                return change.run();
            }
        } finally {
            inProcess.unlock();
        }
    }

    /** Whether the file was changed, made or removed by someone else since this store last read or wrote it. */
    public synchronized boolean changedSinceSeen() {
        return !Objects.equals(seen, Stamp.of(file));
    }

    /** This store has just read or written the file: it is as this store knows it. */
    public synchronized void seen() {
        seen = Stamp.of(file);
    }

    /**
     * What tells one version of the file from another: a write replaces the file (a new inode,
     * {@link AtomicFile}), and its time and size change too.
     */
    private record Stamp(Object key, long modifiedNanos, long size) {
        static Stamp of(Path file) {
            try {
                BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
                return new Stamp(a.fileKey(), a.lastModifiedTime().toInstant().getEpochSecond() * 1_000_000_000L
                        + a.lastModifiedTime().toInstant().getNano(), a.size());
            } catch (NoSuchFileException gone) {
                return null;
            } catch (IOException unreadable) {
                return new Stamp(unreadable.getClass(), -1, -1); // never equal to a readable one: read it and learn why
            }
        }
    }
}
