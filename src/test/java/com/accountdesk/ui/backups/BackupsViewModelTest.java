package com.accountdesk.ui.backups;

import com.accountdesk.model.Cluster;
import com.accountdesk.model.ClusterBackup;
import com.accountdesk.sandbox.MovableClock;
import com.accountdesk.testing.ScriptedDialogs;
import com.accountdesk.testing.SignedInSandbox;
import com.accountdesk.ui.common.Background;
import com.accountdesk.ui.keys.ManualTimer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Backups… against the sandbox, on the calling thread: Back up now, and Restore behind the typed name. */
class BackupsViewModelTest {
    private final MovableClock clock = new MovableClock(Instant.parse("2026-12-06T10:00:00Z"));
    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private final ManualTimer timer = new ManualTimer();
    private SignedInSandbox sandbox;
    private BackupsViewModel vm;
    private Cluster cluster;

    @BeforeEach
    void start() throws Exception {
        sandbox = SignedInSandbox.start(clock);
        cluster = sandbox.launchSmall("vm-backups");
        vm = new BackupsViewModel(sandbox.client(), cluster.id(), cluster.name(), Background.callingThread(), dialogs,
                ZoneOffset.UTC, timer);
        vm.load();
    }

    @AfterEach
    void stop() {
        sandbox.close();
    }

    private int serverBackups() {
        return sandbox.server().state().read(d -> d.clusters.get(0).backups.size());
    }

    private int serverRestores() {
        return sandbox.server().state().read(d -> d.clusters.get(0).restores);
    }

    /** One finished backup, listed. */
    private ClusterBackup finishedBackup() {
        dialogs.answer(true);
        vm.backUpNow();
        clock.advance(Duration.ofHours(1));
        vm.load();
        return vm.backups().get(0);
    }

    /** Restore from {@code backup} asked for, the cluster's name typed, and Restore pressed. */
    private void restoreTyped(ClusterBackup backup) {
        RestoreQuestion question = vm.askRestore(backup);
        question.typedNameProperty().set("vm-backups");
        vm.restore(question);
    }

    @Test
    void backUpNowAsksFirstAndIsSentOnce() {
        dialogs.answer(false);
        vm.backUpNow();
        assertEquals(0, serverBackups(), "cancelled: nothing sent");
        dialogs.answer(true);
        vm.backUpNow();
        assertEquals(1, serverBackups());
        assertEquals(1, vm.backups().size());
        assertEquals("A backup of vm-backups was started.", vm.work().statusProperty().get());
        assertTrue(vm.describe(vm.backups().get(0)).endsWith("size not given · in progress"), vm.describe(vm.backups().get(0)));
        assertNull(vm.askRestore(vm.backups().get(0)), "no restore from a backup still running");

        dialogs.answer(true);
        vm.backUpNow();
        assertEquals(1, serverBackups(), "a second while one runs is refused");
        assertTrue(vm.work().errorProperty().get().contains("already running"), vm.work().errorProperty().get());
    }

    @Test
    void restoreWaitsForTheClustersNameTypedExactly() {
        ClusterBackup backup = finishedBackup();
        RestoreQuestion question = vm.askRestore(backup);
        assertNotNull(question);
        assertTrue(question.overwrites().contains("All of vm-backups's current data will be overwritten"), question.overwrites());
        assertTrue(question.overwrites().contains("2026-12-06 10:00 UTC"), question.overwrites());
        assertTrue(question.unconfirmedShape().contains("{\"tag\": \"" + backup.restoreTag() + "\"}"), question.unconfirmedShape());

        for (String typed : new String[] {"", "vm-backup", "VM-BACKUPS", " vm-backups", "vm-backups "}) {
            question.typedNameProperty().set(typed);
            assertFalse(question.confirmed(), "'" + typed + "' is not the name");
            vm.restore(question);
            assertEquals(0, serverRestores(), "not sent for '" + typed + "'");
        }
        question.typedNameProperty().set("vm-backups");
        assertTrue(question.confirmedBinding().get());
        vm.restore(question);
        assertEquals(1, serverRestores());
        assertEquals(backup.restoreTag(), sandbox.server().state().read(d -> d.clusters.get(0).restoredFrom));

        vm.restore(question);
        assertEquals(1, serverRestores(), "the same question is sent once");
    }

