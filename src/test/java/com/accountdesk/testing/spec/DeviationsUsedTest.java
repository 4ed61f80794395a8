package com.accountdesk.testing.spec;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Runs in a JVM of its own after the suite's forks (the pom's deviations-check run): when those
 * forks together ran the whole suite, every named deviation must have explained a finding of a
 * real exchange in one of them; one that never did excuses nothing and goes (or its test went).
 * After a partial run (one class, the fast lane) it is reported as skipped.
 */
@Tag("spec")
class DeviationsUsedTest {
    @Test
    void everyDeviationWasNeededInTheWholeRun() {
        Path folder = RunRecord.folder();
        assumeTrue(folder != null, "no run record (accountdesk.spec.run), so unused deviations cannot be told");
        RunRecord.Seen seen = RunRecord.readOthers(folder);
        String notWhole = seen.notWhole(FullRun.classesWithTests(), DeviationsUsedTest.class.getName());
        assumeTrue(notWhole == null, () -> "not the whole suite, so unused deviations cannot be told: " + notWhole);
        List<String> unused = Deviations.ALL.stream().map(Deviations.Deviation::name).filter(n -> !seen.fired().contains(n)).toList();
        assertEquals(List.of(), unused, "deviations no exchange of the whole suite needed");
    }
}
