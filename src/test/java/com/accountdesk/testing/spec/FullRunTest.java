package com.accountdesk.testing.spec;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What counts as the whole suite: every class surefire's default includes name that holds a test. */
@Tag("spec")
class FullRunTest {
    @Test
    void theClassesWithTestsAreTheOnesSurefireRuns() {
        Set<String> classes = FullRun.classesWithTests();
        assertTrue(classes.contains(SpecJudgeTest.class.getName()), classes.toString());
        assertTrue(classes.contains(DeviationsUsedTest.class.getName()));
        assertTrue(classes.contains("com.accountdesk.ui.cratedb.CrateKeysUiTest"), "UI tests count");
        assertFalse(classes.contains(FullRun.class.getName()));
        assertTrue(classes.size() > 100, "the suite has over a hundred test classes: " + classes.size());
    }
}