    @Test
    void onlyTheQuestionHandedOutIsSentAndACancelledOneNever() {
        ClusterBackup backup = finishedBackup();
        RestoreQuestion first = vm.askRestore(backup);
        first.typedNameProperty().set("vm-backups");
        vm.cancelRestore(first);
        vm.restore(first);
        assertEquals(0, serverRestores(), "cancelled");

        RestoreQuestion older = vm.askRestore(backup);
        RestoreQuestion newer = vm.askRestore(backup);
        older.typedNameProperty().set("vm-backups");
        vm.restore(older);
        assertEquals(0, serverRestores(), "a question no longer the one asked");
        newer.typedNameProperty().set("vm-backups");
        vm.restore(newer);
        assertEquals(1, serverRestores());
    }

    @Test
    void aRestoreIsWatchedUntilItsOperationEnds() {
        ClusterBackup backup = finishedBackup();
        restoreTyped(backup);
        assertTrue(vm.restoringProperty().get());
        assertEquals("ACM is restoring vm-backups from the backup " + backup.restoreTag() + ".", vm.work().statusProperty().get());
        assertNull(vm.askRestore(backup), "not while one is under way");

        clock.advance(Duration.ofMillis(1));
        timer.elapse(BackupsViewModel.FIRST_LOOK);
        assertTrue(vm.work().statusProperty().get().startsWith("Restoring vm-backups"), vm.work().statusProperty().get());
        assertTrue(vm.restoringProperty().get());

        clock.advance(Duration.ofHours(1));
        timer.elapse(BackupsViewModel.WATCH_EVERY);
        assertFalse(vm.restoringProperty().get());
        assertEquals("vm-backups was restored: its operation is done.", vm.work().statusProperty().get());
    }

    @Test
    void aRestoreNeverSeenUnderWayIsNotCalledDone() {
        ClusterBackup backup = finishedBackup();
        restoreTyped(backup);
        clock.advance(Duration.ofHours(1)); // over before the first look
        timer.elapse(BackupsViewModel.FIRST_LOOK);
        assertTrue(vm.restoringProperty().get(), "one idle answer proves nothing yet");
        for (int i = 1; i < BackupsViewModel.IDLE_BEFORE_SEEN; i++) {
            timer.elapse(BackupsViewModel.WATCH_EVERY);
        }
        assertFalse(vm.restoringProperty().get());
        assertTrue(vm.work().statusProperty().get().contains("has finished already or has not begun"), vm.work().statusProperty().get());
    }

    @Test
    void aRefusedRestoreIsShownAndMayBeAskedAgain() {
        ClusterBackup backup = finishedBackup();
        dialogs.answer(true);
        vm.backUpNow(); // a second backup, running
        restoreTyped(backup);
        assertEquals(0, serverRestores());
        assertFalse(vm.restoringProperty().get());
        assertTrue(vm.work().errorProperty().get().contains("A backup of this cluster is already running."),
                vm.work().errorProperty().get());

        clock.advance(Duration.ofHours(1));
        restoreTyped(backup);
        assertEquals(1, serverRestores());
        assertEquals("", vm.work().errorProperty().get());
    }

    @Test
    void aBackupOfUnknownShapeStillShowsWhatItHas() {
        assertEquals("time not given · size not given · status not given",
                vm.describe(new ClusterBackup(null, null, null, null, null)));
        assertFalse(new ClusterBackup(null, null, null, null, null).restorable(), "nothing to name it by");
        assertTrue(new ClusterBackup("7", null, null, null, null).restorable(), "by its id, the server decides");
        assertFalse(new ClusterBackup("7", "t", null, null, "Failed").restorable());
        assertEquals("1.2 GiB", BackupsViewModel.size(1_288_490_189L));
        assertEquals("512 B", BackupsViewModel.size(512));
    }
}
