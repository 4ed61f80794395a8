package com.accountdesk.io;

import java.io.IOException;
import java.nio.file.FileSystem;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.AclEntry;
import java.nio.file.attribute.AclEntryFlag;
import java.nio.file.attribute.AclEntryPermission;
import java.nio.file.attribute.AclEntryType;
import java.nio.file.attribute.AclFileAttributeView;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What "only its owner can read or change it" means on each kind of file system, for the files and
 * folders that hold secrets or say where they may be sent. POSIX: {@code rw-------} (folders
 * {@code rwx------}). Windows (NTFS, ACLs): an access list with one entry, allowing the user who owns
 * it everything, nothing inherited from the folder; a list with any other principal in it is not
 * owner-only. A file system with neither (FAT) cannot say, and is left as it is.
 */
public final class OwnerOnly {
    public static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-------");
    public static final Set<PosixFilePermission> DIRECTORY = PosixFilePermissions.fromString("rwx------");

    /** How a file system keeps who may use a file. */
    public enum Kind { POSIX, ACL, NONE }

    private OwnerOnly() {
    }

    public static Kind kindOf(FileSystem fs) {
        Set<String> views = fs.supportedFileAttributeViews();
        if (views.contains("posix")) {
            return Kind.POSIX;
        }
        return views.contains("acl") ? Kind.ACL : Kind.NONE;
    }

    /**
     * The access list of a file (or folder) only {@code owner} may use: one ALLOW entry with every
     * permission; a folder's entry is inherited by what is made in it, so a file created there
     * before its own list is set is private already.
     */
    public static List<AclEntry> acl(UserPrincipal owner, boolean directory) {
        AclEntry.Builder entry = AclEntry.newBuilder().setType(AclEntryType.ALLOW).setPrincipal(owner)
                .setPermissions(EnumSet.allOf(AclEntryPermission.class));
        if (directory) {
            entry.setFlags(AclEntryFlag.FILE_INHERIT, AclEntryFlag.DIRECTORY_INHERIT);
        }
        return List.of(entry.build());
    }

    /** Why {@code acl} lets someone other than {@code owner} in (the principals named), or empty when it does not. */
    public static Optional<String> othersIn(List<AclEntry> acl, UserPrincipal owner) {
        List<String> others = acl.stream()
                .filter(e -> e.type() == AclEntryType.ALLOW && !e.principal().getName().equals(owner.getName()))
                .map(e -> e.principal().getName()).distinct().toList();
        return others.isEmpty() ? Optional.empty() : Optional.of(String.join(", ", others));
    }

    /** The attributes that make a new file (or folder) private from the moment it exists; none where the system cannot say. */
    public static FileAttribute<?>[] atCreation(Path parent, boolean directory) {
        return switch (kindOf(parent.getFileSystem())) {
            case POSIX -> new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(directory ? DIRECTORY : FILE)};
            case ACL -> {
                try {
                    yield new FileAttribute<?>[] {aclAttribute(acl(currentUser(parent), directory))};
                } catch (IOException unknownUser) {
                    yield new FileAttribute<?>[0]; // apply() sets it by the new file's owner right after
                }
            }
            case NONE -> new FileAttribute<?>[0];
        };
    }

    /** Makes an existing file (or folder) private, exactly, whatever the umask or the folder's inherited list gave it. */
    public static void apply(Path path, boolean directory) throws IOException {
        switch (kindOf(path.getFileSystem())) {
            case POSIX -> Files.setPosixFilePermissions(path, directory ? DIRECTORY : FILE);
            case ACL -> view(path).setAcl(acl(Files.getOwner(path, LinkOption.NOFOLLOW_LINKS), directory));
            case NONE -> { }
        }
    }

    /**
     * What lets others at an existing file, in words for a notice ("rw-r--r--", or the principals
     * an access list names), or empty when only its owner may use it or the system cannot say.
     */
    public static Optional<String> othersAllowed(Path path) throws IOException {
        return switch (kindOf(path.getFileSystem())) {
            case POSIX -> {
                Set<PosixFilePermission> now = Files.getPosixFilePermissions(path, LinkOption.NOFOLLOW_LINKS);
                boolean directory = Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS);
                yield (directory ? DIRECTORY : FILE).containsAll(now) ? Optional.empty() : Optional.of(PosixFilePermissions.toString(now));
            }
            case ACL -> othersIn(view(path).getAcl(), Files.getOwner(path, LinkOption.NOFOLLOW_LINKS));
            case NONE -> Optional.empty();
        };
    }

    private static AclFileAttributeView view(Path path) throws IOException {
        AclFileAttributeView view = Files.getFileAttributeView(path, AclFileAttributeView.class, LinkOption.NOFOLLOW_LINKS);
        if (view == null) {
            throw new IOException("no access list for " + path);
        }
        return view;
    }

    /** The user this process runs as, as the file system names principals. */
    private static UserPrincipal currentUser(Path anywhere) throws IOException {
        return anywhere.getFileSystem().getUserPrincipalLookupService().lookupPrincipalByName(System.getProperty("user.name"));
    }

    /** The initial access list of a new file, as Windows' file system takes it ("acl:acl"). */
    static FileAttribute<List<AclEntry>> aclAttribute(List<AclEntry> acl) {
        return new FileAttribute<>() {
            @Override
            public String name() {
                return "acl:acl";
            }

            @Override
            public List<AclEntry> value() {
                return acl;
            }
        };
    }
}
