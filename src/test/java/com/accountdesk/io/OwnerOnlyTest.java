package com.accountdesk.io;

import org.junit.jupiter.api.Test;

import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.AclEntry;
import java.nio.file.attribute.AclEntryFlag;
import java.nio.file.attribute.AclEntryPermission;
import java.nio.file.attribute.AclEntryType;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Owner-only on each kind of file system. The Windows access lists are built and read as values, so
 * their rules run here on Linux too; the real file system's own kind is checked where the test runs.
 */
class OwnerOnlyTest {
    private static final UserPrincipal ALICE = () -> "DESKTOP-1\\alice";
    private static final UserPrincipal SYSTEM = () -> "NT AUTHORITY\\SYSTEM";
    private static final UserPrincipal EVERYONE = () -> "Everyone";

    @Test
    void aFilesAccessListAllowsItsOwnerEverythingAndNamesNoOneElse() {
        List<AclEntry> acl = OwnerOnly.acl(ALICE, false);
        assertEquals(1, acl.size());
        AclEntry only = acl.get(0);
        assertEquals(AclEntryType.ALLOW, only.type());
        assertEquals(ALICE, only.principal());
        assertEquals(EnumSet.allOf(AclEntryPermission.class), only.permissions());
        assertEquals(Set.of(), only.flags(), "a file passes nothing on");
        assertEquals(Optional.empty(), OwnerOnly.othersIn(acl, ALICE));
    }

    @Test
    void aFoldersAccessListIsInheritedByWhatIsMadeInIt() {
        assertEquals(Set.of(AclEntryFlag.FILE_INHERIT, AclEntryFlag.DIRECTORY_INHERIT), OwnerOnly.acl(ALICE, true).get(0).flags());
    }

    @Test
    void anyOtherPrincipalAllowedIsNamedAndDenialsAreNot() {
        AclEntry everyoneReads = AclEntry.newBuilder().setType(AclEntryType.ALLOW).setPrincipal(EVERYONE)
                .setPermissions(AclEntryPermission.READ_DATA).build();
        AclEntry systemInherited = AclEntry.newBuilder().setType(AclEntryType.ALLOW).setPrincipal(SYSTEM)
                .setPermissions(EnumSet.allOf(AclEntryPermission.class)).setFlags(AclEntryFlag.INHERIT_ONLY).build();
        AclEntry everyoneDenied = AclEntry.newBuilder().setType(AclEntryType.DENY).setPrincipal(EVERYONE)
                .setPermissions(AclEntryPermission.WRITE_DATA).build();
        List<AclEntry> mine = OwnerOnly.acl(ALICE, false);

        assertEquals(Optional.of("Everyone"), OwnerOnly.othersIn(List.of(mine.get(0), everyoneReads), ALICE));
        assertEquals(Optional.of("NT AUTHORITY\\SYSTEM, Everyone"),
                OwnerOnly.othersIn(List.of(systemInherited, mine.get(0), everyoneReads), ALICE));
        assertEquals(Optional.empty(), OwnerOnly.othersIn(List.of(mine.get(0), everyoneDenied), ALICE), "a denial lets no one in");
        assertEquals(Optional.empty(), OwnerOnly.othersIn(List.of(mine.get(0)), () -> "DESKTOP-1\\alice"),
                "the owner is known by name, as the file system names it");
    }

    @Test
    void theInitialAccessListIsGivenAsWindowsTakesIt() {
        var attribute = OwnerOnly.aclAttribute(OwnerOnly.acl(ALICE, false));
        assertEquals("acl:acl", attribute.name());
        assertEquals(OwnerOnly.acl(ALICE, false), attribute.value());
    }

    @Test
    void onThisFileSystemANewFileIsPrivateAndAnOpenedOneIsPutRight() throws Exception {
        Path dir = Path.of(System.getProperty("accountdesk.home"), "owner-only-" + UUID.randomUUID());
        Files.createDirectories(dir);
        OwnerOnly.Kind kind = OwnerOnly.kindOf(FileSystems.getDefault());
        assumeTrue(kind != OwnerOnly.Kind.NONE, "this file system keeps no owner or access list");
        Path file = Files.createFile(dir.resolve("f"), OwnerOnly.atCreation(dir, false));
        assertEquals(Optional.empty(), OwnerOnly.othersAllowed(file));
        if (kind == OwnerOnly.Kind.POSIX) {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
            assertEquals(Optional.of("rw-r--r--"), OwnerOnly.othersAllowed(file));
        } else {
            var view = Files.getFileAttributeView(file, java.nio.file.attribute.AclFileAttributeView.class);
            List<AclEntry> opened = new java.util.ArrayList<>(view.getAcl());
            opened.add(AclEntry.newBuilder().setType(AclEntryType.ALLOW)
                    .setPrincipal(file.getFileSystem().getUserPrincipalLookupService().lookupPrincipalByName("Everyone"))
                    .setPermissions(AclEntryPermission.READ_DATA).build());
            view.setAcl(opened);
            assertTrue(OwnerOnly.othersAllowed(file).isPresent());
        }
        OwnerOnly.apply(file, false);
        assertEquals(Optional.empty(), OwnerOnly.othersAllowed(file));
    }
}
