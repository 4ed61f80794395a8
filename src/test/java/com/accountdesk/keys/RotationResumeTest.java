package com.accountdesk.keys;

import com.accountdesk.keys.PendingRotation.Stage;
import com.accountdesk.keys.RotationResume.Found;
import com.accountdesk.keys.RotationResume.Next;
import com.accountdesk.model.Provider;
import com.accountdesk.model.Secret;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** What an unfinished rotation calls for, from its record and the keys on the account; no server needed. */
class RotationResumeTest {

    private static PendingRotation record(Provider provider, String newKey, Stage stage, List<String> before, boolean kept) {
        return new PendingRotation("account", provider, "old", newKey, stage, before, kept, false, false, 0);
    }

    @Test
    void aCreateCutShortCallsForDeletingOnlyTheKeysItMade() {
        PendingRotation crate = record(Provider.CRATEDB, null, Stage.CREATING, List.of("old", "other"), false);
        Found found = new Found(crate, List.of("old", "other", "stray"), null, null, false);
        assertEquals(Next.DELETE_STRAYS, found.next());
        assertEquals(List.of("stray"), found.strays());
        assertEquals(Next.NOTHING_MADE, new Found(crate, List.of("old", "other"), null, null, false).next());
        // ACM names its new key before adding it: one not on the account was never added.
        PendingRotation acm = record(Provider.ACM, "new", Stage.CREATING, List.of(), true);
        assertEquals(Next.NOTHING_MADE, new Found(acm, List.of("old", "elsewhere"), null, null, false).next());
    }

    @Test
    void aGoneKeyEndsTheRotationOrUndoesIt() {
        PendingRotation created = record(Provider.ACM, "new", Stage.CREATED, List.of(), true);
        assertEquals(Next.OLD_GONE, new Found(created, List.of("new"), null, Secret.of("n"), false).next());
        assertEquals(Next.NEW_GONE, new Found(created, List.of("old"), Secret.of("o"), null, false).next());
        assertEquals(Next.CONTINUE, new Found(created, List.of("old", "new"), Secret.of("o"), Secret.of("n"), false).next());
    }

    @Test
    void aCrateSecretNeitherKeptNorKnownIsLost() {
        PendingRotation crate = record(Provider.CRATEDB, "new", Stage.CREATED, List.of("old"), false);
        assertEquals(Next.SECRET_LOST, new Found(crate, List.of("old", "new"), null, null, false).next());
        assertEquals(Next.CONTINUE, new Found(crate.withSecretKept(), List.of("old", "new"), null, null, false).next());
        assertEquals(Next.CONTINUE, new Found(crate, List.of("old", "new"), null, Secret.of("s"), false).next());
    }
}
