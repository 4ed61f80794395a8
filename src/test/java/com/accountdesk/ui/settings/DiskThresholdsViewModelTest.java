package com.accountdesk.ui.settings;

import com.accountdesk.io.Settings;
import com.accountdesk.session.DiskThresholds;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** Settings → Disk gauges: 75 / 90 unless set; a pair is saved only when 1–99 with amber below red. */
class DiskThresholdsViewModelTest {
    @TempDir
    Path dir;

    @Test
    void defaultsThenAValidPairIsSavedAtOnce() {
        Settings settings = new Settings(dir.resolve("settings.properties"));
        DiskThresholdsViewModel vm = new DiskThresholdsViewModel(settings);
        assertEquals(75, vm.amberProperty().get());
        assertEquals(90, vm.redProperty().get());
        vm.redProperty().set(95);
        vm.amberProperty().set(80);
        assertEquals("", vm.problemProperty().get());
        assertEquals(new DiskThresholds.Levels(80, 95), DiskThresholds.of(new Settings(dir.resolve("settings.properties"))),
                "saved to the file: another process (status) reads it");
    }

    @Test
    void aPairThatBreaksTheRuleSaysWhyAndIsNotSaved() {
        Settings settings = Settings.inMemory();
        DiskThresholdsViewModel vm = new DiskThresholdsViewModel(settings);
        vm.amberProperty().set(92);
        assertEquals("Amber (92 %) must be below red (90 %); the levels are not saved until it is.", vm.problemProperty().get());
        assertEquals(DiskThresholds.DEFAULT, DiskThresholds.of(settings));
        vm.redProperty().set(100);
        assertEquals("Red must be from 1 to 99 %; the levels are not saved until it is.", vm.problemProperty().get());
        vm.redProperty().set(97);
        assertEquals("", vm.problemProperty().get());
        assertEquals(new DiskThresholds.Levels(92, 97), DiskThresholds.of(settings));
        vm.amberProperty().set(0);
        assertEquals("Amber must be from 1 to 99 %; the levels are not saved until it is.", vm.problemProperty().get());
        assertEquals(new DiskThresholds.Levels(92, 97), DiskThresholds.of(settings), "the last good pair stays");
    }

    @Test
    void aPairEditedByHandThatBreaksTheRuleCountsAsUnset() {
        Settings settings = Settings.inMemory();
        settings.put(DiskThresholds.AMBER_SETTING, 95);
        settings.put(DiskThresholds.RED_SETTING, 60);
        assertEquals(DiskThresholds.DEFAULT, DiskThresholds.of(settings));
        assertEquals(DiskThresholds.Problem.AMBER_NOT_BELOW_RED, DiskThresholds.problem(95, 60));
        assertNull(DiskThresholds.problem(1, 99));
    }
}
