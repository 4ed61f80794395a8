package com.accountdesk.testing;

import com.accountdesk.io.OwnerOnly;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Owner-only, checked as the file system under the test keeps it, so the same test means the same
 * on Linux, macOS and Windows: exactly rw------- (folders rwx------) on POSIX; an access list that
 * lets no one but the owner in on Windows (NTFS); nothing to check where neither exists.
 */
public final class FilePermissions {
    private FilePermissions() {
    }

    public static void assertOwnerOnly(Path path) throws IOException {
        switch (OwnerOnly.kindOf(path.getFileSystem())) {
            case POSIX -> assertEquals(
                    PosixFilePermissions.toString(Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS) ? OwnerOnly.DIRECTORY : OwnerOnly.FILE),
                    PosixFilePermissions.toString(Files.getPosixFilePermissions(path, LinkOption.NOFOLLOW_LINKS)), path.toString());
            case ACL -> assertEquals(Optional.empty(), OwnerOnly.othersAllowed(path), path + ": others in its access list");
            case NONE -> { }
        }
    }

    /** For a test that opens a file to others with POSIX permissions: reported as skipped elsewhere. */
    public static void assumePosix(Path path) {
        assumeTrue(OwnerOnly.kindOf(path.getFileSystem()) == OwnerOnly.Kind.POSIX, "POSIX permissions: not this file system");
    }
}
