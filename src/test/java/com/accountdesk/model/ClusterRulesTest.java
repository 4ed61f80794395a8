package com.accountdesk.model;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** The launch rules answer with a code and the offending value, never a sentence (and never a password). */
class ClusterRulesTest {
    @Test
    void eachRuleNamesItsCodeAndValue() {
        assertEquals(new ClusterRules.Problem(ClusterRules.Code.NAME_START, "9lives"), ClusterRules.name("9lives"));
        assertEquals(new ClusterRules.Problem(ClusterRules.Code.NAME_TAKEN, "API-test"),
                ClusterRules.nameAvailable("API-test", List.of("api-test")));
        assertEquals(new ClusterRules.Problem(ClusterRules.Code.ENVIRONMENT_FULL, "5"), ClusterRules.environmentFull(5));
        assertNull(ClusterRules.environmentFull(4));
        assertEquals(new ClusterRules.Problem(ClusterRules.Code.DISK_RANGE, "0"), ClusterRules.diskGb(0));
        assertEquals(new ClusterRules.Problem(ClusterRules.Code.NODES_MISMATCH, "4 3"), ClusterRules.nodesMismatch(2, 2, 3));
        assertEquals(new ClusterRules.Problem(ClusterRules.Code.PORTS_SAME, "9440"), ClusterRules.portsDiffer(9440, 9440));
    }

    @Test
    void aPasswordProblemNeverCarriesThePassword() {
        assertEquals(new ClusterRules.Problem(ClusterRules.Code.PASSWORD_SHORT, ""), ClusterRules.adminPassword("s3cr3t"));
        assertNull(ClusterRules.adminPassword("long-enough"));
    }
}
