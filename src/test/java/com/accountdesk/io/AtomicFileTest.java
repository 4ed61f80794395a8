package com.accountdesk.io;

import com.accountdesk.testing.FilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class AtomicFileTest {
    @TempDir
    Path dir;

    @Test
    void writesTheContentOwnerOnlyIntoNewFolders() throws IOException {
        Path file = dir.resolve("a/b/state.json");
        AtomicFile.write(file, out -> out.write("first".getBytes(StandardCharsets.UTF_8)));
        assertEquals("first", Files.readString(file));
        FilePermissions.assertOwnerOnly(file);
    }

    @Test
    void foldersItCreatesAreOwnerOnlyWhateverTheUmask() throws IOException {
        Path file = dir.resolve("new/config/settings.properties");
        AtomicFile.write(file, out -> out.write("x".getBytes(StandardCharsets.UTF_8)));
        FilePermissions.assertOwnerOnly(dir.resolve("new"));
        FilePermissions.assertOwnerOnly(dir.resolve("new/config"));
    }

    @Test
    void aWriteThatFailsHalfWayLeavesTheOldFileAndNoTemporaryOne() throws IOException {
        Path file = dir.resolve("settings.properties");
        AtomicFile.write(file, out -> out.write("old content".getBytes(StandardCharsets.UTF_8)));
        assertThrows(IOException.class, () -> AtomicFile.write(file, out -> {
            out.write("half of the new".getBytes(StandardCharsets.UTF_8));
            throw new IOException("disk full");
        }));
        assertEquals("old content", Files.readString(file));
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(1, files.count(), "no temporary file left beside it");
        }
    }

    @Test
    void contentThatClosesItsStreamIsStillWrittenWhole() throws IOException {
        Path file = dir.resolve("profiles.json");
        AtomicFile.write(file, out -> {
            out.write("{\"a\":1}".getBytes(StandardCharsets.UTF_8));
            out.close(); // as Jackson does
        });
        assertEquals("{\"a\":1}", Files.readString(file));
    }
}
