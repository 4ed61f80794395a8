package com.accountdesk.testing.spec;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Runs last ({@link LastClassOrderer}): in a run of the whole suite, every named deviation must have
 * explained a finding of a real exchange; one that never did excuses nothing and goes (or its
 * test went). In a partial run (one class, the fast lane) it is reported as skipped.
 */
@Tag("spec")
class DeviationsUsedTest {
    @Test
    void everyDeviationWasNeededInTheWholeRun() {
        String notWhole = FullRun.notWhole();
        assumeTrue(notWhole == null, () -> "not the whole suite, so unused deviations cannot be told: " + notWhole);
        Set<String> fired = SpecCheckExtension.fired();
        List<String> unused = Deviations.ALL.stream().map(Deviations.Deviation::name).filter(n -> !fired.contains(n)).toList();
        assertEquals(List.of(), unused, "deviations no exchange of the whole suite needed");
    }
}
