package com.accountdesk.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;
import java.util.Set;

/**
 * Whether another local user could change a file or folder of the app: it is group- or
 * other-writable, or belongs to someone else. Used wherever the app trusts what a folder holds
 * (the saved accounts that say where a secret may go, the log folder).
 */
public final class OwnerCheck {
    private OwnerCheck() {
    }

    /**
     * Why others could change {@code path}, or empty when it is its owner's alone (or does not
     * exist, or the file system has no POSIX modes). A file that is a symbolic link is refused
     * (replaced or read, it would act on what it names). A folder that is one is judged by what
     * it names (a link's own mode is always rwxrwxrwx and means nothing), and the link must be the
     * user's too.
     */
    public static Optional<String> othersCanChange(Path path, boolean folder) {
        if (!Files.exists(path, LinkOption.NOFOLLOW_LINKS) || !path.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            return Optional.empty();
        }
        try {
            String user = System.getProperty("user.name");
            if (Files.isSymbolicLink(path)) {
                if (!folder) {
                    return Optional.of(path + " is a symbolic link");
                }
                String linkOwner = Files.getOwner(path, LinkOption.NOFOLLOW_LINKS).getName();
                if (!linkOwner.equals(user)) {
                    return Optional.of(path + " is a link that belongs to another user (" + linkOwner + ")");
                }
                Path target = path.toRealPath();
                return looseOrForeign(target, user).map(why -> path + " (a link to " + target + ") " + why);
            }
            return looseOrForeign(path, user).map(why -> path + " " + why);
        } catch (IOException | UnsupportedOperationException e) {
            return Optional.of(path + " cannot be checked (" + e.getClass().getSimpleName() + ")");
        }
    }

    private static Optional<String> looseOrForeign(Path p, String user) throws IOException {
        Set<PosixFilePermission> perms = Files.getPosixFilePermissions(p, LinkOption.NOFOLLOW_LINKS);
        if (perms.contains(PosixFilePermission.GROUP_WRITE) || perms.contains(PosixFilePermission.OTHERS_WRITE)) {
            return Optional.of("can be changed by other users (" + PosixFilePermissions.toString(perms) + ")");
        }
        String owner = Files.getOwner(p, LinkOption.NOFOLLOW_LINKS).getName();
        return owner.equals(user) ? Optional.empty() : Optional.of("belongs to another user (" + owner + ")");
    }
}
