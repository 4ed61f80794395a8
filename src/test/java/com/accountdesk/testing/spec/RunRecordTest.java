package com.accountdesk.testing.spec;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The forks' records added up: what they ran together, what they needed, and this JVM's own left out. */
@Tag("spec")
class RunRecordTest {
    private static final long ME = ProcessHandle.current().pid();

    @Test
    void theForksTogetherRanTheWholeSuiteAndTheirDeviationsAddUp(@TempDir Path run) throws IOException {
        Files.write(run.resolve("101.selected"), List.of("a.ATest", "a.BTest"));
        Files.write(run.resolve("101.fired"), List.of("acm.loose-types"));
        Files.write(run.resolve("102.selected"), List.of("a.CTest"));
        Files.write(run.resolve("102.fired"), List.of("cratedb.croud-operations-filter", "acm.loose-types"));
        Files.write(run.resolve(ME + ".selected"), List.of(RunRecord.FILTERED)); // the check's own JVM
        Files.write(run.resolve(ME + ".fired"), List.of("only-here"));

        RunRecord.Seen seen = RunRecord.readOthers(run);

        assertEquals(Set.of("a.ATest", "a.BTest", "a.CTest"), seen.selected());
        assertEquals(Set.of("acm.loose-types", "cratedb.croud-operations-filter"), seen.fired());
        assertFalse(seen.filtered());
        assertNull(seen.notWhole(Set.of("a.ATest", "a.BTest", "a.CTest", "a.CheckTest"), "a.CheckTest"));
        assertEquals("not run: [a.DTest]", seen.notWhole(Set.of("a.ATest", "a.DTest"), "a.CheckTest"));
    }

    @Test
    void oneFilteredForkMakesTheRunPartial(@TempDir Path run) throws IOException {
        Files.write(run.resolve("101.selected"), List.of("a.ATest"));
        Files.write(run.resolve("102.selected"), List.of(RunRecord.FILTERED));

        String notWhole = RunRecord.readOthers(run).notWhole(Set.of("a.ATest"), "a.CheckTest");

        assertTrue(notWhole != null && notWhole.contains("filtered"), notWhole);
    }

    @Test
    void noRecordsMeanNothingRan(@TempDir Path run) {
        RunRecord.Seen seen = RunRecord.readOthers(run.resolve("absent"));

        assertEquals("not run: [a.ATest]", seen.notWhole(Set.of("a.ATest"), "a.CheckTest"));
    }
}
